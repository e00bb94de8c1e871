import Attribution
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Graph
@testable import QuoteGraphCore
import TestSupport
import Testing

/// Graphs that can be read (issue #16, item 2; the size cap of #17, item
/// 15); the comparisons are `FirstHourCompareTests`.
@Suite struct FirstHourGraphTests {
    /// `n` articles of one outlet, each with one unattributed statement and
    /// one by its own named speaker.
    private func articles(_ n: Int, outlet: String? = nil) -> [AnalyzedDocument] {
        (0..<n).map { i in
            AnalyzedDocument(
                id: "d\(i)", outlet: outlet, length: 100,
                statements: [Fixtures.statement("s1", nil, cue: "قيل", lemma: "قيل"),
                             Fixtures.statement("s2", "e1", cue: "وقال", lemma: "قال")],
                entities: [Entity(id: "e1", name: "مؤسسة " + Self.word(i), kind: .institution, anonymity: .named)])
        }
    }

    /// A distinct Arabic word for each number (names must differ once normalised).
    static func word(_ n: Int) -> String {
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهي")
        var n = n, out = ""
        repeat { out.append(letters[n % letters.count]); n /= letters.count } while n > 0
        return out + "ان"
    }

    @Test func unattributedStatementsShareOneNode() {
        let graph = CitationGraph(documents: articles(5))
        let unattributed = graph.nodes.filter { $0.label == "غير منسوب" }
        #expect(unattributed.count == 1)
        #expect(unattributed.first?.statements == 5)
        #expect(unattributed.first?.documents.count == 5)
        // Other vague and anonymous speakers still stay one per article.
        #expect(CitationGraph(documents: [Fixtures.seed, Fixtures.seed]).nodes.filter { $0.label == "مصدر من موسكو" }.count == 2)
    }

