@testable import QuoteGraphCore
import TestSupport
import Testing

@Suite struct FilterTests {
    let graph = CitationGraph(documents: [Fixtures.seed, Fixtures.second])

    @Test func topKeepsMostQuotedSpeakersAndTheirArticles() {
        let top = graph.keepingTopSpeakers(2)
        #expect(top.speakers.map(\.label) == ["مصدر من موسكو", "إيغر كوناشينكوف"])
        #expect(top.articles.count == 2)
        #expect(top.node(labelled: "الشرق الأوسط") != nil)
        let ids = Set(top.nodes.map(\.id))
        #expect(top.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
        #expect(top.edges(.speaksFor).isEmpty)
    }

    @Test func minWeightDropsLightEdgesAndTheirOrphans() {
        let heavy = graph.droppingEdges(lighterThan: 3)
        #expect(heavy.edges.allSatisfy { $0.evidence >= 3 })
        #expect(heavy.node(labelled: "وليد المعلم") == nil)
        let ids = Set(heavy.edges.flatMap { [$0.source, $0.target] })
        #expect(heavy.nodes.allSatisfy { ids.contains($0.id) })
    }

    @Test func defaultMinWeightKeepsRefusals() {
        let document = Fixtures.seed
        var onlyRefusal = document
        onlyRefusal.statements = [document.statements[1]]
        let graph = CitationGraph(documents: [onlyRefusal]).filtered(top: nil, minWeight: 1)
        #expect(graph.edges.count == 1 && graph.edges[0].weight == 0 && graph.edges[0].negated == 1)
    }
}
