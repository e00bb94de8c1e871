import Foundation
import QuoteGraphCore

/// The visual language for edges: colour and line by kind, thickness by weight.
///
/// - `quotes`: blue, solid; a refusal-only edge («لم يعلق») is grey, dotted,
///   with a `tee` head;
/// - `cites`: red, solid (the relay chains an audit follows);
/// - `speaksFor`: purple, dashed, hollow head;
/// - `toldTo`: green, dotted, `vee` head.
///
/// Pen width grows with the log of the weight: 1 for one statement, 2.5 for
/// two, 4 for four, at most 6.
struct EdgeStyle: Sendable, Hashable {
    var color: String
    var style: String
    var arrowhead: String

    static func of(_ edge: GraphEdge) -> EdgeStyle {
        switch edge.kind {
        case .quotes where edge.weight == 0: EdgeStyle(color: "#868E96", style: "dotted", arrowhead: "tee")
        case .quotes: EdgeStyle(color: "#4263EB", style: "solid", arrowhead: "normal")
        case .cites: EdgeStyle(color: "#C92A2A", style: "solid", arrowhead: "normal")
        case .speaksFor: EdgeStyle(color: "#7048E8", style: "dashed", arrowhead: "empty")
        case .toldTo: EdgeStyle(color: "#2B8A3E", style: "dotted", arrowhead: "vee")
        }
    }

    /// The line drawn in text for the legend: «━━▶», «╍╍▷», «┈┈▸», «┈┈┤».
    var sampleLine: String {
        let line = switch style {
        case "dashed": "╍╍"
        case "dotted": "┈┈"
        default: "━━"
        }
        let head = switch arrowhead {
        case "empty": "▷"
        case "vee": "▸"
        case "tee": "┤"
        default: "▶"
        }
        return line + head
    }

    static func penwidth(weight: Int) -> String {
        let width = min(6, 1 + 1.5 * log2(Double(max(1, weight))))
        return String(format: "%.1f", width)
    }

    func attributes(weight: Int) -> DOTAttributes {
        DOTAttributes([("color", color), ("style", style == "solid" ? nil : style),
                       ("arrowhead", arrowhead == "normal" ? nil : arrowhead),
                       ("penwidth", Self.penwidth(weight: weight))])
    }
}
