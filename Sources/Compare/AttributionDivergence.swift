/// The same statement, attributed differently: two statements in different
/// sides whose contents match (`TextOverlap` of their word pairs) but whose
/// speakers differ.
///
/// This is what a fact-checker looks for: the seed article gives «مقتل ما لا
/// يقل عن 80 مسلحا … قرب الميادين» to the named ministry spokesman, another
/// text gives it to «مسؤول عسكري روسي، فضّل عدم ذكر اسمه».
public struct AttributionDivergence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Anonymous or vague on one side, named or a role on the other.
        case anonymousVersusNamed
        /// Identified on both sides, but as different speakers.
        case differentSpeakers
    }

    public var kind: Kind
    /// Shared word pairs over the smaller content's pairs.
    public var similarity: Double
    public var jaccard: Double
    /// The hidden side first for `anonymousVersusNamed`; else side order.
    public var first: AttributedStatement
    public var second: AttributedStatement
    /// Statement pairs showing the same two speakers set against each
    /// other, this one included (one finding per story, not one per pair
    /// of articles).
    public var matches: Int = 1
    /// The other statements of those pairs, `article/statement`.
    public var alsoMatched: [String] = []

    public init(kind: Kind, similarity: Double, jaccard: Double, first: AttributedStatement,
                second: AttributedStatement, matches: Int = 1, alsoMatched: [String] = []) {
        self.kind = kind
        self.similarity = similarity
        self.jaccard = jaccard
        self.first = first
        self.second = second
        self.matches = matches
        self.alsoMatched = alsoMatched
    }
}
