import Attribution
import QuoteGraphCore

/// The key to the visual language, drawn as a small `cluster_legend` of plain
/// nodes (no HTML labels, which leak in Graphviz 2.42): one sample node per
/// node style and one coloured line sample per edge kind that the graph
/// actually uses. With no edges between them, `dot` stacks the entries in one
/// column. Force layouts (sfdp, neato, circo, twopi) would scatter a
/// cluster's nodes through the graph, so there the entries are pinned in a
/// column beside the finished layout instead (`pinnedLines`, drawn by
/// `GraphvizRenderer.render(dot:legend:…)`).
struct Legend: Sendable {
    let graph: CitationGraph

    /// DOT lines for the legend cluster, or none for an empty graph.
    func lines() -> [String] {
        let entries = (nodeEntries() + edgeEntries()).map { "\(DOTAttributes.quoted($0.0)) \($0.1.rendered);" }
        guard !entries.isEmpty else { return [] }
        let header = DOTAttributes([("label", "legend"), ("fontsize", "10"), ("style", "rounded"),
                                    ("color", "#ADB5BD"), ("fontcolor", "#495057")])
        let defaults = DOTAttributes([("fontsize", "9"), ("height", "0.3")])
        return ["subgraph \"cluster_legend\" {", "    graph \(header.rendered);", "    node \(defaults.rendered);"]
            + entries.map { "    " + $0 } + ["}"]
    }

    /// The entries as nodes pinned at `pos` (points, as in a laid-out
    /// graph), one under the other from `top`, centred on `x`, under a
    /// «legend» title: for `neato -n2`, which draws nodes where they are.
    /// Returns the lines and the lowest y used.
    func pinnedLines(x: Double, top: Double) -> (lines: [String], bottom: Double) {
        let entries = nodeEntries() + edgeEntries()
        guard !entries.isEmpty else { return ([], top) }
        let title = DOTAttributes([("label", "legend"), ("shape", "plaintext"), ("fontsize", "10"),
                                   ("fontcolor", "#495057")])
        var y = top
        var lines: [String] = []
        for (name, attributes) in [("legend_title", title)] + entries {
            var pinned = attributes
            pinned["fontsize"] = pinned["fontsize"] ?? "9"
            pinned["height"] = "0.3"
            pinned["width"] = "1.3"
            pinned["fixedsize"] = "true"
            pinned["pos"] = "\(Int(x)),\(Int(y))!"
            lines.append("\(DOTAttributes.quoted(name)) \(pinned.rendered);")
            y -= 26
        }
        return (lines, y)
    }

    /// Width the pinned column takes, in points (1.3 inches and a margin).
    static let pinnedWidth = 110.0

    private func nodeEntries() -> [(String, DOTAttributes)] {
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
            return ("legend_\(name)", attributes)
        }
    }

    /// Edge kinds as coloured text samples («━━▶ quotes»): real sample edges
    /// would span the graph's rank gaps and dwarf the graph.
    private func edgeEntries() -> [(String, DOTAttributes)] {
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
            return ("legend_\(name)", attributes)
        }
    }
}
