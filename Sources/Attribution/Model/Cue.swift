/// The word or frame that marks an act of reporting: «وقال», «مضيفاً»,
/// «بحسب», «نقلاً عن», «لم يعلق», or a headline speaker with its colon.
public struct Cue: Sendable, Hashable, Codable {
    /// The cue's span in the text, clitics included (و، ف).
    public var start: Int
    public var end: Int
    /// The cue as written.
    public var text: String
    /// The dictionary form from the lexicon («قال» for «وقالت»).
    public var lemma: String
    /// Which construction found it.
    public var kind: CueKind

    public init(span: TextSpan, text: String, lemma: String, kind: CueKind) {
        self.start = span.start
        self.end = span.end
        self.text = text
        self.lemma = lemma
        self.kind = kind
    }

    public var span: TextSpan { TextSpan(start, end) }
}

/// The construction a cue belongs to.
public enum CueKind: String, Sendable, Codable, CaseIterable {
    /// A finite reporting verb: قال، أكدت، يؤكد، قيل.
    case verb
    /// A circumstantial participle (ḥāl): مضيفاً، مشيرة، لافتاً.
    case participle
    /// A source frame: بحسب، وفقاً لـ، نقلاً عن، على حد قوله، جاء في.
    case frame
    /// A nominal report: إعلان، تصريحات، في بيان لـ.
    case noun
    /// A headline or lead of the form «Speaker: claim».
    case headline
    /// A refused statement: لم يعلق، رفض التعليق.
    case negation
}
