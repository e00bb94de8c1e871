import Attribution

/// Who cites whom across one or many analysed articles.
///
/// Built with `CitationGraph(documents:)`: one `article` node per document,
/// one `speaker` node per speaker (merged across articles by
/// `SpeakerMerger`), and `quotes`, `cites`, `speaksFor` and `toldTo` edges
/// (see `EdgeKind`). Node and edge order depends only on the input order, so
/// every writer's output is deterministic and can be compared with a golden
/// file.
public struct CitationGraph: Sendable, Hashable, Codable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes
        self.edges = edges
    }

    public func node(_ id: String) -> GraphNode? { nodes.first { $0.id == id } }

    public var articles: [GraphNode] { nodes.filter { $0.category == .article } }
    public var speakers: [GraphNode] { nodes.filter { $0.category == .speaker } }

    /// The edges of one kind, in graph order.
    public func edges(_ kind: EdgeKind) -> [GraphEdge] { edges.filter { $0.kind == kind } }

    /// The node a label names, if exactly one does (convenient in tests and scripts).
    public func node(labelled label: String) -> GraphNode? {
        let found = nodes.filter { $0.label == label }
        return found.count == 1 ? found[0] : nil
    }
}
