/// Word-shape heuristics for Arabic without a morphological analyser.
enum Morphology {
    /// «مبتسماً»، «مدافعاً»: a participle in the accusative (م…ا, five or
    /// six letters), a ḥāl; not a name unless a list says so. Foreign
    /// names spelt so have a long vowel second («ميليسا»، «ميترا»،
    /// «مونيكا»), a participle does not.
    static func looksLikeAccusativeParticiple(_ norm: String) -> Bool {
        guard norm.hasKeyPrefix("م"), norm.hasKeySuffix("ا"), (5...6).contains(norm.keyLength) else { return false }
        let second = norm.unicodeScalars.dropFirst().first
        return second != "ي" && second != "و"
    }

    /// «السوري»، «الوطنية»: a nisba adjective's ending (ي، ية).
    static func endsLikeNisba(_ norm: String) -> Bool {
        norm.hasKeySuffix("ي") || norm.hasKeySuffix("ية")
    }

    /// «السوري»، «الوطنية»، «المتحدة»، «الكبرى»، «العليا»: the endings of a
    /// nisba or a feminine adjective (ي، ة، ى، ا); a noun such as «النصر»
    /// or «التحالف» has none of them.
    static func endsLikeAdjective(_ norm: String) -> Bool {
        norm.hasKeySuffix("ي") || norm.hasKeySuffix("ة") || norm.hasKeySuffix("ى") || norm.hasKeySuffix("ا")
    }

    /// Verbal nouns (masdars) of the derived patterns are objects, not
    /// speakers: تفعيل (تمكين، تقديم)، انفعال (انشقاق)، افتعال (اجتماع)،
    /// استفعال (استهداف). «وأكد تمكين …» has a pro-drop subject.
    static func looksLikeVerbalNoun(_ norm: String) -> Bool {
        var w = Array(norm)
        if w.count > 5, w[0] == "ا", w[1] == "ل" { w.removeFirst(2) }
        // تفاعيل (تقارير، تفاصيل) has its ا third: «تاكويا» is a name.
        if w.count == 6 { return (w[0] == "ا" && w[4] == "ا") || (w[0] == "ت" && w[2] == "ا" && w[4] == "ي") }
        return isTafilOrIstifal(w)
    }

    /// «ترشيح»، «استبدال»: the verbal-noun shapes تفعيل and استفعال alone
    /// (a word as written, article and all), which few surnames have; the
    /// six-letter افعال/افتعال of `looksLikeVerbalNoun` is also «أوربان»،
    /// «أكشنار».
    static func looksLikeTafilOrIstifal(_ norm: String) -> Bool { isTafilOrIstifal(Array(norm)) }

    private static func isTafilOrIstifal(_ w: [Character]) -> Bool {
        switch w.count {
        case 5: return w[0] == "ت" && w[3] == "ي"
        case 7: return w[0] == "ا" && w[1] == "س" && w[2] == "ت" && w[5] == "ا"
        default: return false
        }
    }

    /// «التفجير»، «العملية»، «المسلمين»: a word shaped like a common noun
    /// rather than a family name: a verbal noun, or a feminine or plural
    /// ending (ة، ات، ين، ون); «الصباغ»، «الداود» are not.
    static func looksLikeCommonNoun(_ norm: String) -> Bool {
        looksLikeVerbalNoun(norm) || ["ة", "ات", "ين", "ون"].contains { norm.hasKeySuffix($0) }
    }

    /// «وتطوير» (not «والتعليم»): a verbal noun joined by و, without the
    /// article («وكيل الوزارة للتفتيش وتطوير بيئة العمل»).
    static func looksLikeJoinedVerbalNoun(_ norm: String) -> Bool {
        norm.hasKeyPrefix("و") && !norm.hasKeyPrefix("وال") && looksLikeVerbalNoun(String(norm.unicodeScalars.dropFirst()))
    }
}
