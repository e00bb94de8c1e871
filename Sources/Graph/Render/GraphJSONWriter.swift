import Foundation
import QuoteGraphCore

/// Writes a `CitationGraph` as JSON: `{"edges": […], "nodes": […]}` with
/// every field of `GraphNode` and `GraphEdge` (absent optionals left out),
/// keys sorted and indented, so the output is stable and diffable.
public struct GraphJSONWriter: Sendable {
    public init() {}

    public func write(_ graph: CitationGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(graph)
        data.append(0x0A)
        return data
    }
}
