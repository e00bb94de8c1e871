#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import QuoteGraphCore

/// Writes a `CitationGraph` as GEXF 1.3 (Gephi's format).
///
/// Built as an `XMLDocument`, so escaping is by construction. Node labels are
/// the names; the edge label is the edge kind and the GEXF `weight` its
/// weight; everything else is in `attvalues` declared from
/// `GraphAttributeTable`.
public struct GEXFWriter: Sendable {
    public init() {}

    public func write(_ graph: CitationGraph) -> Data {
        let meta = XMLText.element("meta", children: [
            XMLText.element("creator", text: "quotegraph"),
            XMLText.element("description", text: "who cites whom in Arabic news"),
        ])
        let body = XMLText.element("graph", [("defaultedgetype", "directed"), ("mode", "static")], children: [
            declarations("node", GraphAttributeTable.node), declarations("edge", GraphAttributeTable.edge),
            XMLText.element("nodes", children: graph.nodes.map(node)),
            XMLText.element("edges", children: graph.edges.map(edge)),
        ])
        let root = XMLText.element("gexf", [("xmlns", "http://gexf.net/1.3"), ("version", "1.3")],
                                   children: [meta, body])
        return XMLText.data(root: root)
    }

    private func declarations(_ domain: String, _ table: [(name: String, type: GraphAttributeTable.ValueType)]) -> XMLNode {
        XMLText.element("attributes", [("class", domain)], children: table.map {
            XMLText.element("attribute", [("id", $0.name), ("title", $0.name), ("type", $0.type.rawValue == "int" ? "integer" : "string")])
        })
    }

    private func attvalues(_ values: [String: String], _ table: [(name: String, type: GraphAttributeTable.ValueType)]) -> XMLNode {
        XMLText.element("attvalues", children: table.compactMap { attribute in
            values[attribute.name].map { XMLText.element("attvalue", [("for", attribute.name), ("value", $0)]) }
        })
    }

    private func node(_ node: GraphNode) -> XMLNode {
        XMLText.element("node", [("id", node.id), ("label", node.label)],
                        children: [attvalues(GraphAttributeTable.values(of: node), GraphAttributeTable.node)])
    }

    private func edge(_ edge: GraphEdge) -> XMLNode {
        XMLText.element("edge", [("id", edge.id), ("source", edge.source), ("target", edge.target),
                                 ("label", edge.kind.rawValue), ("weight", String(edge.weight))],
                        children: [attvalues(GraphAttributeTable.values(of: edge), GraphAttributeTable.edge)])
    }
}
