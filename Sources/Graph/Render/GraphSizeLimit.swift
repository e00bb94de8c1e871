import QuoteGraphCore
/// How many speakers a drawn graph shows, one rule for the default and for
/// the ceiling.
///
/// A picture of 1,619 speakers (300 articles) is a 20 MB PNG nobody can
/// read, and the 34,218 of the bench corpus keep `sfdp` busy for minutes.
/// So a drawing (SVG, PNG, PDF, or DOT for Graphviz) keeps the
/// `defaultTop` speakers quoted most unless `--top` says otherwise, and
/// says so on standard error. Whatever `--top` asks, the drawing stays
/// under the number of nodes its layout engine lays out in seconds
/// (`nodeLimit(for:)`), and a PNG or PDF under `rasterNodeLimit`: with the
/// automatic engine the graph is cut further, with a note; an engine the
/// user named that cannot finish at that size is refused, with the
/// alternatives. Data formats (JSON, GraphML, GEXF) are never cut: they
/// are written in a second, and Gephi lays out what Graphviz cannot.
///
///     let fit = try GraphSizeLimit.fit(graph, format: .svg, options: GraphOptions())
///     fit.graph.speakers.count   // at most 100
///     fit.notes                  // ["drawing the 100 speakers quoted most of 1,619; …"]
public enum GraphSizeLimit {
    /// Speakers drawn when `--top` is not given.
    public static let defaultTop = 100

    /// Nodes each engine lays out in seconds rather than minutes. Measured
    /// on the bench corpus on the 2-core team machine under a load of 9
    /// (release build; the analysis, 25 s, subtracted): `--top 300` (595
    /// nodes) took about 15 s with `dot` and 10 s with `neato`; `sfdp` took
    /// about 80 s on 3,000 nodes, and 223 s on the 34,218 of the whole
    /// corpus (issue #17). `dot`'s network simplex and the spring models of
    /// `neato` and `fdp` grow much faster than the multilevel `sfdp`. The
    /// `circo` and `twopi` figures were not measured at their limits.
    public static func nodeLimit(for engine: LayoutEngine) -> Int {
        switch engine {
        case .dot: 600
        case .neato, .fdp: 600
        case .circo: 1_000
        case .twopi: 2_000
        case .sfdp: 2_000
        }
    }

    /// Nodes a PNG or PDF holds before its page runs to hundreds of
    /// megabytes (cairo draws the whole page in memory).
    public static let rasterNodeLimit = 1_500

    /// The graph to draw, cut from `full` (built, not yet filtered), and
    /// the notes that say what was left out.
    public static func fit(_ full: CitationGraph, format: GraphFormat,
                           options: GraphOptions) throws(GraphError) -> (graph: CitationGraph, notes: [String]) {
        guard format.isDrawing else {
            return (full.filtered(top: options.top, minWeight: options.minWeight), [])
        }
        let speakers = full.speakers.count
        var top = options.top ?? defaultTop
        var graph = full.filtered(top: top, minWeight: options.minWeight)
        var notes: [String] = []
        if options.top == nil, speakers > defaultTop {
            notes.append("drawing the \(defaultTop) speakers quoted most of \(count(speakers)) "
                         + "(--top N to choose; --format gexf or graphml keeps them all)")
        }
        guard format != .dot else { return (graph, notes) }
        let engine = LayoutPlan(requested: options.layout, graph: graph).engine
        let raster = format == .png || format == .pdf
        let limit = raster ? min(nodeLimit(for: engine), rasterNodeLimit) : nodeLimit(for: engine)
        guard graph.nodes.count > limit else { return (graph, notes) }
        if let requested = options.layout, requested != .sfdp, nodeLimit(for: requested) < graph.nodes.count {
            throw GraphError("--layout \(requested.rawValue) cannot lay out \(count(graph.nodes.count)) nodes in "
                             + "reasonable time (at most \(count(nodeLimit(for: requested)))): use --layout sfdp, "
                             + "a smaller --top, or --format gexf for Gephi")
        }
        // The largest top that fits: nodes grow with top (attachments too).
        var (low, high) = (1, min(top, speakers))
        while low < high {
            let middle = (low + high + 1) / 2
            if full.filtered(top: middle, minWeight: options.minWeight).nodes.count <= limit {
                low = middle
            } else {
                high = middle - 1
            }
        }
        let nodes = graph.nodes.count
        top = low
        graph = full.filtered(top: top, minWeight: options.minWeight)
        guard graph.nodes.count <= limit else {
            // The articles alone are too many (a directory of files without
            // outlets: one node each).
            throw GraphError("cannot draw \(count(full.articles.count)) articles in one \(format.rawValue.uppercased()): "
                             + "\(count(graph.nodes.count)) nodes with only the speaker quoted most, more than "
                             + "\(count(limit)); give fewer articles, a .jsonl corpus with outlets (one node per "
                             + "outlet), or --format gexf for Gephi")
        }
        let what = raster && limit == rasterNodeLimit ? "a \(format.rawValue.uppercased()) holds"
                                                       : "\(engine.rawValue) lays out in seconds"
        notes.append("cut to the \(count(top)) speakers quoted most (\(count(graph.nodes.count)) nodes): "
                     + "\(count(nodes)) nodes is more than \(what) (at most \(count(limit)))")
        return (graph, notes)
    }

    /// 1619 → "1,619".
    static func count(_ n: Int) -> String {
        var digits = String(n.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(Substring(digits), at: 0)
        return (n < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}

extension GraphFormat {
    /// Formats that are a picture (or DOT, a picture's source).
    var isDrawing: Bool {
        switch self {
        case .dot, .svg, .png, .pdf: true
        case .graphml, .gexf, .json: false
        }
    }
}
