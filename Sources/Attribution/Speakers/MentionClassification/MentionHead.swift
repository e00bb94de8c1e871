/// The head of a mention, as the resolution code compares heads.
///
///     MentionClassifier.normalizedHead("مصادر", lexicon: lexicon)   // «مصدر»
///     MentionClassifier.roleHead("المتحدث الرسمي")       // «متحدث»
///     MentionClassifier.dropLam("لوزارة الداخلية")       // «وزارة الداخلية»
///     MentionClassifier.looksLikeHumanPlural("متخصصون")  // true
extension MentionClassifier {
    /// A sound plural of an agent noun (متخصصون، محللين، مستثمران): long
    /// enough not to be a name that merely ends so (شارون), and, for the
    /// endings names share (بوتين، أردوغان), with the participle's م; not
    /// «ما…», which opens names («مارلين»، «ماكين»، «مارتين») and no
    /// participle.
    static func looksLikeHumanPlural(_ norm: String) -> Bool {
        let n = norm.unicodeScalars.count
        // (A key: its letters compared on bytes, `WordBytes`.)
        if norm.hasKeySuffix("ون") { return n >= 6 }
        // «تش» inside the word (not the مت of a participle: «متشددين») is a
        // foreign sound: «منوتشين» is a name.
        return norm.hasKeyPrefix("م") && !norm.hasKeyPrefix("ما") && n >= 6 && (norm.hasKeySuffix("ين") || norm.hasKeySuffix("ان"))
            && !String(norm.unicodeScalars.dropFirst(2)).contains("تش")
    }

    /// The head noun of a role, without the article: «المتحدث الرسمي» → «متحدث».
    static func roleHead(_ role: String?) -> String? {
        guard let first = role?.splitAtSpaces().first else { return nil }
        let norm = ArabicNormalizer.normalize(first)
        // (A key: prefixes compared and letters counted on bytes, `WordBytes`;
        // the registry asks this of every new speaker's role.)
        let length = norm.characterCount
        // «للرئيس الأمريكي دونالد ترامب» (a cast member after ل): رئيس.
        if norm.hasKeyPrefix("لل"), length > 5 { return String(norm.dropFirst(2)) }
        return norm.hasKeyPrefix("ال") && length > 4 ? String(norm.dropFirst(2)) : norm
    }

    /// «للخبراء» → «الخبراء»، «لوزارة الداخلية» → «وزارة الداخلية».
    static func dropLam(_ s: String) -> String {
        let norm = ArabicNormalizer.normalize(s.prefix(3))
        if norm.hasPrefix("لل") { return "ال" + s.dropFirst(2) }
        if norm.hasPrefix("ل"), s.count > 3 {
            // «لـCNN» → «CNN»: the tatweel goes with the clitic.
            return String(s.dropFirst().drop(while: { $0 == "\u{0640}" }))
        }
        return s
    }

    /// Plural and singular source nouns refer to each other (المصادر ↔
    /// مصدر): the head without a possessive (a suffix of role
    /// headpossessive in roles.tsv: مصادرنا → مصادر) and in the singular
    /// the singular column of speakers.tsv gives (مصادر → مصدر).
    static func normalizedHead(_ head: String, lexicon: Lexicon) -> String {
        let possessive = head.keyLength > 5 ? lexicon.suffix(of: head, .headPossessive).map { String(head.dropLast($0.count)) } : nil
        let word = possessive ?? head
        return lexicon.singularHeads[word] ?? word
    }
}
