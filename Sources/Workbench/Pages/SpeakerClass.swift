import Attribution

/// How the pages show a speaker's anonymity class: a colour (by CSS class)
/// and always a text label, so that the class never rests on colour alone.
///
///     SpeakerClass.label(.anonymous)   // "مجهول"
///     SpeakerClass.css(.role)          // "role"
enum SpeakerClass {
    static func label(_ anonymity: Anonymity) -> String {
        switch anonymity {
        case .named: "مسمّى"
        case .role: "بصفته"
        case .anonymous: "مجهول"
        case .vague: "مبهم"
        }
    }

    static func css(_ anonymity: Anonymity) -> String { anonymity.rawValue }

    /// The badge: «مجهول · anonymous».
    static func badge(_ anonymity: Anonymity) -> Markup {
        "<span class=\"badge \(css(anonymity))\" title=\"\(anonymity.rawValue)\">\(label(anonymity))</span>"
    }

    static func kind(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "شخص"
        case .institution: "مؤسسة"
        case .place: "دولة أو عاصمة"
        case .media: "وسيلة إعلام"
        case .group: "جماعة"
        case .unspecified: "غير محدد"
        }
    }

    static func form(_ form: ContentForm) -> String {
        switch form {
        case .direct: "مباشر"
        case .indirect: "غير مباشر"
        case .mixed: "مختلط"
        }
    }
}
