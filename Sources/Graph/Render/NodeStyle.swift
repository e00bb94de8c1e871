import Attribution
import QuoteGraphCore

/// The visual language for nodes: shape says what kind of speaker it is,
/// colour says how well identified.
///
/// | node | shape | fill |
/// |---|---|---|
/// | article | folder | white |
/// | person | ellipse | blue |
/// | institution | rounded box | lavender |
/// | place (a capital for its government: «موسكو») | hexagon | green |
/// | media | note | yellow |
/// | group («شهود عيان») | octagon | pink |
/// | unspecified | egg | light grey |
/// | **anonymous** («مصدر من موسكو») | same shape, thick dashed border | **orange** |
/// | **vague** («قيل», «تقارير») | same shape, thick dashed border | **grey** |
///
/// Institutions and outlets that only appear as an affiliation or recipient
/// get the same shape in a paler fill: they are pointed at, not heard.
struct NodeStyle: Sendable, Hashable {
    var shape: String
    var fill: String
    var border: String
    var style: String = "filled"
    var penwidth: String = "1"

    var attributes: DOTAttributes {
        DOTAttributes([("shape", shape), ("style", style), ("fillcolor", fill),
                       ("color", border), ("penwidth", penwidth == "1" ? nil : penwidth)])
    }

    static let article = NodeStyle(shape: "folder", fill: "#FFFFFF", border: "#495057", penwidth: "1.5")

    static func of(_ node: GraphNode) -> NodeStyle {
        switch node.category {
        case .article: return article
        case .speaker: return speaker(kind: node.kind ?? .unspecified, anonymity: node.anonymity ?? .named)
        case .institution, .outlet: return pointedAt(kind: node.kind ?? .institution)
        }
    }

    static func speaker(kind: EntityKind, anonymity: Anonymity) -> NodeStyle {
        var style = named(kind)
        switch anonymity {
        case .named, .role: break
        case .anonymous: style.flag(fill: "#FFD8A8", border: "#E8590C")
        case .vague: style.flag(fill: "#DEE2E6", border: "#495057")
        }
        return style
    }

    private static func named(_ kind: EntityKind) -> NodeStyle {
        switch kind {
        case .person: NodeStyle(shape: "ellipse", fill: "#D0EBFF", border: "#1C7ED6")
        case .institution: NodeStyle(shape: "box", fill: "#E5DBFF", border: "#7048E8", style: "rounded,filled")
        case .place: NodeStyle(shape: "hexagon", fill: "#D3F9D8", border: "#2F9E44")
        case .media: NodeStyle(shape: "note", fill: "#FFF3BF", border: "#E67700")
        case .group: NodeStyle(shape: "octagon", fill: "#FFDEEB", border: "#C2255C")
        case .unspecified: NodeStyle(shape: "egg", fill: "#F1F3F5", border: "#868E96")
        }
    }

    private static func pointedAt(kind: EntityKind) -> NodeStyle {
        var style = named(kind)
        style.fill = kind == .media ? "#FFF9DB" : "#F3F0FF"
        return style
    }

    /// The auditor's mark: dashed, thick, loud fill.
    private mutating func flag(fill: String, border: String) {
        self.fill = fill
        self.border = border
        style += ",dashed"
        penwidth = "2.5"
    }
}
