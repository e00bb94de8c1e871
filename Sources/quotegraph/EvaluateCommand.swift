import ArgumentParser
import Attribution
import Evaluation
import Foundation

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

        Honest figures for the learned speaker ranking: --cross-validate K trains on \
        K-1 folds of the articles (by article) and scores the fold left out, for \
        each fold; --train-on DIR --test-on DIR trains on one set and scores \
        another (domain transfer). Both print the rules alone beside the ranking.

          quotegraph evaluate --gold ../shared/corpus/dev --gold ../shared/corpus/dev-ant --cross-validate 5
          quotegraph evaluate --train-on ../shared/corpus/dev --test-on ../shared/corpus/dev-ant
        """
    )

    @Option(name: .long, help: ArgumentHelp("Directory of <id>.txt and <id>.gold.json files (repeatable).", valueName: "DIR"))
    var gold: [String] = []

    @Option(name: .customLong("cross-validate"), help: ArgumentHelp("K-fold cross-validation of the speaker ranking, by article (2 to 100).", valueName: "K"))
    var folds: Int?

    @Option(name: .customLong("train-on"), help: ArgumentHelp("Train the speaker ranking on these gold files (repeatable) …", valueName: "DIR"))
    var trainOn: [String] = []

    @Option(name: .customLong("test-on"), help: ArgumentHelp("… and score it on these (repeatable).", valueName: "DIR"))
    var testOn: [String] = []

    @Option(name: .long, help: ArgumentHelp("Analyser output to score (json or jsonl).", valueName: "FILE"))
    var pred: String?

    @Flag(name: .long, help: "List every missed, spurious and mis-attributed cue before the metrics.")
    var misses = false

    @Flag(name: .long, help: "Print the metrics as one JSON object.")
    var json = false

    @Option(name: .customLong("speaker-ranking"),
            help: ArgumentHelp("Weights for the analysis without --pred: off (default), bundled, or a file from `quotegraph train`.", valueName: "weights"))
    var speakerRanking = "off"

    func validate() throws {
        _ = try SpeakerRankingOption.weights(speakerRanking)
        if trainOn.isEmpty != testOn.isEmpty { throw ValidationError("--train-on and --test-on go together") }
        if !trainOn.isEmpty {
            guard gold.isEmpty, folds == nil, pred == nil else {
                throw ValidationError("--train-on/--test-on take no --gold, --cross-validate or --pred")
            }
        } else if gold.isEmpty {
            throw ValidationError("Missing expected argument '--gold <DIR>'")
        }
        if let folds {
            guard (2...100).contains(folds) else { throw ValidationError("--cross-validate takes a whole number from 2 to 100") }
            guard pred == nil else { throw ValidationError("--cross-validate analyses the articles itself: drop --pred") }
        }
        if pred != nil, gold.count > 1 { throw ValidationError("--pred scores one --gold directory") }
        for d in gold + trainOn + testOn {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(d): not a directory")
            }
        }
    }

    func run() throws {
        if !trainOn.isEmpty {
            let (report, rules) = RankerTraining().transfer(train: try GoldDirectories.load(trainOn),
                                                            test: try GoldDirectories.load(testOn))
            return try printComparison(report, beside: rules, title: "trained on \(trainOn.joined(separator: " + ")), tested on \(testOn.joined(separator: " + "))")
        }
        let documents = try GoldDirectories.load(gold)
        if let folds {
            let cv = RankerTraining().crossValidate(documents, folds: folds)
            return try printComparison(cv.report, beside: cv.rules, title: "\(cv.folds)-fold cross-validation by article over \(documents.count) articles")
        }
        let analyzer = Analyzer(ranking: try SpeakerRankingOption.weights(speakerRanking))
        let predicted = try pred.map(Self.loadPredictions) ?? documents.map {
            analyzer.analyze(SourceDocument(id: $0.id, text: $0.text))
        }
        if let pred {
            do {
                for warning in try PredictionCheck.check(predicted, gold: documents, file: pred, goldDirectory: gold.joined(separator: ", ")) {
                    Diagnostics.warning(warning)
                }
            } catch {
                throw RunError(error.description)
            }
        }
        let report = AttributionScorer().score(gold: documents, predicted: predicted)
        if misses { report.misses.forEach { print($0) } }
        if json {
            var summary = report
            summary.misses = []
            print(try Self.json(summary))
        } else {
            report.lines.forEach { print($0) }
        }
    }

    /// The ranking's report with the rules' beside it: `--json` gives
    /// `{"ranked": …, "rules": …}`, the text a three-column table.
    private func printComparison(_ report: EvaluationReport, beside rules: EvaluationReport, title: String) throws {
        if misses { report.misses.forEach { Swift.print($0) } }
        if json {
            var a = report, b = rules
            a.misses = []
            b.misses = []
            Swift.print(try Self.json(["ranked": a, "rules": b]))
            return
        }
        Swift.print("# \(title)")
        Swift.print("metric".padding(toLength: 25, withPad: " ", startingAt: 0) + "ranked   rules alone")
        for (x, y) in zip(report.lines, rules.lines) {
            Swift.print(x.padding(toLength: 34, withPad: " ", startingAt: 0) + String(y.dropFirst(25)))
        }
    }

    /// Metrics as one JSON object, named as `score.py --json` names them.
    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
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
