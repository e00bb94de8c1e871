/// What an edge of a `CitationGraph` says.
///
/// From «وقال مصدر من موسكو لـ«الشرق الأوسط» إن …» and, inside it, «ما قاله
/// وزير الخارجية وليد المعلم»:
/// - `quotes`: article → «مصدر من موسكو» (the article reports him);
/// - `cites`: «مصدر من موسكو» → «وليد المعلم» (he relays the minister);
/// - `toldTo`: «مصدر من موسكو» → «الشرق الأوسط» (he said it to that outlet);
/// - `speaksFor`: «إيغر كوناشينكوف» → «وزارة الدفاع الروسية» (his affiliation).
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case quotes, cites, speaksFor, toldTo
}
