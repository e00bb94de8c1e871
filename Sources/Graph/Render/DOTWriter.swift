import QuoteGraphCore
/// Writes a `CitationGraph` as DOT that a person can read and edit.
///
/// Node ids are the graph's synthetic ids (`"a1"`, `"s3"`), every id and
/// value is quoted, and all article text sits in `label`s cleaned by
/// `LabelText`: no URL, href, tooltip or id attribute carries it, so nothing
/// from an article can become markup or a link in the SVG. With several
/// articles, each gets a `cluster_aN` holding the article and the speakers
/// heard only there; speakers shared between articles sit outside. The
/// output depends only on the graph, so it can be compared with a golden file.
///
/// ```
/// digraph "quotegraph" {
///     graph [charset="UTF-8", fontname="Noto Sans Arabic,DejaVu Sans,sans-serif", layout="dot", …];
///     "a1" [label="موسكو تعلن مقتل «دواعش» …", shape="folder", …];
///     "s1" [label="مصدر من موسكو", shape="ellipse", style="filled,dashed", …];
///     "a1" -> "s1" [color="#4263EB", penwidth="3.4"];
/// }
/// ```
public struct DOTWriter: Sendable {
    /// One font list everywhere: pango takes the first installed font for
    /// PNG/PDF, and it is a valid CSS `font-family` in SVG.
    public static let fontname = "Noto Sans Arabic,DejaVu Sans,sans-serif"

    public var edgeLabels: Bool
    /// Ignored for engines that do not draw clusters (sfdp, neato, circo,
    /// twopi), where the legend's nodes would be scattered through the graph.
    public var legend: Bool
    /// nil: chosen from the graph's size (`LayoutPlan`).
    public var layout: LayoutEngine?

    public init(edgeLabels: Bool = false, legend: Bool = true, layout: LayoutEngine? = nil) {
        self.edgeLabels = edgeLabels
        self.legend = legend
        self.layout = layout
    }

    public func write(_ graph: CitationGraph) -> String {
        let plan = LayoutPlan(requested: layout, graph: graph)
        var lines = header(graph, plan: plan)
        lines += body(graph).map(indented)
        if legend, plan.drawsClusters { lines += [""] + Legend(graph: graph).lines().map(indented) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func indented(_ line: String) -> String { line.isEmpty ? line : "    " + line }

    private func header(_ graph: CitationGraph, plan: LayoutPlan) -> [String] {
        let counts = "\(graph.articles.count) articles, \(graph.speakers.count) speakers, \(graph.edges.count) edges"
        var attributes = DOTAttributes([("charset", "UTF-8"), ("fontname", Self.fontname),
                                        ("layout", plan.engine.rawValue), ("outputorder", "edgesfirst")])
        for (key, value) in plan.graphAttributes { attributes[key] = value }
        let node = DOTAttributes([("fontname", Self.fontname), ("fontsize", "11"), ("margin", "0.08,0.04")])
        let edge = DOTAttributes([("fontname", Self.fontname), ("fontsize", "9"), ("arrowsize", "0.7")])
        return ["// quotegraph: who cites whom (\(counts))",
                "digraph \"quotegraph\" {",
                "    graph \(attributes.rendered);",
                "    node \(node.rendered);",
                "    edge \(edge.rendered);"]
    }

    private func body(_ graph: CitationGraph) -> [String] {
        let clusters = ArticleClusters(graph)
        var lines: [String] = []
        for article in clusters.articles {
            lines += [""] + cluster(article, members: clusters.members(of: article))
        }
        let loose = clusters.unclustered.map(statement(for:))
        if !loose.isEmpty { lines += [""] + loose }
        if !graph.edges.isEmpty { lines += [""] + graph.edges.map(statement(for:)) }
        return lines
    }

    private func cluster(_ article: GraphNode, members: [GraphNode]) -> [String] {
        let style = DOTAttributes([("style", "rounded,filled"), ("fillcolor", "#F8F9FA"), ("color", "#CED4DA")])
        return ["subgraph \(DOTAttributes.quoted("cluster_" + article.id)) {", "    graph \(style.rendered);"]
            + members.map { indented(statement(for: $0)) } + ["}"]
    }

    private func statement(for node: GraphNode) -> String {
        var attributes = DOTAttributes([("label", GraphLabel.node(node))])
        for (key, value) in NodeStyle.of(node).attributes.pairs { attributes[key] = value }
        return "\(DOTAttributes.quoted(node.id)) \(attributes.rendered);"
    }

    private func statement(for edge: GraphEdge) -> String {
        var attributes = EdgeStyle.of(edge).attributes(weight: edge.weight)
        if edgeLabels { attributes["label"] = GraphLabel.edge(edge) }
        return "\(DOTAttributes.quoted(edge.source)) -> \(DOTAttributes.quoted(edge.target)) \(attributes.rendered);"
    }
}
