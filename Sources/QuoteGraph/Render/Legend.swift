import Attribution

/// The key to the visual language, drawn as a small `cluster_legend` of plain
/// nodes (no HTML labels, which leak in Graphviz 2.42): one sample node per
/// node style and one coloured line sample per edge kind that the graph
/// actually uses. With no edges between them, `dot` stacks the entries in one
/// column.
struct Legend {
    let graph: CitationGraph

    /// DOT lines for the legend cluster, or none for an empty graph.
    func lines() -> [String] {
        let entries = nodeEntries() + edgeEntries()
        guard !entries.isEmpty else { return [] }
        let header = DOTAttributes([("label", "legend"), ("fontsize", "10"), ("style", "rounded"),
                                    ("color", "#ADB5BD"), ("fontcolor", "#495057")])
        let defaults = DOTAttributes([("fontsize", "9"), ("height", "0.3")])
        return ["subgraph \"cluster_legend\" {", "    graph \(header.rendered);", "    node \(defaults.rendered);"]
            + entries.map { "    " + $0 } + ["}"]
    }

    private func nodeEntries() -> [String] {
        var samples: [(String, NodeStyle)] = []
        if graph.nodes.contains(where: { $0.category == .article }) { samples.append(("article", .article)) }
        let kinds = Set(graph.nodes.filter { $0.category != .article && !$0.isHidden }.compactMap(\.kind))
        for kind in EntityKind.allCases where kinds.contains(kind) {
            samples.append((kind.rawValue, .speaker(kind: kind, anonymity: .named)))
        }
        for anonymity in [Anonymity.anonymous, .vague] where graph.nodes.contains(where: { $0.anonymity == anonymity }) {
            samples.append((anonymity.rawValue, .speaker(kind: .unspecified, anonymity: anonymity)))
        }
        return samples.map { name, style in
            var attributes = style.attributes
            attributes["label"] = name
            return "\"legend_\(name)\" \(attributes.rendered);"
        }
    }

    /// Edge kinds as coloured text samples («━━▶ quotes»): real sample edges
    /// would span the graph's rank gaps and dwarf the graph.
    private func edgeEntries() -> [String] {
        var samples: [(String, String, EdgeStyle)] = EdgeKind.allCases.compactMap { kind in
            guard let edge = graph.edges.first(where: { $0.kind == kind && ($0.weight > 0 || kind != .quotes) })
            else { return nil }
            return (kind.rawValue, kind.rawValue, EdgeStyle.of(edge))
        }
        if let refusal = graph.edges.first(where: { $0.kind == .quotes && $0.weight == 0 }) {
            samples.append(("refused", "quotes, refused only", EdgeStyle.of(refusal)))
        }
        return samples.map { name, text, style in
            let attributes = DOTAttributes([("label", "\(style.sampleLine) \(text)"), ("shape", "plaintext"),
                                            ("style", "solid"), ("fontcolor", style.color)])
            return "\"legend_\(name)\" \(attributes.rendered);"
        }
    }
}
