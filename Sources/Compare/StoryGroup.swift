/// Articles from different outlets that report the same event, found by
/// `SameStoryFinder`, and their comparison.
public struct StoryGroup: Sendable, Hashable, Codable {
    /// `story1`, `story2` … most outlets first.
    public var id: String
    public var articles: [String]
    public var outlets: [String]
    /// First and last day (`YYYY-MM-DD`), when known.
    public var firstDay: String?
    public var lastDay: String?
    /// Named people quoted in two of the articles or more: what links them.
    public var sharedNames: [String]
    /// The strongest link's text overlap (shared word pairs / the smaller article's).
    public var textOverlap: Double
    public var comparison: StoryComparison
}
