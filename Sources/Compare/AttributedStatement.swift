import Attribution

/// One side of an `AttributionDivergence`: a statement, where it is, who
/// the article says made it, and what it says.
public struct AttributedStatement: Sendable, Hashable, Codable {
    /// The side's name (article id or outlet).
    public var side: String
    public var article: String
    /// The statement's id in the article (`s3`).
    public var statement: String
    /// The resolved speaker's id (`p2`), and the speaker's name as this article writes it.
    public var speaker: String
    public var speakerName: String
    public var anonymity: Anonymity
    /// The content as written.
    public var content: String
}
