import CGraphviz
import Foundation

/// The one door to libgvc: parses DOT, lays it out and renders SVG, PNG or
/// PDF in memory, without starting a `dot` process.
///
/// Graphviz is not thread-safe, not even with one context per thread (its
/// parser, error buffers and pango font map are global), and Swift Testing
/// runs tests in parallel. So every Graphviz call in the process, frees
/// included, runs inside this actor's single `shared` instance; there is no
/// public initialiser, and the context lives as long as the process.
///
/// ```swift
/// let svg = try await GraphvizRenderer.shared.render(dot: text, format: .svg, engine: .dot)
/// ```
public actor GraphvizRenderer {
    public static let shared = GraphvizRenderer()

    /// `GVC_t *`, created once (loading plugins and fontconfig costs ~10 ms).
    private let context: OpaquePointer
    /// Warnings Graphviz gave during the last successful render, on one line.
    public private(set) var lastWarnings = ""

    private init() {
        _ = agseterrf(collectGraphvizMessage)
        context = gvContext()
    }

    /// Lays out `dot` with `engine` and renders it as `format` (svg, png or
    /// pdf; png and pdf through cairo and pango, which shape Arabic).
    public func render(dot: String, format: GraphFormat, engine: LayoutEngine) throws -> Data {
        try render(dot: dot, format: format, layout: engine.rawValue)
    }

    /// Lays out `dot` with a force `engine`, then draws `legend` pinned in
    /// a column to the right of the finished layout, and renders both:
    /// the layout is written out as DOT with positions, the legend's nodes
    /// are added with fixed `pos`, and `nop2` (`neato -n2`) draws it all
    /// where it stands. Force engines scatter a legend cluster's nodes, so
    /// they cannot lay it out themselves.
    func render(dot: String, legend: Legend, format: GraphFormat, engine: LayoutEngine) throws -> Data {
        let laidOut = try layoutAsDOT(dot, engine: engine)
        guard let bb = Self.boundingBox(in: laidOut) else {
            return try render(dot: dot, format: format, engine: engine)
        }
        let (lines, bottom) = legend.pinnedLines(x: bb.urx + Legend.pinnedWidth / 2 + 10, top: bb.ury - 12)
        guard !lines.isEmpty, let close = laidOut.range(of: "}", options: .backwards) else {
            return try render(dot: dot, format: format, engine: engine)
        }
        let box = "\(Int(bb.llx)),\(Int(min(bb.lly, bottom))),\(Int(bb.urx + Legend.pinnedWidth + 40)),\(Int(bb.ury))"
        // Force engines do not lay out clusters: drawn now, each would be a
        // box over the whole graph.
        var combined = laidOut[..<close.lowerBound]
            .replacingOccurrences(of: "bb=\"\(bb.text)\"", with: "bb=\"\(box)\"")
            .replacingOccurrences(of: "subgraph cluster_", with: "subgraph group_")
        // gvLayout takes the engine from the graph's `layout` attribute
        // when there is one: the laid-out text still says sfdp.
        combined += (["graph [layout=\"nop2\"];"] + lines).map { "\t" + $0 }.joined(separator: "\n") + "\n}\n"
        return try render(dot: combined, format: format, layout: "nop2")
    }

    /// `dot` laid out by `engine`, written back as DOT with `pos` and `bb`.
    private func layoutAsDOT(_ dot: String, engine: LayoutEngine) throws -> String {
        String(decoding: try laidOut(dot, layout: engine.rawValue, device: "dot"), as: UTF8.self)
    }

    /// The root graph's `bb="llx,lly,urx,ury"` in laid-out DOT.
    static func boundingBox(in dot: String) -> (text: String, llx: Double, lly: Double, urx: Double, ury: Double)? {
        guard let start = dot.range(of: "bb=\"") else { return nil }
        guard let end = dot[start.upperBound...].firstIndex(of: "\"") else { return nil }
        let text = String(dot[start.upperBound..<end])
        let numbers = text.split(separator: ",").compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return (text, numbers[0], numbers[1], numbers[2], numbers[3])
    }

    /// `render(dot:format:engine:)` with any layout plugin by name (`nop2`).
    private func render(dot: String, format: GraphFormat, layout: String) throws -> Data {
        guard let device = format.graphvizDevice else {
            throw GraphError("\(format.rawValue) is not a Graphviz output format")
        }
        let data = try laidOut(dot, layout: layout, device: device)
        lastWarnings = GraphvizMessages.shared.drain()
        return data
    }

    /// The one path through Graphviz: read `dot`, lay it out with the
    /// `layout` plugin, render it on `device`.
    private func laidOut(_ dot: String, layout: String, device: String) throws -> Data {
        _ = GraphvizMessages.shared.drain()
        guard let graph = agmemread(dot) else {
            throw failure("Graphviz could not read the DOT text")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, layout) == 0 else {
            throw failure("Graphviz layout \(layout) failed")
        }
        defer { gvFreeLayout(context, graph) }
        return try renderData(graph, device: device)
    }

    private func renderData(_ graph: UnsafeMutablePointer<Agraph_t>, device: String) throws -> Data {
        var bytes: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        guard qg_render_data(context, graph, device, &bytes, &length) == 0, let bytes else {
            throw failure("Graphviz could not render \(device)")
        }
        defer { gvFreeRenderData(bytes) }
        return Data(bytes: bytes, count: length)
    }

    /// The layout engines this Graphviz installation provides.
    public func availableLayouts() -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, "layout", &count, nil) else { return [] }
        defer { free(list) }
        return (0..<Int(count)).compactMap { i in
            guard let name = list[i] else { return nil }
            defer { free(name) }
            return String(cString: name)
        }
    }

    /// A one-line error with whatever Graphviz said.
    private func failure(_ what: String) -> GraphError {
        let said = GraphvizMessages.shared.drain()
        return GraphError(said.isEmpty ? what : "\(what): \(said)")
    }
}
