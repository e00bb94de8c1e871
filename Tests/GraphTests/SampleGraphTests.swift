import Attribution
import Foundation
@testable import Graph
@testable import QuoteGraphCore
import TestSupport
import Testing

/// The quote graph of the real articles in `Samples/`, analysed by the real
/// pipeline.
///
/// The DOT is pinned by golden files in `Tests/GraphTests/Golden/`.
/// When the analyser or the drawing changes on purpose, regenerate them and
/// review the diff:
///
///     QUOTEGRAPH_UPDATE_GOLDEN=1 swift test --filter SampleGraphTests
@Suite(.serialized) struct SampleGraphTests {
    /// The golden files beside this test, read by path (excluded from the target).
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let samples = ["asharq-moscow-idlib", "anon-sources-idlib", "named-sources-idlib"]

    static func analysed(_ names: [String]) throws -> [AnalyzedDocument] {
        try names.map { name in
            let text = try String(contentsOf: TestSupport.samples.appendingPathComponent("\(name).txt"), encoding: .utf8)
            return Analyzer().analyze(SourceDocument(id: name, text: text))
        }
    }

    @Test func seedGraphShowsTheAnonymousSourceRelayingTheMinister() throws {
        let graph = CitationGraph(documents: try Self.analysed(["asharq-moscow-idlib"]))
        let source = try #require(graph.node(labelled: "مصدر من موسكو"))
        let minister = try #require(graph.speakers.first { $0.label.contains("وليد المعلم") })
        #expect(source.isHidden)
        #expect(graph.edges(.cites).contains { $0.source == source.id && $0.target == minister.id })
    }

    @Test func seedGraphLinksTheSpokesmanToHisMinistry() throws {
        let graph = CitationGraph(documents: try Self.analysed(["asharq-moscow-idlib"]))
        let spokesman = try #require(graph.speakers.first { $0.label.contains("إيغر كوناشينكوف") })
        let ministry = try #require(graph.nodes.first { $0.label.contains("وزارة الدفاع الروسية") })
        #expect(graph.edges(.speaksFor).contains { $0.source == spokesman.id && $0.target == ministry.id })
    }

    @Test(arguments: [["asharq-moscow-idlib"], samples])
    func dotMatchesTheGoldenFile(_ names: [String]) throws {
        let dot = DOTWriter().write(CitationGraph(documents: try Self.analysed(names)))
        let golden = Self.golden.appendingPathComponent("\(names.count == 1 ? names[0] : "samples").dot")
        if ProcessInfo.processInfo.environment["QUOTEGRAPH_UPDATE_GOLDEN"] != nil {
            try dot.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(dot == expected, "DOT differs from \(golden.lastPathComponent); see the doc comment to regenerate")
    }

    @Test func svgOfTheSamplesHoldsTheArabicNamesAsText() async throws {
        let svg = String(decoding: try await renderGraph(of: try Self.analysed(Self.samples), format: .svg), as: UTF8.self)
        for name in ["مصدر من موسكو", "الكرملين", "سيرغي لافروف"] {
            #expect(svg.contains(name), "\(name) missing from the SVG")
        }
        #expect(!svg.contains("<script"))
    }
}
