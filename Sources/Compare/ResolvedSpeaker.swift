import Attribution

/// One speaker across the compared articles, however each wrote it.
///
/// Built by `SpeakerResolution` with the graph's `SpeakerMerger`, so that
/// `compare` and `graph` agree on who is who. `forms` keeps every way the
/// articles wrote the speaker — names and mentions, as written — so that a
/// reader can check a merge («إيغر كوناشينكوف», «الجنرال إيغور كوناشنكوف،
/// المتحدث باسم وزارة الدفاع الروسية», «كوناشنكوف»).
public struct ResolvedSpeaker: Sendable, Hashable, Codable, Identifiable {
    /// `p1`, `p2` … in order of first appearance.
    public var id: String
    /// The fullest real name, else the best description.
    public var name: String
    public var kind: EntityKind
    /// The best identified any article gives.
    public var anonymity: Anonymity
    public var role: String?
    public var affiliation: String?
    /// Every surface form seen, first-seen order.
    public var forms: [String]
    /// Ids of the articles the speaker speaks in.
    public var articles: [String]
    /// `article/entity` ids merged here.
    public var entities: [String]

    /// Named or role: someone a reader could identify.
    public var isIdentified: Bool { !anonymity.isHidden }
}
