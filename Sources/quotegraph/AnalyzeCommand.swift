import ArgumentParser
import Attribution
import Corpus
import Foundation
import QuoteGraphCore

/// `quotegraph analyze`: articles in, statements and speakers out.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find the statements in Arabic articles and who made them.",
        discussion: """
        Each reporting cue becomes a statement with its speaker and content. \
        In «وقال مصدر من موسكو لـ«الشرق الأوسط» إن «العملية التركية جزء من \
        ترتيبات …»» the cue is «وقال», the speaker «مصدر من موسكو» (anonymous), \
        the recipient «الشرق الأوسط», and the content direct (in quotation marks). \
        In «وأضاف أن القوات …» the speaker is carried over from the last one.

        Examples:
          quotegraph analyze Samples/asharq-moscow-idlib.txt --format table
          quotegraph analyze Samples/ --format json -o out/samples.json
          quotegraph analyze bench.jsonl.gz --format jsonl -o out/bench.jsonl
          quotegraph analyze bench.jsonl.gz --format jsonl --jobs 1 > out/bench.jsonl
          echo 'وقال الكرملين إن …' | quotegraph analyze - --format table

        `quotegraph analyse` (British spelling) is the same command. In the \
        table, QUOTEGRAPH_ISOLATES=0 leaves out the Unicode isolates around \
        Arabic (for terminals that draw them as boxes); content is cut to \
        the terminal's width (COLUMNS) only when writing to a terminal.

        Offsets (cue.start, cue.end …) count Unicode scalars of the text as \
        read, end exclusive: Python's text[start:end] gives the cue back.

        A corpus streams: documents are read, analysed on every core (--jobs) \
        and written in input order, in bounded memory. A line that is not JSON, \
        lacks "text" or is over --max-document-size is reported by file and line \
        and skipped; the run goes on and counts them. A progress line shows on \
        standard error when it is a terminal.
        """,
        aliases: ["analyse"]
    )

    @OptionGroup var input: InputOptions

    @Option(help: AnalyzeFormat.help)
    var format: AnalyzeFormat = .json

    @OptionGroup var destination: OutputOptions
    var output: String? { destination.output }

    func run() async throws {
        let reader = try input.reader()
        try await OutputTarget.write(to: output, reader: reader) { sink in
            switch format {
            case .json: try await write(reader, with: JSONDocumentsFormatter(), to: sink)
            case .jsonl: try await write(reader, with: JSONLinesFormatter(), to: sink)
            case .table:
                let width = output == nil || output == "-" ? TerminalText.standardOutputWidth() : nil
                try await write(reader, with: StatementTable(width: width), to: sink)
            }
        }
    }

    /// Analyses and encodes on the workers, writes in input order.
    private func write<Formatter: DocumentFormatter>(_ reader: InputReader, with formatter: Formatter,
                                                     to sink: OutputSink) async throws {
        var formatter = formatter
        let encoder = formatter
        try formatter.begin(sink)
        _ = try await input.analysisRun(reader).run(
            prepare: { document throws(OutputError) in (document, try encoder.encode(document)) },
            emit: { document, rendered in try formatter.add(document, rendered: rendered, to: sink) })
        try formatter.end(sink)
    }
}
