import Foundation

/// `--format json`: the whole comparison, keys sorted and Arabic as UTF-8,
/// so that the same input always gives the same bytes.
///
/// One comparison is one object (`StoryComparison`); `--same-story` gives
/// `{"articles": N, "stories": [StoryGroup …]}`.
public enum ComparisonJSON {
    public static func encode(_ comparison: StoryComparison) throws -> Data {
        try encoder.encode(comparison) + Data("\n".utf8)
    }

    public static func encode(stories: [StoryGroup], articles: Int) throws -> Data {
        struct Report: Encodable { var articles: Int; var stories: [StoryGroup] }
        return try encoder.encode(Report(articles: articles, stories: stories)) + Data("\n".utf8)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
