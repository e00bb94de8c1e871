import QuoteGraphCore
/// The text shown on nodes and edges; each line passes through `LabelText`.
///
/// - a speaker: its name, then its role when it has a real name
///   («إيغر كوناشينكوف» / «المتحدث الرسمي»);
/// - an article: its title, outlet and date, each on its own line (an
///   outlet node standing for its articles: the outlet once; pango
///   lays each line out separately, and a date inside an Arabic line comes
///   out reversed: «09-10-2017»);
/// - an edge (with `edgeLabels`): the counts by form («2 direct, 1
///   indirect, 1 refused»), then up to three cue lemmas («قال، أكد»); a
///   `speaksFor` edge shows the role instead.
enum GraphLabel {
    static func node(_ node: GraphNode) -> String {
        lines(of: node).map { LabelText.line($0) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func edge(_ edge: GraphEdge) -> String? {
        let lines: [String]
        if edge.kind == .speaksFor {
            lines = [edge.role].compactMap { $0 }
        } else {
            lines = [counts(of: edge), edge.cues.prefix(3).joined(separator: "، ")]
        }
        let text = lines.map { LabelText.line($0, limit: 40) }.filter { !$0.isEmpty }
        return text.isEmpty ? nil : text.joined(separator: "\n")
    }

    private static func lines(of node: GraphNode) -> [String] {
        switch node.category {
        case .article:
            // An outlet node (large corpora) is labelled with its outlet already.
            let outlet = node.outlet == node.label ? nil : node.outlet
            return [node.label, outlet, node.date].compactMap { $0 }
        case .speaker where node.anonymity == .named:
            return [node.label, node.role].compactMap { $0 }
        case .speaker, .institution, .outlet:
            return [node.label]
        }
    }

    private static func counts(of edge: GraphEdge) -> String {
        let parts: [(Int, String)] = [(edge.direct, "direct"), (edge.indirect, "indirect"),
                                      (edge.mixed, "mixed"), (edge.negated, "refused")]
        return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
