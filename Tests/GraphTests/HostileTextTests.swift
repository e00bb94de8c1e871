import Attribution
import Foundation
@testable import Graph
@testable import QuoteGraphCore
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names full of markup, quotes, backslashes, controls, bidi overrides and
/// 10,000 characters must not break any format, nor turn into markup.
@Suite struct HostileTextTests {
    let documents = [Fixtures.seed, Fixtures.hostile]
    var graph: CitationGraph { CitationGraph(documents: documents) }

    @Test(arguments: GraphFormat.allCases)
    func everyFormatRenders(format: GraphFormat) async throws {
        let data = try await renderGraph(of: documents, format: format, options: GraphOptions(edgeLabels: true))
        #expect(data.count > 100)
        Fixtures.keep(data, as: "hostile.\(format.rawValue)")
    }

    @Test func dotParsesInGraphviz() async throws {
        let dot = text(try await renderGraph(of: documents, format: .dot, options: GraphOptions(edgeLabels: true)))
        let plain = try await GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: .dot)
        #expect(!plain.isEmpty)
    }

    @Test func svgIsSafeToEmbed() async throws {
        let svg = text(try await renderGraph(of: documents, format: .svg, options: GraphOptions(edgeLabels: true)))
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("href=\""))
        #expect(!svg.contains("javascript:"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("مصدر من موسكو"))
        let document = try XMLDocument(data: Data(svg.utf8))
        let elements = try #require(document.rootElement()).allDescendants()
        let names = Set(elements.compactMap(\.name))
        #expect(names.isDisjoint(with: ["script", "a", "foreignObject", "iframe", "image"]))
        let attributes = elements.flatMap { $0.attributes ?? [] }.compactMap(\.name)
        #expect(!attributes.contains { $0.lowercased().hasPrefix("on") || $0.contains("href") || $0 == "evil" })
    }

    @Test func graphMLParsesBackWithAllNodesAndEdges() async throws {
        let data = try await renderGraph(of: documents, format: .graphml)
        let root = try #require(try XMLDocument(data: data).rootElement())
        let body = try #require(root.elements(forName: "graph").first)
        #expect(body.elements(forName: "node").count == graph.nodes.count)
        #expect(body.elements(forName: "edge").count == graph.edges.count)
        let labels = body.elements(forName: "node").compactMap { node in
            node.elements(forName: "data").first { $0.value(of: "key") == "n_label" }?.stringValue
        }
        #expect(labels.contains(Fixtures.scriptName) && labels.contains(Fixtures.breakout))
        #expect(labels.contains(Fixtures.longName))
    }

    @Test func gexfParsesBackWithAllNodesAndEdges() async throws {
        let data = try await renderGraph(of: documents, format: .gexf)
        let root = try #require(try XMLDocument(data: data).rootElement())
        let body = try #require(root.elements(forName: "graph").first)
        let nodes = body.elements(forName: "nodes").first?.elements(forName: "node") ?? []
        let edges = body.elements(forName: "edges").first?.elements(forName: "edge") ?? []
        #expect(nodes.count == graph.nodes.count && edges.count == graph.edges.count)
        #expect(nodes.contains { $0.value(of: "label") == Fixtures.breakout })
    }

    @Test func jsonParsesBackToTheSameGraph() async throws {
        let data = try await renderGraph(of: documents, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["nodes"] as? [Any])?.count == graph.nodes.count)
        #expect(try JSONDecoder().decode(CitationGraph.self, from: data) == graph)
        #expect(text(data).contains("\"label\" : \"مصدر من موسكو\""))
    }

    @Test func xmlDropsOnlyCharactersXMLForbids() {
        #expect(XMLText.clean("a\u{0}b\u{1}c\u{202E}d\n") == "abc\u{202E}d\n")
    }
}

extension XMLElement {
    /// An attribute's value (`attribute(forName:)` misses attributes of
    /// parsed elements in a default namespace on Linux Foundation).
    func value(of attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}

extension XMLNode {
    /// This node's elements, depth first.
    func allDescendants() -> [XMLElement] {
        (children ?? []).flatMap { child -> [XMLElement] in
            (child as? XMLElement).map { [$0] + $0.allDescendants() } ?? []
        }
    }
}
