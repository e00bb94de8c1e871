import ArgumentParser
import Attribution
import Compare
import Foundation
import Graph

/// `quotegraph compare`: how several articles, or outlets, source the same
/// story.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare how articles or outlets source the same story.",
        discussion: """
        Puts articles (or, with --by outlet, outlets) side by side: the speakers \
        they share and those only one quotes, an overlap matrix (Jaccard of the \
        named and role speakers), each side's anonymity profile, and the same \
        statement attributed differently: a claim whose wording matches across \
        articles but whose speaker differs, such as «مقتل ما لا يقل عن 80 مسلحا» \
        given to the ministry's named spokesman in one paper and to «مسؤول عسكري \
        روسي، فضّل عدم ذكر اسمه» in another.

        Speakers are matched across articles however they are written: hamza and \
        transliteration variants («إيغر كوناشينكوف», «إيغور كوناشنكوف»), with or \
        without a title, surname against full name when only one person has that \
        surname, the same role at the same institution. Anonymous sources are \
        never merged across articles.

        With --same-story the inputs are a corpus: articles about the same event \
        from different outlets (shared rare wording, the same named people, dates \
        within two days when known) are grouped, and each group is compared.

        Examples:
          quotegraph compare Samples/
          quotegraph compare Samples/ --format svg -o out/compare.svg
          quotegraph compare feed.jsonl --by outlet --format markdown
          quotegraph compare corpus.jsonl.gz --same-story --format json -o stories.json
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The sides compared: each article, or each outlet's articles pooled.",
                               valueName: "article|outlet"))
    var by: CompareGrouping = .article

    @Option(help: ArgumentHelp("""
        table: for the terminal; json: everything, keys sorted; markdown: a report to \
        paste; svg: the graph, one cluster per side, shared speakers between (not with --same-story).
        """, valueName: "format"))
    var format: CompareFormat = .table

    @Flag(name: .customLong("same-story"),
          help: "Find groups of articles about the same event across outlets and compare within each.")
    var sameStory = false

    @OptionGroup var destination: OutputOptions
    var output: String? { destination.output }

    func validate() throws {
        if sameStory, format == .svg {
            throw ValidationError("--same-story writes table, json or markdown, not svg: draw one group at a time")
        }
    }

    func run() async throws {
        let reader = try input.reader()
        try await OutputTarget.write(to: output, reader: reader) { sink in
            var digests: [ArticleDigest] = []
            var run = input.analysisRun(reader)
            run.task = "compare"
            let analyzer = run.analyzer
            // A digest keeps each statement's full content, cut from the
            // text, which is dropped once digested.
            try await run.run(processing: { ArticleDigest(analyzing: $0, with: analyzer) },
                              emit: { digests.append($0) })
            try sink.write(try await report(digests))
        }
    }

    private func report(_ digests: [ArticleDigest]) async throws -> Data {
        if sameStory {
            let stories = SameStoryFinder().stories(digests, by: by)
            switch format {
            case .table: return Data(ComparisonTable().render(stories: stories, articles: digests.count).utf8)
            case .markdown: return Data(ComparisonMarkdown().render(stories: stories, articles: digests.count).utf8)
            case .json, .svg: return try ComparisonJSON.encode(stories: stories, articles: digests.count)
            }
        }
        let sides = by == .article ? digests.count : Set(digests.map(\.outlet)).count
        guard sides >= 2 else {
            throw RunError(by == .article
                ? "compare needs at least two articles (got \(digests.count))"
                : "compare --by outlet needs articles from at least two outlets (all are from '\(digests.first?.outlet ?? "unknown")')")
        }
        let comparison = StoryComparison(digests, by: by)
        switch format {
        case .table: return Data(ComparisonTable().render(comparison).utf8)
        case .markdown: return Data(ComparisonMarkdown().render(comparison, heading: "#").utf8)
        case .json: return try ComparisonJSON.encode(comparison)
        case .svg:
            let graph = ComparisonGraph.graph(of: comparison)
            return try await exportGraph(graph, format: .svg, options: .sideBySide(graph))
        }
    }
}

/// Output formats of `quotegraph compare`.
enum CompareFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, markdown, svg
}

extension CompareGrouping: ExpressibleByArgument {}
