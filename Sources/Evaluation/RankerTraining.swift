import Attribution
import Foundation
import QuoteGraphCore

/// Training and honest evaluation of the speaker ranking (`SpeakerRanker`):
/// training on gold documents, K-fold cross-validation by article, and
/// domain transfer (train on one set, test on another).
///
///     let weights = RankerTraining().train(on: dev + devAnt)
///     let cv = RankerTraining().crossValidate(dev + devAnt, folds: 5)
///     cv.report.attributionF1     // scored on articles each model never saw
///
/// Deterministic: examples are collected in id order, and folds are
/// assigned by position in that order (article i goes to fold i mod K).
public struct RankerTraining {
    /// The L2 penalty of the fit (`RankingTrainer.fit`).
    public var l2: Double
    public var lexicon: Lexicon

    public init(l2: Double = 1.0, lexicon: Lexicon = .shared) {
        self.l2 = l2
        self.lexicon = lexicon
    }

    /// Each document's training examples, gathered with the rules alone.
    public func examples(_ documents: [GoldDocument]) -> [(id: String, trainer: RankingTrainer)] {
        let analyzer = Analyzer(lexicon: lexicon, ranking: RankerWeights())
        return documents.sorted { $0.id < $1.id }.map { g in
            let trainer = RankingTrainer()
            _ = analyzer.analyze(SourceDocument(id: g.id, text: g.text), teacher: GoldTeacher(g), trainer: trainer)
            return (g.id, trainer)
        }
    }

    /// The examples of several documents in one trainer.
    public func pooled(_ parts: [(id: String, trainer: RankingTrainer)]) -> RankingTrainer {
        let all = RankingTrainer()
        for p in parts { all.absorb(p.trainer) }
        return all
    }

    /// Weights learnt from these documents.
    public func train(on documents: [GoldDocument], notes: [String] = []) -> RankerWeights {
        pooled(examples(documents)).fit(l2: l2, notes: notes)
    }

    /// Each document analysed with weights trained on the other folds.
    public struct CrossValidation {
        public var folds: Int
        public var predicted: [AnalyzedDocument]
        public var report: EvaluationReport
        /// The same documents with the rules alone (empty weights).
        public var rules: EvaluationReport
    }

    public func crossValidate(_ documents: [GoldDocument], folds k: Int) -> CrossValidation {
        let ordered = documents.sorted { $0.id < $1.id }
        let k = max(2, min(k, ordered.count))
        let parts = examples(ordered)
        var predicted: [AnalyzedDocument] = []
        for fold in 0..<k {
            let weights = pooled(parts.enumerated().filter { $0.offset % k != fold }.map(\.element)).fit(l2: l2)
            let analyzer = Analyzer(lexicon: lexicon, ranking: weights)
            predicted += ordered.enumerated().filter { $0.offset % k == fold }
                .map { analyzer.analyze(SourceDocument(id: $0.element.id, text: $0.element.text)) }
        }
        let rules = Analyzer(lexicon: lexicon, ranking: RankerWeights())
        let scorer = AttributionScorer()
        return CrossValidation(folds: k, predicted: predicted,
                               report: scorer.score(gold: ordered, predicted: predicted),
                               rules: scorer.score(gold: ordered, predicted: ordered.map {
                                   rules.analyze(SourceDocument(id: $0.id, text: $0.text))
                               }))
    }

    /// Trained on `train`, scored on `test`; with the rules alone beside it.
    public func transfer(train: [GoldDocument], test: [GoldDocument]) -> (report: EvaluationReport, rules: EvaluationReport) {
        let analyzer = Analyzer(lexicon: lexicon, ranking: self.train(on: train))
        let rules = Analyzer(lexicon: lexicon, ranking: RankerWeights())
        let scorer = AttributionScorer()
        return (scorer.score(gold: test, predicted: test.map { analyzer.analyze(SourceDocument(id: $0.id, text: $0.text)) }),
                scorer.score(gold: test, predicted: test.map { rules.analyze(SourceDocument(id: $0.id, text: $0.text)) }))
    }
}

extension RankerTraining {
    /// `quotegraph train`: learns the weights from the gold files in
    /// `directories`, writes them to `output` (TSV, with notes on how they
    /// were made) and says on standard error what it learnt from.
    ///
    ///     try RankerTraining.train(directories: ["../shared/corpus/dev"], l2: 1, output: "speaker-ranker.tsv")
    public static func train(directories: [String], l2: Double, output: String) throws {
        let documents = try GoldDirectories.load(directories)
        let notes = [
            "Speaker ranking weights (softmax ranking, L2 \(l2)), see SpeakerRanker and CandidateFeatures.",
            "Trained by `quotegraph train \(directories.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " ")) --l2 \(l2)`"
                + " on \(documents.count) articles, \(documents.reduce(0) { $0 + $1.attributions.count }) gold attributions.",
        ]
        let training = RankerTraining(l2: l2)
        let trainer = training.pooled(training.examples(documents))
        let weights = trainer.fit(l2: l2, notes: notes)
        try Data(weights.tsv().utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        Diagnostics.note("\(trainer.labelled) statements with gold: \(trainer.reachable) with a right candidate, \(trainer.ruleRight) where the rules' choice is right")
        Diagnostics.note("wrote \(output) (\(weights.values.count) features from \(documents.count) articles)")
    }
}
