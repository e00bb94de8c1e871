import Attribution
@testable import Compare
import Foundation
@testable import Graph
@testable import QuoteGraphCore
import TestSupport
import Testing

/// Comparisons without false alarms (issue #16, item 3): name variants are
/// one speaker, in the comparison as in the graph, and a divergence is
/// reported once per pair of speakers.
@Suite struct FirstHourCompareTests {
    @Test func aMiddleNameWithOrWithoutBinIsOneName() {
        let full = PersonName("أحمد بن عبدالعزيز الفارس")
        #expect(full.isVariant(of: PersonName("أحمد عبدالعزيز الفارس")))
        #expect(PersonName("أحمد عبدالعزيز الفارس").isVariant(of: full))
        // The last word is never a patronymic's stand-in.
        #expect(!PersonName("محمد بن سلمان").isVariant(of: PersonName("محمد سلمان")))
        #expect(!full.isVariant(of: PersonName("أحمد عبدالله الفارس")))
    }

    @Test func nameVariantsAreOneSpeakerInCompareAndGraph() {
        let names = ["أحمد الفارس", "أحمد بن عبدالعزيز الفارس", "أحمد عبدالعزيز الفارس"]
        let documents = names.enumerated().map { i, name in
            AnalyzedDocument(id: "d\(i)", length: 10, statements: [Fixtures.statement("s1", "e1", cue: "وقال", lemma: "قال")],
                             entities: [Entity(id: "e1", name: name, kind: .person, anonymity: .named)])
        }
        let resolution = SpeakerResolution(documents)
        #expect(resolution.speakers.count == 1)
        #expect(resolution.speakers.first?.name == "أحمد بن عبدالعزيز الفارس")
        #expect(CitationGraph(documents: documents).speakers.count == 1)
    }

    @Test func aDivergenceIsReportedOncePerStoryAndRanked() {
        func said(_ article: String, _ speaker: String, _ anonymity: Anonymity = .named) -> AttributedStatement {
            AttributedStatement(side: article, article: article, statement: "s1", speaker: speaker,
                                speakerName: speaker, anonymity: anonymity, content: "…")
        }
        let divergences = [
            AttributionDivergence(kind: .differentSpeakers, similarity: 0.9, jaccard: 0.5,
                                  first: said("a", "p1"), second: said("b", "p2")),
            AttributionDivergence(kind: .anonymousVersusNamed, similarity: 0.8, jaccard: 0.5,
                                  first: said("c", "p3", .anonymous), second: said("b", "p2")),
            AttributionDivergence(kind: .differentSpeakers, similarity: 0.7, jaccard: 0.5,
                                  first: said("c", "p2"), second: said("d", "p1")),
            AttributionDivergence(kind: .differentSpeakers, similarity: 0.6, jaccard: 0.5,
                                  first: said("e", "p1"), second: said("b", "p2")),
        ]
        let found = DivergenceFinder.onePerSpeakerPair(divergences)
        #expect(found.count == 2)
        #expect(found[0].matches == 3 && found[0].similarity == 0.9)
        #expect(found[0].alsoMatched == ["c/s1", "d/s1", "e/s1"])
        #expect(found[1].kind == .anonymousVersusNamed && found[1].matches == 1)
    }

    @Test func theSamplesStillShowTheirDivergences() {
        let comparison = CompareSupport.sampleComparison
        #expect(comparison.divergences.contains { $0.kind == .anonymousVersusNamed })
        let pairs = comparison.divergences.map { [$0.first.speaker, $0.second.speaker].sorted() + [$0.kind.rawValue] }
        #expect(Set(pairs).count == pairs.count, "one finding per pair of speakers")
    }
}
