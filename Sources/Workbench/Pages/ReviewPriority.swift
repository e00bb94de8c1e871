import Attribution

/// The order statements are offered for review. The analyser gives no
/// confidence per statement, so this is a stand-in built from what it does
/// say: a statement without a speaker comes first, then one whose speaker
/// was inferred (impersonal, a pro-drop verb, a back-reference) rather than
/// written, then anonymous and vague speakers, then the rest; in text order
/// within each.
///
///     ReviewPriority.rank(statementWithNoEntity)   // 0
///     ReviewPriority.rank(overtNamedSpeaker)       // 4
enum ReviewPriority {
    static func rank(_ s: ReviewedStatement) -> Int {
        guard let original = s.original else { return 5 }
        if s.entity == nil { return 0 }
        switch original.speaker.resolution {
        case .impersonal: return 1
        case .proDrop, .backReference, .participle, .tag: return 2
        case .overt, .cataphora, .ranked: break
        }
        return s.anonymity.isHidden ? 3 : 4
    }

    static func reason(_ s: ReviewedStatement) -> String {
        switch rank(s) {
        case 0: "بلا متحدث"
        case 1: "صيغة مبنية للمجهول"
        case 2: "متحدث مستنتج"
        case 3: "مصدر مجهول أو مبهم"
        default: ""
        }
    }

    static func sorted(_ statements: [ReviewedStatement]) -> [ReviewedStatement] {
        statements.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }
}
