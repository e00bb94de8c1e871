import ArgumentParser
import Attribution
import Foundation
import QuoteGraph

/// `quotegraph evaluate`: scores the analyser against your own annotated
/// articles, with the metrics of `shared/eval/score.py`.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score attributions against gold files (<id>.gold.json beside <id>.txt).",
        discussion: """
        Gold files follow the annotation guidelines (shared/eval/GUIDELINES.md): one \
        JSON file per article, each attribution located by an «anchor» that begins \
        with its cue. Without --pred, the articles in DIR that have gold are analysed \
        first; with --pred, a saved `quotegraph analyze --format json|jsonl` output is \
        scored instead.

          quotegraph evaluate --gold my-annotations/
          quotegraph evaluate --gold my-annotations/ --misses | grep ^speaker
        """
    )

    @Option(name: .long, help: ArgumentHelp("Directory of <id>.txt and <id>.gold.json files.", valueName: "DIR"))
    var gold: String

    @Option(name: .long, help: ArgumentHelp("Analyser output to score (json or jsonl).", valueName: "FILE"))
    var pred: String?

    @Flag(name: .long, help: "List every missed, spurious and mis-attributed cue before the metrics.")
    var misses = false

    @Flag(name: .long, help: "Print the metrics as one JSON object.")
    var json = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(gold): not a directory")
        }
    }

    func run() throws {
        let (documents, problems) = try GoldDocument.load(directory: URL(fileURLWithPath: gold))
        for problem in problems { Diagnostics.warning("gold: \(problem)") }
        guard !documents.isEmpty else { throw RunError("\(gold): no <id>.gold.json files") }
        let predicted = try pred.map(Self.loadPredictions) ?? documents.map {
            Analyzer().analyze(SourceDocument(id: $0.id, text: $0.text))
        }
        if let pred {
            do {
                for warning in try PredictionCheck.check(predicted, gold: documents, file: pred, goldDirectory: gold) {
                    Diagnostics.warning(warning)
                }
            } catch {
                throw RunError(error.description)
            }
        }
        let report = AttributionScorer().score(gold: documents, predicted: predicted)
        if misses { report.misses.forEach { print($0) } }
        if json {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var summary = report
            summary.misses = []
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            report.lines.forEach { print($0) }
        }
    }

    /// `{"documents": [...]}`, a bare list, or one document per line.
    static func loadPredictions(_ path: String) throws -> [AnalyzedDocument] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw RunError("\(path): cannot read")
        }
        struct Wrapped: Decodable { var documents: [AnalyzedDocument] }
        let decoder = JSONDecoder()
        if let wrapped = try? decoder.decode(Wrapped.self, from: data) { return wrapped.documents }
        if let list = try? decoder.decode([AnalyzedDocument].self, from: data) { return list }
        var documents: [AnalyzedDocument] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            guard let doc = try? decoder.decode(AnalyzedDocument.self, from: Data(line)) else {
                throw RunError("\(path):\(n + 1): not an analysed document")
            }
            documents.append(doc)
        }
        return documents
    }
}
