import ArgumentParser
import Attribution
import Foundation
import QuoteGraph

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
          echo 'وقال الكرملين إن …' | quotegraph analyze - --format table

        Offsets (cue.start, cue.end …) count Unicode scalars of the text as \
        read, end exclusive: Python's text[start:end] gives the cue back.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: AnalyzeFormat.help)
    var format: AnalyzeFormat = .json

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file instead of standard output; it appears only when complete.",
                               valueName: "file"))
    var output: String?

    func validate() throws {
        if let output, output.isEmpty {
            throw ValidationError("the output file name is empty")
        }
    }

    func run() async throws {
        let reader = try InputReader(paths: input.inputs)
        let sink: OutputSink
        let file: AtomicFileWriter?
        if let output, output != "-" {
            file = try AtomicFileWriter(destination: URL(fileURLWithPath: output), inputs: reader.inputFiles)
            sink = file!
        } else {
            file = nil
            sink = StandardOutputSink()
        }
        var formatter: any DocumentFormatter = switch format {
        case .json: JSONDocumentsFormatter()
        case .jsonl: JSONLinesFormatter()
        case .table: StatementTable()
        }
        do {
            try formatter.begin(sink)
            _ = try await AnalysisRun(reader: reader).run { document in
                try formatter.add(document, to: sink)
            }
            try formatter.end(sink)
            try sink.finish()
        } catch {
            file?.discard()
            throw error
        }
    }
}
