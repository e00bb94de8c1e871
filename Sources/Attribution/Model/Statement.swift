/// One act of reporting: a cue, a speaker and a content.
///
/// «وقال مصدر من موسكو لـ«الشرق الأوسط» إن «العملية التركية …»» is one
/// statement: cue «وقال», speaker «مصدر من موسكو» (an anonymous entity),
/// recipient «الشرق الأوسط», direct content.
public struct Statement: Sendable, Hashable, Codable {
    public var id: String
    public var cue: Cue
    public var speaker: SpeakerReference
    public var content: Content
    /// True for «لم يعلق»-type non-statements.
    public var negated: Bool
    /// The id of the statement that relays this one («ما قاله الوزير»), if any.
    public var embeddedIn: String?
    /// Who the statement was made to («لـ«الشرق الأوسط»»), as written.
    public var recipient: String?
    /// Index of the sentence holding the cue (0-based).
    public var sentence: Int

    public init(id: String, cue: Cue, speaker: SpeakerReference, content: Content,
                negated: Bool = false, embeddedIn: String? = nil, recipient: String? = nil,
                sentence: Int = 0) {
        self.id = id
        self.cue = cue
        self.speaker = speaker
        self.content = content
        self.negated = negated
        self.embeddedIn = embeddedIn
        self.recipient = recipient
        self.sentence = sentence
    }
}

/// The speaker of a statement: the entity it resolves to and, when the
/// clause names it, the words that do («المصدر»). Pro-drop verbs (وأضاف)
/// have no overt text.
public struct SpeakerReference: Sendable, Hashable, Codable {
    public var entity: String?
    public var text: String
    public var start: Int?
    public var end: Int?
    /// How the speaker was found: which rule decided (`ResolutionKind`).
    public var resolution: ResolutionKind

    public init(entity: String?, text: String = "", span: TextSpan? = nil, resolution: ResolutionKind) {
        self.entity = entity
        self.text = text
        self.start = span?.start
        self.end = span?.end
        self.resolution = resolution
    }
}

/// What was said: its span, its form, and its text as written (the whole
/// span: `text` is the article's scalars from `start` to `end`).
public struct Content: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var form: ContentForm
    public var text: String

    public init(span: TextSpan, form: ContentForm, text: String) {
        self.start = span.start
        self.end = span.end
        self.form = form
        self.text = text
    }

    public var span: TextSpan { TextSpan(start, end) }
}
