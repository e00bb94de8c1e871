import ArgumentParser
import Attribution
import Foundation
import Graph

/// `quotegraph graph`: who cites whom, drawn with Graphviz.
struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw who is quoted, and who relays whom, as a graph.",
        discussion: """
        Speakers are nodes (named, role, anonymous, vague), articles cite them, \
        and a relay such as «نقلت وكالة رويترز عن مسؤول تركي قوله …» is an edge \
        from the agency to the official. The format comes from the output \
        file's extension unless --format is given.

        Examples:
          quotegraph graph Samples/ -o out/samples.svg
          quotegraph graph bench.jsonl.gz -o bench.svg --layout sfdp --top 60
          quotegraph graph Samples/ -o out/samples.gexf       (for Gephi)
          quotegraph graph Samples/ -o - --format dot | dot -Tpng > graph.png
        """
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

    /// The format to write: given, or from the extension.
    var resolvedFormat: GraphFormat? {
        format ?? GraphFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
    }

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("the output file name is empty")
        }
        if resolvedFormat == nil {
            let choices = GraphFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError(output == "-"
                ? "writing the graph to standard output needs --format (\(choices))"
                : "cannot tell the graph format from '\(output)': end it in .\(GraphFormat.svg.rawValue) or give --format (\(choices))")
        }
        if let top, top < 1 {
            throw ValidationError("--top must be at least 1, not \(top)")
        }
        if minWeight < 1 {
            throw ValidationError("--min-weight must be at least 1, not \(minWeight)")
        }
    }

    func run() async throws {
        let reader = try input.reader()
        var documents: [AnalyzedDocument] = []
        let file = try await OutputTarget.write(to: output, reader: reader) { sink in
            _ = try await input.analysisRun(reader).run { documents.append($0) }
            let options = GraphOptions(top: top, minWeight: minWeight, edgeLabels: edgeLabels,
                                       layout: layout, legend: legend)
            try sink.write(try await renderGraph(of: documents, format: resolvedFormat!, options: options,
                                                 note: { Diagnostics.note("graph: \($0)") }))
        }
        if let file {
            let count = documents.count == 1 ? "1 document" : "\(documents.count) documents"
            Diagnostics.note("wrote \(file.destination.relativePath) (\(count))")
        }
    }
}
