import Foundation
import QuoteGraphCore

/// The comparison drawn as a `CitationGraph`: one cluster per side (an
/// article node standing for the article or the outlet, with the speakers
/// heard only there), the shared speakers between the clusters, an edge from
/// each side to each speaker it quotes, weighted by statements.
///
/// Plain data: drawn by the graph command's own writers (`exportGraph` in
/// `Graph`, with `GraphOptions.sideBySide(_:)`), so shapes, colours and the
/// legend mean the same in both; `ArticleClusters` does the clustering.
public enum ComparisonGraph {
    public static func graph(of comparison: StoryComparison) -> CitationGraph {
        var nodes: [GraphNode] = []
        var edges: [GraphEdge] = []
        var sidesOf: [String: [String]] = [:]
        var statements: [String: Int] = [:]
        for (s, side) in comparison.sides.enumerated() {
            let key = "side\(s + 1)"
            let label = side.title.flatMap { $0.isEmpty ? nil : $0 } ?? side.name
            nodes.append(GraphNode(id: "a\(s + 1)", category: .article, label: label, documents: [key],
                                   outlet: side.outlet == label ? nil : side.outlet))
            for voice in side.voices {
                sidesOf[voice.speaker, default: []].append(key)
                statements[voice.speaker, default: 0] += voice.statements
                edges.append(GraphEdge(id: "e\(edges.count + 1)", source: "a\(s + 1)", target: voice.speaker,
                                       kind: .quotes, weight: voice.statements,
                                       documents: side.articles))
            }
        }
        for speaker in comparison.speakers where sidesOf[speaker.id] != nil {
            nodes.append(GraphNode(id: speaker.id, category: .speaker, label: speaker.name, kind: speaker.kind,
                                   anonymity: speaker.anonymity, role: speaker.role, affiliation: speaker.affiliation,
                                   aliases: speaker.forms.filter { $0 != speaker.name },
                                   documents: sidesOf[speaker.id]!, entities: speaker.entities,
                                   statements: statements[speaker.id] ?? 0))
        }
        return CitationGraph(nodes: nodes, edges: edges)
    }

}
