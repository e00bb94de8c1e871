import QuoteGraphCore
/// The attributes every XML format carries for nodes and edges, in a fixed
/// order, with their types: one table, so GraphML and GEXF cannot disagree.
/// Lists (aliases, documents, cues) are joined with " | ".
enum GraphAttributeTable {
    enum ValueType: String { case string, int }

    static let node: [(name: String, type: ValueType)] = [
        ("category", .string), ("kind", .string), ("anonymity", .string), ("role", .string),
        ("affiliation", .string), ("aliases", .string), ("documents", .string), ("entities", .string),
        ("statements", .int), ("outlet", .string), ("date", .string), ("url", .string),
    ]

    static let edge: [(name: String, type: ValueType)] = [
        ("kind", .string), ("weight", .int), ("direct", .int), ("indirect", .int), ("mixed", .int),
        ("negated", .int), ("cues", .string), ("role", .string), ("documents", .string),
        ("statements", .string),
    ]

    /// The node's values by attribute name; absent values are left out.
    static func values(of node: GraphNode) -> [String: String] {
        var values: [String: String?] = [
            "category": node.category.rawValue, "kind": node.kind?.rawValue,
            "anonymity": node.anonymity?.rawValue, "role": node.role, "affiliation": node.affiliation,
            "aliases": joined(node.aliases), "documents": joined(node.documents),
            "entities": joined(node.entities), "outlet": node.outlet, "date": node.date, "url": node.url,
        ]
        values["statements"] = node.category == .article ? nil : String(node.statements)
        return values.compactMapValues { $0 }
    }

    static func values(of edge: GraphEdge) -> [String: String] {
        let values: [String: String?] = [
            "kind": edge.kind.rawValue, "weight": String(edge.weight), "direct": String(edge.direct),
            "indirect": String(edge.indirect), "mixed": String(edge.mixed), "negated": String(edge.negated),
            "cues": joined(edge.cues), "role": edge.role, "documents": joined(edge.documents),
            "statements": joined(edge.statements),
        ]
        return values.compactMapValues { $0 }
    }

    private static func joined(_ list: [String]) -> String? {
        list.isEmpty ? nil : list.joined(separator: " | ")
    }
}
