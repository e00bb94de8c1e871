import ArgumentParser
import Attribution
import Corpus
import Foundation
import Graph
import QuoteGraphCore

/// `quotegraph graph`: who cites whom, drawn with Graphviz.
struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: GraphHelp.abstract,
        discussion: GraphHelp.discussion
    )

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The graph file to write ('-' for standard output, with --format).",
                               valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The graph format; default: from the output file's extension.",
                               valueName: "format"))
    var format: GraphFormat?

    @Option(help: ArgumentHelp("The Graphviz layout engine; default: chosen by the graph's size.",
                               valueName: "engine"))
    var layout: LayoutEngine?

    @Option(parsing: .unconditional, help: ArgumentHelp("Keep only the N speakers quoted most (drawings: 100 unless given).", valueName: "n"))
    var top: Int?

    @Option(name: .customLong("min-weight"), parsing: .unconditional,
            help: ArgumentHelp("Drop edges seen fewer than W times.", valueName: "w"))
    var minWeight: Int = 1

    @Flag(name: .customLong("edge-labels"), help: "Label edges with their counts and reporting verbs.")
    var edgeLabels = false

    @Flag(inversion: .prefixedNo, help: "Draw the key to node shapes and colours (dot, svg, png, pdf).")
    var legend = true

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("the output file name is empty")
        }
        _ = try usage { try GraphFormat.resolved(format, output: output) }
        try usage { try options.validate() }
    }

    var options: GraphOptions {
        GraphOptions(top: top, minWeight: minWeight, edgeLabels: edgeLabels, layout: layout, legend: legend)
    }

    func run() async throws {
        let reader = try input.reader()
        var documents: [AnalyzedDocument] = []
        let file = try await OutputTarget.write(to: output, reader: reader) { sink in
            let run = input.analysisRun(reader)
            _ = try await run.run { documents.append($0) }
            try sink.write(try await renderGraph(of: documents, format: try GraphFormat.resolved(format, output: output),
                                                 options: options, lexicon: run.analyzer.lexicon,
                                                 note: { Diagnostics.note("graph: \($0)") }))
        }
        if let file {
            let count = documents.count == 1 ? "1 document" : "\(documents.count) documents"
            Diagnostics.note("wrote \(file.destination.relativePath) (\(count))")
        }
    }
}

/// Lets `--format svg` name a `GraphFormat`, `--layout sfdp` a `LayoutEngine`.
extension GraphFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
