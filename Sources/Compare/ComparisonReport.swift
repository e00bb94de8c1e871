import Foundation
import QuoteGraphCore

/// What `quotegraph compare` writes for the digests of a run: a document
/// (table, JSON, Markdown), or, for SVG, the graph of the comparison for
/// `Graph` to draw (`exportGraph` with `GraphOptions.sideBySide`).
///
///     switch try ComparisonReport(digests, by: .article, format: .table, sameStory: false) {
///     case .document(let data): try sink.write(data)
///     case .graph(let graph): try sink.write(try await exportGraph(graph, format: .svg, options: .sideBySide(graph)))
///     }
///
/// With `sameStory`, the digests are grouped into stories first
/// (`SameStoryFinder`); SVG then writes JSON (the command refuses the
/// pair). Without it, fewer than two sides is a `RunError`.
public enum ComparisonReport {
    case document(Data)
    case graph(CitationGraph)

    public init(_ digests: [ArticleDigest], by grouping: CompareGrouping, format: CompareFormat,
                sameStory: Bool) throws {
        if sameStory {
            let stories = SameStoryFinder().stories(digests, by: grouping)
            switch format {
            case .table: self = .document(Data(ComparisonTable().render(stories: stories, articles: digests.count).utf8))
            case .markdown: self = .document(Data(ComparisonMarkdown().render(stories: stories, articles: digests.count).utf8))
            case .json, .svg: self = .document(try ComparisonJSON.encode(stories: stories, articles: digests.count))
            }
            return
        }
        let sides = grouping == .article ? digests.count : Set(digests.map(\.outlet)).count
        guard sides >= 2 else {
            throw RunError(grouping == .article
                ? "compare needs at least two articles (got \(digests.count))"
                : "compare --by outlet needs articles from at least two outlets (all are from '\(digests.first?.outlet ?? "unknown")')")
        }
        let comparison = StoryComparison(digests, by: grouping)
        switch format {
        case .table: self = .document(Data(ComparisonTable().render(comparison).utf8))
        case .markdown: self = .document(Data(ComparisonMarkdown().render(comparison, heading: "#").utf8))
        case .json: self = .document(try ComparisonJSON.encode(comparison))
        case .svg: self = .graph(ComparisonGraph.graph(of: comparison))
        }
    }
}
