/// Why a node is in the graph.
///
/// Articles and speakers come straight from the analysed documents. The other
/// two exist only because a speaker points at them: «إيغر كوناشينكوف» speaks
/// for «وزارة الدفاع الروسية» (an `institution` node, unless the ministry also
/// speaks itself, in which case the edge goes to its speaker node), and «مصدر
/// من موسكو» spoke to «الشرق الأوسط» (an `outlet` node).
public enum NodeCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// One analysed document.
    case article
    /// An entity that makes at least one statement.
    case speaker
    /// An institution named only as a speaker's affiliation.
    case institution
    /// A medium named only as the recipient of a statement.
    case outlet
}
