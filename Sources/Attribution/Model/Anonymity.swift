/// How well a speaker is identified (see shared/eval/GUIDELINES.md).
///
/// - `named`: a proper name (person, institution, outlet, country).
/// - `role`: no name, but a role that points to one office holder
///   («وزير الخارجية الروسي», «المتحدث باسم البنتاغون»).
/// - `anonymous`: unnamed people given a generic description
///   («مصدر مطلع», «مسؤول أمريكي», «شهود عيان»).
/// - `vague`: no speaker, or an impersonal one («تقارير», «قيل»).
public enum Anonymity: String, Sendable, Codable, CaseIterable, Comparable {
    case named, role, anonymous, vague

    /// Anonymous and vague speakers are the ones an audit flags.
    public var isHidden: Bool { self == .anonymous || self == .vague }

    private var rank: Int {
        switch self {
        case .named: 0
        case .role: 1
        case .anonymous: 2
        case .vague: 3
        }
    }

    public static func < (a: Anonymity, b: Anonymity) -> Bool { a.rank < b.rank }
}
