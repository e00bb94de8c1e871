#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import QuoteGraphCore

/// Writes a `CitationGraph` as GraphML (for yEd, Gephi, networkx, igraph).
///
/// Built as an `XMLDocument`, so names full of `<`, `&` and quotes are
/// escaped by construction. Keys are declared once (`n_…` for nodes, `e_…`
/// for edges, from `GraphAttributeTable`), plus `n_label`.
public struct GraphMLWriter: Sendable {
    public init() {}

    public func write(_ graph: CitationGraph) -> Data {
        let body = XMLText.element("graph", [("id", "quotegraph"), ("edgedefault", "directed")],
                                   children: graph.nodes.map(node) + graph.edges.map(edge))
        let root = XMLText.element("graphml", [("xmlns", "http://graphml.graphdrawing.org/xmlns")],
                                   children: keys() + [body])
        return XMLText.data(root: root)
    }

    private func keys() -> [XMLNode] {
        let label = key(id: "n_label", for: "node", name: "label", type: .string)
        return [label] + GraphAttributeTable.node.map { key(id: "n_" + $0.name, for: "node", name: $0.name, type: $0.type) }
            + GraphAttributeTable.edge.map { key(id: "e_" + $0.name, for: "edge", name: $0.name, type: $0.type) }
    }

    private func key(id: String, for domain: String, name: String, type: GraphAttributeTable.ValueType) -> XMLNode {
        XMLText.element("key", [("id", id), ("for", domain), ("attr.name", name), ("attr.type", type.rawValue)])
    }

    private func node(_ node: GraphNode) -> XMLNode {
        let values = GraphAttributeTable.values(of: node)
        let data = [XMLText.element("data", [("key", "n_label")], text: node.label)]
            + GraphAttributeTable.node.compactMap { attribute in
                values[attribute.name].map { XMLText.element("data", [("key", "n_" + attribute.name)], text: $0) }
            }
        return XMLText.element("node", [("id", node.id)], children: data)
    }

    private func edge(_ edge: GraphEdge) -> XMLNode {
        let values = GraphAttributeTable.values(of: edge)
        let data = GraphAttributeTable.edge.compactMap { attribute in
            values[attribute.name].map { XMLText.element("data", [("key", "e_" + attribute.name)], text: $0) }
        }
        return XMLText.element("edge", [("id", edge.id), ("source", edge.source), ("target", edge.target)],
                               children: data)
    }
}
