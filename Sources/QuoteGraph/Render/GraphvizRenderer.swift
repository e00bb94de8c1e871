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
        guard let device = format.graphvizDevice else {
            throw GraphError("\(format.rawValue) is not a Graphviz output format")
        }
        _ = GraphvizMessages.shared.drain()
        guard let graph = agmemread(dot) else {
            throw failure("Graphviz could not read the DOT text")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw failure("Graphviz layout \(engine.rawValue) failed")
        }
        defer { gvFreeLayout(context, graph) }
        let data = try renderData(graph, device: device)
        lastWarnings = GraphvizMessages.shared.drain()
        return data
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
