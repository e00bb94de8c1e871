import Attribution
import Foundation
import QuoteGraphCore

/// What `quotegraph evaluate` is asked to score, checked, and its output.
///
///     var request = EvaluationRequest(gold: ["../shared/corpus/dev-ant"])
///     request.json = true
///     try request.validate()
///     for line in try request.output() { print(line) }
///
/// One of three: the analyser (or a saved `--pred` output) against `gold`;
/// `folds`-fold cross-validation of the speaker ranking over `gold`; or
/// the ranking trained on `trainOn` and scored on `testOn`. The last two
/// print the rules alone beside the ranking.
public struct EvaluationRequest {
    public var gold: [String]
    public var folds: Int?
    public var trainOn: [String] = []
    public var testOn: [String] = []
    /// A saved `quotegraph analyze --format json|jsonl` output to score.
    public var pred: String?
    /// List every missed, spurious and mis-attributed cue first.
    public var misses = false
    public var json = false
    /// The speaker ranking of the analysis (without `pred`).
    public var ranking = RankerWeights()

    public init(gold: [String] = []) {
        self.gold = gold
    }

    /// The options that do not go together, and directories that are not
    /// there, each as the one-line message the command line shows.
    public func validate() throws(RunError) {
        if trainOn.isEmpty != testOn.isEmpty { throw RunError("--train-on and --test-on go together") }
        if !trainOn.isEmpty {
            guard gold.isEmpty, folds == nil, pred == nil else {
                throw RunError("--train-on/--test-on take no --gold, --cross-validate or --pred")
            }
        } else if gold.isEmpty {
            throw RunError("Missing expected argument '--gold <DIR>'")
        }
        if let folds {
            guard (2...100).contains(folds) else { throw RunError("--cross-validate takes a whole number from 2 to 100") }
            guard pred == nil else { throw RunError("--cross-validate analyses the articles itself: drop --pred") }
        }
        if pred != nil, gold.count > 1 { throw RunError("--pred scores one --gold directory") }
        for d in gold + trainOn + testOn {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw RunError("\(d): not a directory")
            }
        }
    }

    /// The lines to print on standard output; problems with the gold files
    /// or the predictions are warnings on standard error meanwhile.
    public func output() throws -> [String] {
        if !trainOn.isEmpty {
            let (report, rules) = RankerTraining().transfer(train: try GoldDirectories.load(trainOn),
                                                            test: try GoldDirectories.load(testOn))
            return try comparison(report, beside: rules, title: "trained on \(trainOn.joined(separator: " + ")), tested on \(testOn.joined(separator: " + "))")
        }
        let documents = try GoldDirectories.load(gold)
        if let folds {
            let cv = RankerTraining().crossValidate(documents, folds: folds)
            return try comparison(cv.report, beside: cv.rules, title: "\(cv.folds)-fold cross-validation by article over \(documents.count) articles")
        }
        let analyzer = Analyzer(ranking: ranking)
        let predicted = try pred.map(PredictionFile.load) ?? documents.map {
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
        return (misses ? report.misses : []) + (json ? [try EvaluationReport.json(report.withoutMisses)] : report.lines)
    }

    /// The ranking's report with the rules' beside it: `json` gives
    /// `{"ranked": …, "rules": …}`, the text a three-column table.
    private func comparison(_ report: EvaluationReport, beside rules: EvaluationReport, title: String) throws -> [String] {
        (misses ? report.misses : [])
            + (json ? [try EvaluationReport.json(["ranked": report.withoutMisses, "rules": rules.withoutMisses])]
                    : report.lines(beside: rules, title: title))
    }
}
