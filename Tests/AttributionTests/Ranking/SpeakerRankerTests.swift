import Foundation
import Testing
@testable import Attribution

/// The speaker ranking (`SpeakerRanker`) on short real constructions: with
/// empty weights it leaves the rules' choices alone; with weights it keeps
/// the candidate they score highest; training collects one example per
/// statement the teacher knows.
struct SpeakerRankerTests {
    /// «قال رئيس الوزراء الإيطالي جوزيبي كونتي …» then a quote of «بوتين»,
    /// then a pro-drop verb: the rules give the most recent speaker.
    static let article = """
    كونتي يدعو إلى الحوار مع روسيا

    قال رئيس الوزراء الإيطالي جوزيبي كونتي إن بلاده ستعمل مع شركائها.
    وقال بوتين إن موسكو منفتحة على الحوار.
    وأضاف أن العقوبات يجب أن تراجع.
    """

    @Test func emptyWeightsLeaveTheRulesAlone() {
        let doc = SourceDocument(id: "a", text: Self.article)
        #expect(Analyzer(ranking: RankerWeights()).analyze(doc) == Analyzer().analyze(doc))
    }

    @Test func weightsChooseTheCandidateTheyScoreHighest() throws {
        let doc = SourceDocument(id: "a", text: Self.article)
        let rules = Analyzer().analyze(doc)
        let added = try #require(rules.statements.last { $0.cue.text == "وأضاف" })
        #expect(rules.speaker(of: added)?.name == "بوتين")
        // A strong preference for another entity the article named, and
        // for agreement, over the rules' choice.
        // An overt subject keeps its speaker through its own feature.
        let weights = try RankerWeights(values: ["t=entity|candHead": 5, "t=entity|agrees=true": 1, "t=rule|r=overt": 10])
        let ranked = Analyzer(ranking: weights).analyze(doc)
        let again = try #require(ranked.statements.last { $0.cue.text == "وأضاف" })
        #expect(ranked.speaker(of: again)?.name.contains("كونتي") == true)
        #expect(again.speaker.resolution == .ranked)
        #expect(ranked.statements.filter { $0.speaker.resolution == .overt }
                == rules.statements.filter { $0.speaker.resolution == .overt })
    }

    @Test func trainingCollectsTheStatementsTheTeacherKnows() {
        struct Teacher: RankingTeacher {
            func rightCandidates(cue: TextSpan, candidates: [SpeakerCandidate]) -> Set<Int>? {
                Set(candidates.indices.filter { candidates[$0].names.contains { $0.contains("كونتي") } })
            }
        }
        let trainer = RankingTrainer()
        _ = Analyzer().analyze(SourceDocument(id: "a", text: Self.article), teacher: Teacher(), trainer: trainer)
        #expect(trainer.labelled >= 3)
        #expect(trainer.reachable >= 3)
        // Fitted on this one article, the ranking prefers كونتي for «وأضاف».
        let ranked = Analyzer(ranking: trainer.fit(l2: 0.01)).analyze(SourceDocument(id: "a", text: Self.article))
        let added = ranked.statements.last { $0.cue.text == "وأضاف" }!
        #expect(ranked.speaker(of: added)?.name.contains("كونتي") == true)
    }
}

/// The weights file: readable TSV, the same weights giving the same bytes,
/// and a clear error for a line or a feature it does not know.
struct RankerWeightsTests {
    @Test func roundTripsThroughItsFile() throws {
        let weights = try RankerWeights(values: ["t=rule|r=overt": 2.5, "t=entity|prev": -0.75], notes: ["a note"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("w-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(weights.tsv().utf8).write(to: url)
        let read = try RankerWeights(contentsOf: url)
        #expect(read.values == weights.values)
        #expect(read.notes == ["a note"])
        #expect(read.tsv() == weights.tsv())
    }

    @Test func anUnknownFeatureNamesTheFileAndLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("w-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("# trained\nt=rule\t1.0\nt=rule|nonsense\t2\n".utf8).write(to: url)
        #expect(throws: RankerWeights.LoadError.self) { try RankerWeights(contentsOf: url) }
        do { _ = try RankerWeights(contentsOf: url) } catch {
            #expect("\(error)".contains(":3: unknown feature «t=rule|nonsense»"))
        }
        try Data("t=rule\tmany\n".utf8).write(to: url)
        #expect(throws: RankerWeights.LoadError.self) { try RankerWeights(contentsOf: url) }
    }

    @Test func theBundledWeightsLoad() throws {
        let weights = try RankerWeights(contentsOf: RankerWeights.bundledURL())
        #expect(!weights.isEmpty)
        #expect(weights.notes.contains { $0.contains("quotegraph train") })
    }

    @Test func everyFeatureHasOneName() {
        let names = (0..<FeatureSpace.count).map(FeatureSpace.name)
        #expect(Set(names).count == names.count)
        for (code, name) in names.enumerated() { #expect(FeatureSpace.codeOfName[name] == code) }
    }
}
