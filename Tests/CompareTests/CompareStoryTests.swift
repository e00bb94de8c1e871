import Attribution
@testable import Compare
import Foundation
@testable import Graph
import Testing

/// `--same-story`: grouping articles about one event across outlets, and
/// the formats `compare` writes.
@Suite struct CompareStoryTests {
    /// The samples as three outlets' articles, with an unrelated one.
    private func corpus() -> [ArticleDigest] {
        var digests = CompareSupport.samples
        for (i, outlet) in ["aawsat", "team-a", "team-b"].enumerated() { digests[i].document.outlet = outlet }
        let other = SourceDocument(
            id: "other", text: "أعلنت وزارة التعليم أن العام الدراسي الجديد سيبدأ في موعده، وقال المتحدث باسم الوزارة "
                + "إن المدارس جاهزة لاستقبال الطلاب والطالبات في جميع المناطق بعد انتهاء أعمال الصيانة.",
            outlet: "okaz")
        return digests + [ArticleDigest(analyzing: other)]
    }

    @Test func theThreeTakesAreOneStory() throws {
        let stories = SameStoryFinder().stories(corpus(), by: .article)
        try #require(stories.count == 1)
        #expect(Set(stories[0].articles) == ["asharq-moscow-idlib", "anon-sources-idlib", "named-sources-idlib"])
        #expect(stories[0].outlets == ["aawsat", "team-a", "team-b"])
        // Konashenkov speaks in two takes; the seed and the named take both
        // relay what Walid al-Muallem said («ما قاله»، «بما قاله»).
        #expect(Set(stories[0].sharedNames) == ["إيغر كوناشينكوف", "وليد المعلم"])
        #expect(stories[0].comparison.divergences.contains { $0.kind == .anonymousVersusNamed })
    }

    @Test func oneOutletIsNoStoryGroup() {
        var digests = CompareSupport.samples
        for i in digests.indices { digests[i].document.outlet = "aawsat" }
        #expect(SameStoryFinder().stories(digests, by: .article).isEmpty)
    }

    @Test func datesFarApartAreNotOneStory() {
        var digests = corpus()
        for (i, day) in [16_000, 16_001, 16_010].enumerated() { digests[i].day = day }
        let stories = SameStoryFinder().stories(digests, by: .article)
        #expect(stories.count == 1 && !stories[0].articles.contains("named-sources-idlib"))
    }

    @Test func datesFromFieldURLOrID() {
        #expect(ArticleDate.day(of: SourceDocument(id: "snn_2015-08-11_1685", text: "")) == 16658)
        #expect(ArticleDate.day(of: SourceDocument(id: "x", text: "", date: "2015-08-12T10:00")) == 16659)
        #expect(ArticleDate.day(of: SourceDocument(id: "x", text: "", url: "https://a.b/2015-13-40/")) == nil)
    }

    @Test func tableNamesSidesAndIsolatesArabic() {
        let table = ComparisonTable().render(CompareSupport.sampleComparison)
        #expect(table.hasPrefix("compare by article: 3 sides"))
        #expect(table.contains("[1] asharq-moscow-idlib"))
        #expect(table.contains("\u{2068}مسؤول عسكري روسي\u{2069} (anonymous)"))
        #expect(table.contains("anonymous on one side, named on the other"))
    }

    @Test func markdownEscapesCells() {
        var digests = CompareSupport.samples
        digests[0].document.title = "a | b"
        let markdown = ComparisonMarkdown().render(StoryComparison(digests, by: .article))
        #expect(markdown.contains("a \\| b"))
        #expect(markdown.contains("## Same statement, attributed differently"))
    }

    @Test func graphHasOneClusterPerSideAndSharedSpeakersOutside() throws {
        let graph = ComparisonGraph.graph(of: CompareSupport.sampleComparison)
        #expect(graph.articles.count == 3)
        let dot = DOTWriter(legend: false, layout: .dot).write(graph)
        #expect(dot.components(separatedBy: "subgraph \"cluster_").count - 1 == 3)
        let spokesman = try #require(graph.speakers.first { $0.label == "إيغر كوناشينكوف" })
        #expect(spokesman.documents.count == 2)
    }

    @Test func svgRendersThroughGraphviz() async throws {
        let graph = ComparisonGraph.graph(of: CompareSupport.sampleComparison)
        let svg = try await exportGraph(graph, format: .svg, options: .sideBySide(graph))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<svg") && text.contains("كوناشينكوف"))
    }
}