    @Test func anOutletNodeIsLabelledOnce() {
        let graph = CitationGraph(documents: articles(3, outlet: "aawsat"), byOutlet: true)
        let outlet = graph.articles[0]
        #expect(GraphLabel.node(outlet) == "aawsat")
        // An article keeps its title, outlet and date.
        #expect(GraphLabel.node(CitationGraph(documents: [Fixtures.seed]).articles[0])
                == "\(Fixtures.seedTitle)\nالشرق الأوسط\n2017-10-09")
    }

    @Test func svgTextCarriesItsDirection() async throws {
        #expect(SVGTextDirection.apply(to: #"<text x="1">وكالة «تاس»</text>"#)
                == #"<text direction="rtl" unicode-bidi="embed" x="1">وكالة «تاس»</text>"#)
        #expect(SVGTextDirection.apply(to: #"<text x="1">2 direct, 1 indirect</text>"#)
                == #"<text x="1">2 direct, 1 indirect</text>"#)
        #expect(SVGTextDirection.apply(to: #"<text x="1">«2017» الكرملين</text><textPath>x</textPath>"#)
                == #"<text direction="rtl" unicode-bidi="embed" x="1">«2017» الكرملين</text><textPath>x</textPath>"#)
        var document = Fixtures.seed
        document.entities[3].name = "وكالة «تاس»"
        let svg = String(decoding: try await renderGraph(of: [document], format: .svg), as: UTF8.self)
        let texts = svg.components(separatedBy: "<text").dropFirst()
        let tass = try #require(texts.first { $0.contains("وكالة «تاس»") })
        #expect(tass.hasPrefix(#" direction="rtl" unicode-bidi="embed""#))
        for text in texts where text.contains("مصدر من موسكو") { #expect(text.contains(#"direction="rtl""#)) }
        #expect(try XMLDocument(data: Data(svg.utf8)).rootElement() != nil)
    }

    @Test(arguments: [LayoutEngine.sfdp, .neato, .twopi, .circo])
    func forceLayoutsDrawTheLegendBesideTheGraph(engine: LayoutEngine) async throws {
        let data = try await renderGraph(of: [Fixtures.seed, Fixtures.second], format: .svg,
                                         options: GraphOptions(layout: engine))
        let svg = try XMLDocument(data: data)
        func x(of title: String) throws -> Double? {
            let nodes = try svg.nodes(forXPath: "//*[local-name()='g'][*[local-name()='title']='\(title)']//*[local-name()='text']/@x")
            return nodes.first.flatMap { Double($0.stringValue ?? "") }
        }
        let legend = try #require(try x(of: "legend_person"), "no legend with \(engine)")
        #expect(try x(of: "legend_quotes") == legend, "one column")
        for id in ["a1", "a2", "s1", "s2", "s3"] {
            if let node = try x(of: id) { #expect(node < legend, "\(id) right of the legend") }
        }
        let without = String(decoding: try await renderGraph(of: [Fixtures.seed], format: .svg,
                                                             options: GraphOptions(layout: engine, legend: false)),
                             as: UTF8.self)
        #expect(!without.contains("legend_"))
    }

    @Test func drawingsKeepTheDefaultTopAndSaySo() throws {
        let graph = CitationGraph(documents: articles(130))
        #expect(graph.speakers.count == 131)
        let (drawn, notes) = try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions())
        #expect(drawn.speakers.count == GraphSizeLimit.defaultTop)
        #expect(notes == ["drawing the 100 speakers quoted most of 131 (--top N to choose; --format gexf or graphml keeps them all)"])
        // Data formats keep everyone; a --top that fits is kept quietly.
        #expect(try GraphSizeLimit.fit(graph, format: .gexf, options: GraphOptions()).graph.speakers.count == 131)
        let asked = try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions(top: 120))
        #expect(asked.graph.speakers.count == 120 && asked.notes.isEmpty)
        // A small graph: nothing to say.
        #expect(try GraphSizeLimit.fit(CitationGraph(documents: [Fixtures.seed]), format: .png,
                                       options: GraphOptions()).notes.isEmpty)
    }

    @Test func aStarOfSpeakersIsNotDrawnAsOneColumn() throws {
        // One outlet and its 100 speakers: dot made one rank of them.
        let star = try GraphSizeLimit.fit(CitationGraph(documents: articles(130, outlet: "aawsat"), byOutlet: true),
                                          format: .svg, options: GraphOptions()).graph
        #expect(star.nodes.count == 101)
        #expect(LayoutPlan(requested: nil, graph: star).engine == .twopi)
        #expect(LayoutPlan(requested: .dot, graph: star).engine == .dot)
        // Articles with a few speakers each keep dot's clear chains.
        #expect(LayoutPlan(requested: nil, graph: CitationGraph(documents: [Fixtures.seed, Fixtures.second])).engine == .dot)
        #expect(LayoutPlan(requested: nil, graph: CitationGraph(documents: articles(40))).engine == .dot)
    }

    @Test func aGraphTooLargeForItsEngineIsCutOrRefused() throws {
        let graph = CitationGraph(documents: articles(1_700, outlet: "aawsat"), byOutlet: true)
        #expect(graph.nodes.count == 1_702)
        // PNG: at most rasterNodeLimit nodes, whatever --top asks, with a note.
        let (png, notes) = try GraphSizeLimit.fit(graph, format: .png, options: GraphOptions(top: 5_000))
        #expect(png.nodes.count == GraphSizeLimit.rasterNodeLimit)
        #expect(notes == ["cut to the 1,499 speakers quoted most (1,500 nodes): 1,702 nodes is more than a PNG holds (at most 1,500)"])
        // The automatic engine (sfdp) draws more in SVG.
        #expect(try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions(top: 5_000)).graph.nodes.count == 1_702)
        // An engine the user named that cannot finish is refused, with the ways out.
        #expect(throws: GraphError.self) {
            try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions(top: 1_000, layout: .dot))
        }
        do {
            _ = try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions(top: 1_000, layout: .neato))
            Issue.record("neato on 1,001 nodes was not refused")
        } catch {
            #expect(error.description == "--layout neato cannot lay out 1,001 nodes in reasonable time (at most 600): "
                    + "use --layout sfdp, a smaller --top, or --format gexf for Gephi")
        }
        // Within the engine's reach, the named engine is used as asked.
        #expect(try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions(top: 200, layout: .dot)).notes.isEmpty)
        // Articles without outlets are a node each: too many to draw at all.
        let files = CitationGraph(documents: articles(1_700))
        #expect(throws: GraphError.self) { try GraphSizeLimit.fit(files, format: .png, options: GraphOptions()) }
        #expect(GraphSizeLimit.count(34_218) == "34,218" && GraphSizeLimit.count(7) == "7")
    }
}
