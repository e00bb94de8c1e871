import Foundation
import Attribution
import QuoteGraphCore

/// Output formats of `quotegraph graph`.
public enum GraphFormat: String, Sendable, CaseIterable {
    case dot, svg, png, pdf, graphml, gexf, json

    /// The format named by a file extension (`out.svg` → `.svg`), if any.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// The format to write `output` in: `given`, or the one its extension
    /// names; a `GraphError` saying what to do when neither tells.
    ///
    ///     try GraphFormat.resolved(nil, output: "out/samples.svg")   // .svg
    public static func resolved(_ given: GraphFormat?, output: String) throws(GraphError) -> GraphFormat {
        if let format = given ?? GraphFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) {
            return format
        }
        let choices = allCases.map(\.rawValue).joined(separator: ", ")
        throw GraphError(output == "-"
            ? "writing the graph to standard output needs --format (\(choices))"
            : "cannot tell the graph format from '\(output)': end it in .\(GraphFormat.svg.rawValue) or give --format (\(choices))")
    }

    /// The Graphviz device that renders this format, nil for formats written
    /// without Graphviz. PNG and PDF name cairo explicitly: the gd fallback
    /// draws Arabic unjoined and left to right, so failing is better.
    public var graphvizDevice: String? {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot, .graphml, .gexf, .json: nil
        }
    }
}

/// Graphviz layout engines the user may pick.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, sfdp, circo, fdp, twopi

    /// The engine called `name`, or an error listing the valid ones.
    public init(validating name: String) throws {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else {
            let valid = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw GraphError("unknown layout engine '\(LabelText.line(name, limit: 40))' (use one of: \(valid))")
        }
        self = engine
    }
}

/// What to draw and how: filters for large inputs and label options.
public struct GraphOptions: Sendable {
    /// Keep only the N speakers with most statements (nil: all).
    public var top: Int?
    /// Drop edges lighter than this (refusals count, see `GraphEdge.evidence`).
    public var minWeight: Int
    /// Edge labels with counts and cue verbs.
    public var edgeLabels: Bool
    /// nil: choose automatically from the graph's size (`LayoutPlan`).
    public var layout: LayoutEngine?
    /// Draw the key to shapes and colours (DOT, SVG, PNG, PDF).
    public var legend: Bool
    /// One node per outlet instead of one per article; nil: automatically
    /// when there are more than `GraphOptions.outletLimit` articles with
    /// outlets (20,000 article nodes make no picture).
    public var byOutlet: Bool?
    public static let outletLimit = 100

    /// `--top` and `--min-weight` below 1, as the message the command
    /// line shows.
    public func validate() throws(GraphError) {
        if let top, top < 1 {
            throw GraphError("--top must be at least 1, not \(top)")
        }
        if minWeight < 1 {
            throw GraphError("--min-weight must be at least 1, not \(minWeight)")
        }
    }

    public init(top: Int? = nil, minWeight: Int = 1, edgeLabels: Bool = false, layout: LayoutEngine? = nil,
                legend: Bool = true, byOutlet: Bool? = nil) {
        self.byOutlet = byOutlet
        self.top = top
        self.minWeight = minWeight
        self.edgeLabels = edgeLabels
        self.layout = layout
        self.legend = legend
    }
}

/// Errors from graph building and rendering; each is one line for the user.
public struct GraphError: UserFacingError, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Renders the quote graph of `documents` in `format`, entirely in memory.
/// A drawing keeps at most the speakers `GraphSizeLimit` allows; `note`
/// is told what was left out, one line each. People's names are compared
/// by `lexicon`, the one the documents were analysed with.
public func renderGraph(of documents: [AnalyzedDocument], format: GraphFormat,
                        options: GraphOptions = GraphOptions(), lexicon: Lexicon = .shared,
                        note: (String) -> Void = { _ in }) async throws -> Data {
    let byOutlet = options.byOutlet
        ?? (documents.count > GraphOptions.outletLimit && documents.contains { $0.outlet != nil })
    let (graph, notes) = try GraphSizeLimit.fit(CitationGraph(documents: documents, byOutlet: byOutlet, lexicon: lexicon),
                                                format: format, options: options)
    notes.forEach(note)
    return try await exportGraph(graph, format: format, options: options)
}

/// Writes an already built (and filtered) graph in `format`. `options.top`
/// and `options.minWeight` are not applied again here.
public func exportGraph(_ graph: CitationGraph, format: GraphFormat,
                        options: GraphOptions = GraphOptions()) async throws -> Data {
    switch format {
    case .graphml: return GraphMLWriter().write(graph)
    case .gexf: return GEXFWriter().write(graph)
    case .json: return try GraphJSONWriter().write(graph)
    case .dot, .svg, .png, .pdf: break
    }
    let writer = DOTWriter(edgeLabels: options.edgeLabels, legend: options.legend, layout: options.layout)
    let dot = writer.write(graph)
    guard format != .dot else { return Data(dot.utf8) }
    let plan = LayoutPlan(requested: options.layout, graph: graph)
    let drawn = options.legend && !plan.drawsClusters
        ? try await GraphvizRenderer.shared.render(dot: dot, legend: Legend(graph: graph), format: format,
                                                   engine: plan.engine)
        : try await GraphvizRenderer.shared.render(dot: dot, format: format, engine: plan.engine)
    return format == .svg ? SVGTextDirection.apply(to: drawn) : drawn
}

extension GraphOptions {
    /// How a graph of sides drawn next to each other is laid out (one
    /// cluster per article or outlet, as `compare --format svg` draws it):
    /// with `dot` up to 400 nodes, by size beyond, with the legend.
    ///
    ///     exportGraph(graph, format: .svg, options: .sideBySide(graph))
    public static func sideBySide(_ graph: CitationGraph) -> GraphOptions {
        GraphOptions(layout: graph.nodes.count <= 400 ? .dot : nil, legend: true)
    }
}
