import Attribution

/// A statement as the editor sees it: the analyser's, with the editor's
/// corrections applied, or one the editor added.
///
///     // the analyser: «وقال مصدر من موسكو» → anonymous «مصدر من موسكو»
///     // a wrong-anonymity correction to `role` makes:
///     statement.anonymity          // .role
///     statement.corrections.count  // 1
///     statement.original?.speaker  // the analyser's reference, unchanged
public struct ReviewedStatement: Sendable, Hashable {
    /// The analyser's statement; nil for one the editor added.
    public var original: Statement?
    public var id: String
    public var cue: TextSpan
    public var cueText: String
    /// The speaker's fullest name («مصدر من موسكو»), or «غير محدد» when none.
    public var speaker: String
    /// The speaker as written in the cue's clause; empty when implicit.
    public var speakerText: String
    /// The analyser's entity id, when the speaker is one of the article's entities.
    public var entity: String?
    public var kind: EntityKind
    public var anonymity: Anonymity
    public var form: ContentForm
    public var negated: Bool
    /// The whole content, cut from the text by its offsets; nil when unknown.
    public var content: TextSpan?
    /// Who relays it: the statements it is embedded in, innermost first.
    public var relayedBy: [String]
    /// The editor said this is not a statement.
    public var rejected: Bool
    public var corrections: [Correction]

    public static let unknownSpeaker = "غير محدد"

    public var isCorrected: Bool { !corrections.isEmpty }
}
