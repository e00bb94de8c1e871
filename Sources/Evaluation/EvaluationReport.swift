/// The metrics of one evaluation run, named as shared/eval/score.py names
/// them so that the two outputs can be compared line by line.
public struct EvaluationReport: Sendable, Codable {
    public var documents: Int
    public var documentsMissing: Int
    public var goldAttributions: Int
    public var predicted: Int
    public var cueP: Double, cueR: Double, cueF1: Double
    public var attributionP: Double, attributionR: Double, attributionF1: Double
    public var speakerAccOnFound: Double
    public var anonymousP: Double, anonymousR: Double, anonymousF1: Double
    public var formAccOnFound: Double
    public var negationAccOnFound: Double
    public var nestedR: Double?
    public var speakerSetP: Double, speakerSetR: Double, speakerSetF1: Double
    /// One line per miss: `missed`, `spurious` or `speaker`.
    public var misses: [String]

    init(tally t: AttributionScorer.Tally, documents: Int, missingDocuments: Int, misses: [String]) {
        func prf(_ tp: Int, _ pred: Int, _ gold: Int) -> (Double, Double, Double) {
            let p = pred > 0 ? Double(tp) / Double(pred) : 0, r = gold > 0 ? Double(tp) / Double(gold) : 0
            let f = p + r > 0 ? 2 * p * r / (p + r) : 0
            return (round4(p), round4(r), round4(f))
        }
        self.documents = documents
        documentsMissing = missingDocuments
        goldAttributions = t["gold"]
        predicted = t["pred"]
        (cueP, cueR, cueF1) = prf(t["cue_tp"], t["pred"], t["gold"])
        (attributionP, attributionR, attributionF1) = prf(t["attr_tp"], t["pred"], t["gold"])
        (anonymousP, anonymousR, anonymousF1) = prf(t["anon_tp"], t["anon_pred"], t["anon_gold"])
        (speakerSetP, speakerSetR, speakerSetF1) = prf(t["set_tp"], t["set_pred"], t["set_gold"])
        let found = Double(max(t["cue_tp"], 1))
        speakerAccOnFound = round4(Double(t["attr_tp"]) / found)
        formAccOnFound = round4(Double(t["form_ok"]) / found)
        negationAccOnFound = round4(Double(t["neg_ok"]) / found)
        nestedR = t["nested_gold"] > 0 ? round4(Double(t["nested_tp"]) / Double(t["nested_gold"])) : nil
        self.misses = misses
    }

    /// The report as `score.py` prints it: one `name value` line per metric.
    public var lines: [String] {
        let rows: [(String, String)] = [
            ("documents", "\(documents)"), ("documents_missing", "\(documentsMissing)"),
            ("gold_attributions", "\(goldAttributions)"), ("predicted", "\(predicted)"),
            ("cue_p", f(cueP)), ("cue_r", f(cueR)), ("cue_f1", f(cueF1)),
            ("attribution_p", f(attributionP)), ("attribution_r", f(attributionR)), ("attribution_f1", f(attributionF1)),
            ("speaker_acc_on_found", f(speakerAccOnFound)),
            ("anonymous_p", f(anonymousP)), ("anonymous_r", f(anonymousR)), ("anonymous_f1", f(anonymousF1)),
            ("form_acc_on_found", f(formAccOnFound)), ("negation_acc_on_found", f(negationAccOnFound)),
            ("nested_r", nestedR.map(f) ?? "None"),
            ("speaker_set_p", f(speakerSetP)), ("speaker_set_r", f(speakerSetR)), ("speaker_set_f1", f(speakerSetF1)),
        ]
        return rows.map { $0.0.padding(toLength: 24, withPad: " ", startingAt: 0) + " " + $0.1 }
    }

    private func f(_ x: Double) -> String { "\(x)" }
}

private func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
