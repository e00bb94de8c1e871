import Attribution
@testable import QuoteGraphCore
import TestSupport
import Testing

@Suite struct CitationGraphTests {
    let seed = CitationGraph(documents: [Fixtures.seed])

    private func edge(_ graph: CitationGraph, _ kind: EdgeKind, _ from: String, _ to: String) -> GraphEdge? {
        guard let source = graph.node(labelled: from), let target = graph.node(labelled: to) else { return nil }
        return graph.edges.first { $0.kind == kind && $0.source == source.id && $0.target == target.id }
    }

    @Test func nodesOfTheSeedArticle() {
        #expect(seed.articles.map(\.label) == [Fixtures.seedTitle])
        #expect(seed.speakers.map(\.label) == ["الكرملين", "مصدر من موسكو", "وليد المعلم",
                                               "وزارة الدفاع الروسية", "إيغر كوناشينكوف"])
        #expect(seed.nodes.map(\.id) == ["a1", "s1", "s2", "s3", "s4", "s5", "o1"])
        #expect(seed.node(labelled: "الشرق الأوسط")?.category == .outlet)
    }

    @Test func quotesCountFormsAndKeepRefusalsOut() throws {
        let source = try #require(edge(seed, .quotes, Fixtures.seedTitle, "مصدر من موسكو"))
        #expect((source.weight, source.direct, source.indirect, source.mixed) == (6, 3, 2, 1))
        #expect(source.cues.first == "قال")
        let kremlin = try #require(edge(seed, .quotes, Fixtures.seedTitle, "الكرملين"))
        #expect((kremlin.weight, kremlin.negated, kremlin.evidence) == (1, 1, 2))
        #expect(seed.node(labelled: "الكرملين")?.statements == 2)
    }

    @Test func nestedStatementGivesCitesEdge() throws {
        let cites = try #require(edge(seed, .cites, "مصدر من موسكو", "وليد المعلم"))
        #expect(cites.weight == 1)
        #expect(cites.statements == ["asharq-moscow-idlib/t7"])
        #expect(seed.edges(.cites).count == 1)
    }

    @Test func affiliationGivesSpeaksForToTheSpeakingMinistry() throws {
        let speaksFor = try #require(edge(seed, .speaksFor, "إيغر كوناشينكوف", "وزارة الدفاع الروسية"))
        #expect(speaksFor.role == "المتحدث الرسمي")
        #expect(seed.node(labelled: "وزارة الدفاع الروسية")?.category == .speaker)
    }

    @Test func affiliationThatNeverSpeaksBecomesInstitutionNode() throws {
        var document = Fixtures.seed
        document.entities[4].affiliation = "هيئة الأركان"
        let graph = CitationGraph(documents: [document])
        let staff = try #require(graph.node(labelled: "هيئة الأركان"))
        #expect(staff.category == .institution && staff.id == "i1")
        #expect(edge(graph, .speaksFor, "إيغر كوناشينكوف", "هيئة الأركان") != nil)
    }

    @Test func recipientGivesToldToOutlet() throws {
        let told = try #require(edge(seed, .toldTo, "مصدر من موسكو", "الشرق الأوسط"))
        #expect(told.weight == 1 && told.direct == 1)
    }

    @Test func speakersMergeAcrossArticles() throws {
        let graph = CitationGraph(documents: [Fixtures.seed, Fixtures.second])
        let kremlin = try #require(graph.node(labelled: "الكرملين"))
        #expect(kremlin.documents == ["asharq-moscow-idlib", "rt-idlib"])
        #expect(kremlin.statements == 3)
        let muallem = try #require(graph.node(labelled: "وليد المعلم"))
        #expect(muallem.aliases == ["المعلم"])
        #expect(muallem.entities == ["asharq-moscow-idlib/e3", "rt-idlib/f3"])
        let spokesman = try #require(graph.node(labelled: "إيغر كوناشينكوف"))
        #expect(spokesman.aliases == ["المتحدث الرسمي باسم وزارة الدفاع الروسيّة"])
        #expect(spokesman.anonymity == .named && spokesman.statements == 6)
    }

    @Test func anonymousSpeakersStayPerArticle() {
        let graph = CitationGraph(documents: [Fixtures.seed, Fixtures.second])
        let moscowSources = graph.speakers.filter { $0.label == "مصدر من موسكو" }
        #expect(moscowSources.count == 2)
        #expect(moscowSources.map(\.documents) == [["asharq-moscow-idlib"], ["rt-idlib"]])
    }

    @Test func citesAcrossMergedSpeakers() throws {
        let graph = CitationGraph(documents: [Fixtures.seed, Fixtures.second])
        let cites = graph.edges(.cites)
        #expect(cites.count == 2)
        #expect(Set(cites.map(\.target)).count == 1)
        #expect(graph.node(cites[0].target)?.label == "وليد المعلم")
    }

    @Test func unresolvedSpeakerBecomesVagueNodeOfItsArticle() throws {
        let graph = CitationGraph(documents: [Fixtures.second])
        let vague = try #require(graph.speakers.first { $0.anonymity == .vague })
        #expect(vague.label == "غير منسوب" && vague.statements == 1)
    }

    @Test func ambiguousSurnameIsNotMerged() {
        let documents = [Fixtures.seed, AnalyzedDocument(
            id: "third", length: 1,
            statements: [Fixtures.statement("v1", "g1", cue: "قال", lemma: "قال"),
                         Fixtures.statement("v2", "g2", cue: "قال", lemma: "قال")],
            entities: [Entity(id: "g1", name: "المعلم", kind: .person, anonymity: .named),
                       Entity(id: "g2", name: "سامي المعلم", kind: .person, anonymity: .named)])]
        let graph = CitationGraph(documents: documents)
        #expect(graph.speakers.filter { NameKey($0.label).surname == "معلم" }.count == 3)
    }

    @Test func sameNameDifferentKindIsNotMerged() {
        let documents = [Fixtures.seed, AnalyzedDocument(
            id: "place", length: 1, statements: [Fixtures.statement("p1", "m1", cue: "أعلنت", lemma: "أعلن")],
            entities: [Entity(id: "m1", name: "الكرملين", kind: .place, anonymity: .named)])]
        #expect(CitationGraph(documents: documents).speakers.filter { $0.label == "الكرملين" }.count == 2)
    }

    @Test func buildIsDeterministic() {
        let documents = [Fixtures.seed, Fixtures.second, Fixtures.hostile]
        #expect(CitationGraph(documents: documents) == CitationGraph(documents: documents))
    }
}
