import Attribution
import Foundation
@testable import Graph
@testable import QuoteGraphCore
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Rendering through libgvc. Every Graphviz call goes through
/// `GraphvizRenderer.shared`, so these tests may run in parallel.
@Suite struct RenderTests {
    static let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    @Test func pngStartsWithMagic() async throws {
        let png = try await renderGraph(of: [Fixtures.seed], format: .png, options: GraphOptions(edgeLabels: true))
        #expect(Array(png.prefix(8)) == Self.pngMagic)
        Fixtures.keep(png, as: "seed.png")
    }

    @Test func pdfStartsWithPDF() async throws {
        let pdf = try await renderGraph(of: [Fixtures.seed, Fixtures.second], format: .pdf)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        Fixtures.keep(pdf, as: "two-articles.pdf")
    }

    @Test func svgCarriesArabicNamesAsText() async throws {
        let svg = try await text(renderGraph(of: [Fixtures.seed], format: .svg))
        for name in ["مصدر من موسكو", "وليد المعلم", "إيغر كوناشينكوف", "الكرملين", "الشرق الأوسط"] {
            #expect(svg.contains(name), "\(name)")
        }
        #expect(svg.contains("font-family=\"Noto Sans Arabic,DejaVu Sans,sans-serif\""))
    }

    @Test func twoArticlesWithClustersRender() async throws {
        let png = try await renderGraph(of: [Fixtures.seed, Fixtures.second], format: .png,
                                        options: GraphOptions(edgeLabels: true))
        #expect(Array(png.prefix(8)) == Self.pngMagic)
        Fixtures.keep(png, as: "two-articles.png")
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutTheSeed(engine: LayoutEngine) async throws {
        let svg = try await text(renderGraph(of: [Fixtures.seed], format: .svg, options: GraphOptions(layout: engine)))
        #expect(svg.contains("</svg>"))
    }

    @Test func enginesAreInstalled() async {
        let available = await GraphvizRenderer.shared.availableLayouts()
        for engine in LayoutEngine.allCases { #expect(available.contains(engine.rawValue), "\(engine)") }
    }

    @Test func unknownLayoutIsAnError() {
        #expect(throws: GraphError.self) { try LayoutEngine(validating: "spring") }
        #expect(throws: Never.self) { try LayoutEngine(validating: "SFDP") }
        do {
            _ = try LayoutEngine(validating: "bogus\n\"")
        } catch {
            #expect(String(describing: error).contains("use one of: dot, neato"))
            #expect(!String(describing: error).contains("\n"))
        }
    }

    @Test func graphvizErrorsComeBackAsOneLine() async throws {
        let error = await #expect(throws: GraphError.self) {
            try await GraphvizRenderer.shared.render(dot: "digraph { a -> }", format: .svg, engine: .dot)
        }
        let message = try #require(error).description
        #expect(message.contains("could not read") && message.contains("syntax error"))
        #expect(!message.contains("\n"))
        // The parser recovers: the next graph renders.
        let svg = try await GraphvizRenderer.shared.render(dot: "digraph { a -> b }", format: .svg, engine: .dot)
        #expect(!svg.isEmpty)
    }

    @Test func nonGraphvizFormatIsRefusedByRenderer() async {
        await #expect(throws: GraphError.self) {
            try await GraphvizRenderer.shared.render(dot: "digraph {}", format: .json, engine: .dot)
        }
    }

    @Test func bigGraphsRenderWithAutomaticEngine() async throws {
        let documents = (0..<40).map(Self.syntheticArticle)
        let graph = CitationGraph(documents: documents)
        #expect(graph.nodes.count > LayoutPlan.automaticLimit)
        #expect(DOTWriter().write(graph).contains("layout=\"sfdp\""))
        // How fast is measured by `make bench`, not here: a timed test
        // fails on a loaded machine and proves nothing on a fast one.
        let png = try await exportGraph(graph, format: .png)
        #expect(Array(png.prefix(8)) == Self.pngMagic)
        Fixtures.keep(png, as: "big.png")
    }

    @Test func parallelRendersAreSerialised() async throws {
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let format: GraphFormat = [.svg, .png, .pdf][i % 3]
                    return try await renderGraph(of: [Fixtures.seed, Fixtures.hostile], format: format).count
                }
            }
            var sizes: [Int] = []
            for try await size in group { sizes.append(size) }
            return sizes
        }
        #expect(sizes.count == 8 && sizes.allSatisfy { $0 > 100 })
    }

    /// An article with one named and three anonymous sources, one relaying another.
    static func syntheticArticle(_ n: Int) -> AnalyzedDocument {
        AnalyzedDocument(
            id: "doc\(n)", title: "مقال رقم \(n)", length: 1,
            statements: (0..<4).map { k in
                Fixtures.statement("t\(k)", "e\(k)", cue: "قال", lemma: "قال", embeddedIn: k == 3 ? "t2" : nil)
            },
            entities: [Entity(id: "e0", name: "المتحدث \(n % 7)", kind: .person, anonymity: .named)]
                + (1..<4).map { Entity(id: "e\($0)", name: "مصدر \($0)", kind: .person, anonymity: .anonymous) })
    }
}

func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }
