import QuoteGraphCore
/// Which Graphviz engine lays the graph out, and the graph attributes that
/// keep it fast.
///
/// `dot` draws the clearest citation chains but its network simplex explodes
/// on large graphs (500 random nodes: about three minutes), so without an
/// explicit choice graphs above `automaticLimit` nodes go to `sfdp`
/// (5,000 nodes in about a second). An explicit `dot` on a big graph gets
/// `nslimit`, `mclimit` and straight edges, which bring 500 nodes to about a
/// second. `dot` runs right to left: the article sits on the right and the
/// chain of sources reads leftwards, in the direction of Arabic text.
public struct LayoutPlan: Sendable {
    public static let automaticLimit = 150

    public var engine: LayoutEngine
    /// Extra `graph [...]` attributes for this engine and size.
    var graphAttributes: [(String, String)] {
        switch engine {
        case .dot: dotAttributes
        // Routed splines cost a shortest-path search per edge among all
        // nodes (Graphviz's `wind`/`intersect`: minutes on the bench corpus);
        // large graphs get straight edges.
        case .neato, .fdp, .sfdp:
            [("overlap", "prism"), ("sep", "+8"), ("splines", nodeCount > Self.automaticLimit ? "line" : "true")]
        case .circo, .twopi: [("overlap", "false")]
        }
    }
    let nodeCount: Int

    /// Only `dot` and `fdp` keep cluster members (and the legend) together.
    var drawsClusters: Bool { engine == .dot || engine == .fdp }

    /// `requested`, or the automatic choice for `nodeCount` nodes.
    public init(requested: LayoutEngine?, nodeCount: Int) {
        self.engine = requested ?? (nodeCount > Self.automaticLimit ? .sfdp : .dot)
        self.nodeCount = nodeCount
    }

    /// Most speakers an article (or outlet) node may have for `dot` to be
    /// the automatic choice above `starLimit` nodes: `dot` puts every
    /// speaker of one article in one rank, so one outlet with its 100
    /// speakers quoted most became a column 7,582 pixels tall.
    public static let speakersPerArticle = 8
    public static let starLimit = 60

    /// `requested`, or the automatic choice for `graph`: as for its node
    /// count, but `twopi` for a star (few articles, many speakers): it
    /// puts the articles in the middle and their speakers around them, in
    /// a second on 131 nodes where `sfdp` and `neato` route their curved
    /// edges for half a minute.
    public init(requested: LayoutEngine?, graph: CitationGraph) {
        self.init(requested: requested, nodeCount: graph.nodes.count)
        if requested == nil, engine == .dot, nodeCount > Self.starLimit,
           graph.speakers.count > Self.speakersPerArticle * max(1, graph.articles.count) {
            engine = .twopi
        }
    }

    private var dotAttributes: [(String, String)] {
        var attributes = [("rankdir", "RL"), ("nodesep", "0.25"), ("ranksep", "0.5")]
        if nodeCount > Self.automaticLimit {
            attributes += [("nslimit", "1"), ("mclimit", "0.1"), ("splines", "line")]
        } else if nodeCount > 60 {
            attributes += [("nslimit", "2"), ("mclimit", "0.5")]
        }
        return attributes
    }
}
