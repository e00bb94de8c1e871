/// One side of a comparison: an article, or an outlet's articles pooled.
public struct ComparisonSide: Sendable, Hashable, Codable {
    /// A speaker heard on this side, with how many statements it makes here.
    public struct Voice: Sendable, Hashable, Codable {
        public var speaker: String
        public var statements: Int
    }

    /// The article id or the outlet.
    public var name: String
    /// The article's title (`--by article`).
    public var title: String?
    public var outlet: String?
    public var articles: [String]
    /// Statements made (refusals not counted).
    public var statements: Int
    /// Speakers quoted most first; refusals count here (a refusal is still
    /// a source the article turned to).
    public var voices: [Voice]
    public var anonymity: AnonymityProfile
    /// Ids of speakers heard on this side only.
    public var unique: [String]
}
