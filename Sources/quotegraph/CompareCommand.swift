import ArgumentParser
import Compare
import Corpus
import Foundation
import Graph

/// `quotegraph compare`: how several articles, or outlets, source the same
/// story.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: CompareHelp.abstract,
        discussion: CompareHelp.discussion
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
            let matching = MatchingWords(lexicon: analyzer.lexicon)
            try await run.run(processing: { ArticleDigest(analyzing: $0, with: analyzer, matching: matching) },
                              emit: { digests.append($0) })
            try sink.write(try await report(digests))
        }
    }

    private func report(_ digests: [ArticleDigest]) async throws -> Data {
        switch try ComparisonReport(digests, by: by, format: format, sameStory: sameStory) {
        case .document(let data): return data
        case .graph(let graph): return try await exportGraph(graph, format: .svg, options: .sideBySide(graph))
        }
    }
}

extension CompareFormat: ExpressibleByArgument {}
extension CompareGrouping: ExpressibleByArgument {}
