import Foundation

/// Learns `RankerWeights` from gold labels: a conditional log-linear
/// (softmax) ranking over each statement's candidates, fitted by full-batch
/// gradient descent with an L2 penalty. Deterministic: no randomness, and
/// the examples are visited in the order they were collected.
///
///     let trainer = RankingTrainer()
///     for doc in golds { _ = analyzer.analyze(doc.source, teacher: GoldTeacher(doc), trainer: trainer) }
///     let weights = trainer.fit()
///
/// Each statement whose gold speaker is among its candidates is one
/// example; the fit raises the probability of its right candidates. The
/// L2 penalty keeps weights small where the gold says little, so that the
/// rules' choice stays unless the features say otherwise more than once.
public final class RankingTrainer {
    struct Example {
        var candidates: [[Int]]
        var right: Set<Int>
    }

    private(set) var examples: [Example] = []
    /// Statements with gold, those with a right candidate, and those where
    /// the rules' choice (the first candidate) is right: the ranking can
    /// gain at most `reachable - ruleRight`.
    public private(set) var labelled = 0
    public private(set) var reachable = 0
    public private(set) var ruleRight = 0

    public init() {}

    /// Another trainer's examples added to this one's (for training on
    /// some documents' examples only, as cross-validation does).
    public func absorb(_ other: RankingTrainer) {
        for e in other.examples {
            examples.append(e)
        }
        labelled += other.labelled
        reachable += other.reachable
        ruleRight += other.ruleRight
    }

    func learn(_ candidates: [SpeakerCandidate], right: Set<Int>) {
        labelled += 1
        guard !right.isEmpty else { return }
        reachable += 1
        if right.contains(0) { ruleRight += 1 }
        guard right.count < candidates.count else { return }
        examples.append(Example(candidates: candidates.map(\.features), right: right))
    }

    /// The fitted weights, rounded to four places.
    public func fit(l2: Double = 1.0, iterations: Int = 300, rate: Double = 0.5, notes: [String] = []) -> RankerWeights {
        var w = [Double](repeating: 0, count: FeatureSpace.count)
        let n = Double(max(1, examples.count))
        var gradient = [Double](repeating: 0, count: FeatureSpace.count)
        for _ in 0..<iterations {
            for i in gradient.indices { gradient[i] = l2 * w[i] / n }
            for e in examples {
                let scores = e.candidates.map { $0.reduce(0) { $0 + w[$1] } }
                let top = scores.max()!
                let exps = scores.map { exp($0 - top) }
                let z = exps.reduce(0, +)
                let zRight = e.right.reduce(0) { $0 + exps[$1] }
                for (c, features) in e.candidates.enumerated() {
                    // d(-log P(right))/d score_c = p_c - q_c
                    let p = exps[c] / z
                    let q = e.right.contains(c) ? exps[c] / zRight : 0
                    let g = (p - q) / n
                    if g != 0 { for f in features { gradient[f] += g } }
                }
            }
            for i in w.indices { w[i] -= rate * gradient[i] }
        }
        return RankerWeights(dense: w.map { ($0 * 10_000).rounded() / 10_000 }, notes: notes)
    }
}
