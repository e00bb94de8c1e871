import Attribution

/// Text reduced to the words that carry its meaning, for telling whether two
/// articles report the same statement or the same event.
///
/// Two outlets rarely copy a claim letter for letter: «مقتل ما لا يقل عن 80
/// مسلحا» and «أسفر عن مقتل ما لا يقل عن 80 مسلحاً», «بالقرب من مدينة
/// الميادين» and «قرب مدينة الميادين». So each word is normalised
/// (`ArabicNormalizer`: hamza seats, diacritics, tanween), ة read as ه,
/// the conjunctions و/ف, the prepositions ب/ل/ك and the article ال
/// stripped, Arabic-Indic digits read as ASCII, and function words dropped
/// (the word lists are roles of the lexicon's roles.tsv, read from the
/// lexicon the analyser was given).
///
///     let matching = MatchingWords(lexicon: analyzer.lexicon)
///     matching.words("وقال الوزير في المؤتمر")   // ["وزير", "مؤتمر"]
public struct MatchingWords: Sendable {
    /// The lexicon whose roles give the word lists (and whose names
    /// `compare` reads for people).
    public let lexicon: Lexicon
    /// Words that begin with و or ف as a root letter, not a conjunction
    /// (role `rootinitial` of roles.tsv: «وزير»، «فريق»), folded as text is.
    private let keepsInitial: Set<String>
    /// Function words and reporting verbs (role `matchstop` of roles.tsv:
    /// «في»، «التي»، «قال»، «أيضا»), folded as text is.
    private let stopWords: Set<String>

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        keepsInitial = Self.folded(lexicon.words(.rootInitial))
        stopWords = Self.folded(lexicon.words(.matchStop))
    }

    /// The content words of `text`, in order.
    func words<S: StringProtocol>(_ text: S) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty, let word = reduce(String(current)) { result.append(word) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if ArabicNormalizer.isWordScalar(scalar) {
                if let folded = Self.fold(scalar) { current.append(folded) }
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Consecutive word pairs, hashed: what `SimilarText` compares. Pairs
    /// keep some word order, so two statements that share only the topic's
    /// vocabulary («القوات», «إدلب», «التركية») do not look alike.
    static func pairs(_ words: [String]) -> Set<UInt64> {
        guard words.count >= 2 else { return Set(words.map { StableHash.of($0) }) }
        var out = Set<UInt64>()
        for i in 0..<(words.count - 1) { out.insert(StableHash.of(words[i], words[i + 1])) }
        return out
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let s = ArabicNormalizer.fold(scalar) else { return nil }
        switch s.value {
        case 0x0629: return "ه"  // ة
        case 0x0660...0x0669: return Unicode.Scalar(s.value - 0x0660 + 0x30)  // ٠-٩
        case 0x06F0...0x06F9: return Unicode.Scalar(s.value - 0x06F0 + 0x30)  // ۰-۹
        case 0x200C, 0x200D: return nil
        default: return s
        }
    }

    /// The word without clitics and article, or nil for a function word.
    func reduce(_ word: String) -> String? {
        var w = Substring(word)
        if w.count > 3, w.first == "و" || w.first == "ف", !keepsInitial.contains(String(w)) { w = w.dropFirst() }
        if w.count > 4, w.hasPrefix("بال") || w.hasPrefix("كال") || w.hasPrefix("وال") || w.hasPrefix("فال") {
            w = w.dropFirst(3)
        } else if w.count > 3, w.hasPrefix("لل") {
            w = w.dropFirst(2)
        } else if w.count > 3, w.hasPrefix("ال") {
            w = w.dropFirst(2)
        }
        let result = String(w)
        if stopWords.contains(result) || (result.count < 2 && !result.allSatisfy(\.isNumber)) { return nil }
        return result
    }

    /// Lexicon keys (normalised) as `words` folds text: ة read as ه.
    private static func folded(_ keys: [String]) -> Set<String> {
        Set(keys.map { key in
            var view = String.UnicodeScalarView()
            for scalar in key.unicodeScalars { if let f = fold(scalar) { view.append(f) } }
            return String(view)
        })
    }
}
