import Foundation

extension EvaluationReport {
    /// Metrics as one JSON object, named as `score.py --json` names them
    /// (`cue_f1`, …), keys sorted.
    ///
    ///     print(try EvaluationReport.json(["ranked": report, "rules": rules]))
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// This report beside `rules` (the rules alone) as a three-column
    /// table under `# title`: metric, ranked, rules alone.
    public func lines(beside rules: EvaluationReport, title: String) -> [String] {
        var out = ["# \(title)", "metric".padding(toLength: 25, withPad: " ", startingAt: 0) + "ranked   rules alone"]
        for (x, y) in zip(lines, rules.lines) {
            out.append(x.padding(toLength: 34, withPad: " ", startingAt: 0) + String(y.dropFirst(25)))
        }
        return out
    }

    /// The report without its list of misses (for `--json`).
    public var withoutMisses: EvaluationReport {
        var report = self
        report.misses = []
        return report
    }
}
