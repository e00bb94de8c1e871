import QuoteGraphCore
/// Filters that keep large corpora readable.
extension CitationGraph {
    /// The graph reduced to its `n` most quoted speakers (by statements,
    /// refusals included; ties keep graph order), the articles, institutions
    /// and outlets attached to them, and the edges between what is left.
    public func keepingTopSpeakers(_ n: Int) -> CitationGraph {
        let top = Set(speakers.enumerated()
            .sorted { ($0.element.statements, -$0.offset) > ($1.element.statements, -$1.offset) }
            .prefix(max(0, n)).map(\.element.id))
        let attachments = Set(nodes.filter { $0.category != .speaker }.map(\.id))
        var kept = top
        for edge in edges {
            if top.contains(edge.source), attachments.contains(edge.target) { kept.insert(edge.target) }
            if top.contains(edge.target), attachments.contains(edge.source) { kept.insert(edge.source) }
        }
        return restricted(to: kept)
    }

    /// The graph without edges whose `evidence` is below `minimum`, and
    /// without the nodes that only those edges held.
    public func droppingEdges(lighterThan minimum: Int) -> CitationGraph {
        let heavy = edges.filter { $0.evidence >= minimum }
        guard heavy.count < edges.count else { return self }
        let touched = Set(heavy.flatMap { [$0.source, $0.target] })
        let wasTouched = Set(edges.flatMap { [$0.source, $0.target] })
        let kept = nodes.filter { touched.contains($0.id) || !wasTouched.contains($0.id) }
        return CitationGraph(nodes: kept, edges: heavy)
    }

    /// Both filters of `options`, top first.
    public func filtered(top: Int?, minWeight: Int) -> CitationGraph {
        let reduced = top.map { keepingTopSpeakers($0) } ?? self
        return reduced.droppingEdges(lighterThan: minWeight)
    }

    private func restricted(to ids: Set<String>) -> CitationGraph {
        CitationGraph(nodes: nodes.filter { ids.contains($0.id) },
                      edges: edges.filter { ids.contains($0.source) && ids.contains($0.target) })
    }
}
