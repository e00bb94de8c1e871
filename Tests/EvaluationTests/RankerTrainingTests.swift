import Attribution
@testable import Evaluation
import Foundation
import TestSupport
import Testing

/// Training the speaker ranking on real gold (`../shared/corpus/dev-ant`)
/// and judging it on articles it did not see. Skipped without the corpus.
@Suite(.enabled(if: SharedCorpus.devAnt.isPresent, "../shared/corpus/dev-ant is absent"))
struct RankerTrainingTests {
    static let gold: [GoldDocument] = (try? GoldDocument.load(directory: SharedCorpus.devAnt.url).documents) ?? []

    @Test func trainingIsDeterministic() {
        let some = Array(Self.gold.prefix(12))
        let a = RankerTraining().train(on: some), b = RankerTraining().train(on: some.reversed())
        #expect(!a.isEmpty)
        #expect(a.tsv() == b.tsv())
    }

    @Test func crossValidationScoresEveryArticleOnWeightsThatNeverSawIt() {
        let cv = RankerTraining().crossValidate(Self.gold, folds: 4)
        #expect(cv.folds == 4)
        #expect(cv.report.documents == 40)
        #expect(cv.predicted.count == 40)
        // The rules alone, beside it, are the plain evaluation.
        let plain = AttributionScorer().score(gold: Self.gold, predicted: Self.gold.map {
            Analyzer().analyze(SourceDocument(id: $0.id, text: $0.text))
        })
        #expect(cv.rules.attributionF1 == plain.attributionF1)
        // Cues come from the rules: the ranking moves speakers only.
        #expect(cv.report.cueF1 == plain.cueF1)
        #expect(cv.report.attributionF1 > 0.5)
    }

    @Test func theTeacherMarksTheGoldSpeaker() throws {
        let doc = try #require(Self.gold.first)
        let examples = RankerTraining().examples([doc])
        #expect(examples.count == 1)
        #expect(examples[0].trainer.labelled > 0)
        #expect(examples[0].trainer.reachable <= examples[0].trainer.labelled)
    }
}
