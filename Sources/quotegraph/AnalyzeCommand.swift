import ArgumentParser
import Corpus
import QuoteGraphCore

/// `quotegraph analyze`: articles in, statements and speakers out.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: AnalyzeHelp.abstract,
        discussion: AnalyzeHelp.discussion,
        aliases: ["analyse"]
    )

    @OptionGroup var input: InputOptions

    @Option(help: AnalyzeFormat.help)
    var format: AnalyzeFormat = .json

    @OptionGroup var destination: OutputOptions
    var output: String? { destination.output }

    func run() async throws {
        let reader = try input.reader()
        let width = format == .table && (output == nil || output == "-") ? TerminalText.standardOutputWidth() : nil
        try await OutputTarget.write(to: output, reader: reader) { sink in
            try await input.analysisRun(reader).write(format, to: sink, tableWidth: width)
        }
    }
}

extension AnalyzeFormat: ExpressibleByArgument {
    static let help: ArgumentHelp = """
        json: one {"documents": [...]} object (for the scorer and jq); \
        jsonl: one document per line, streamed (for large corpora); \
        table: one block per statement, for reading.
        """
}
