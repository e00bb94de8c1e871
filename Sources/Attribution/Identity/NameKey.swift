/// A name reduced to the form two spellings of it share, so that speakers can
/// be matched across articles that write them differently.
///
/// «وزارةُ الدفاع الروسيّة» and «وزاره دفاع روسيه» give the same key:
/// diacritics and tatweel go, أ/إ/آ/ٱ become ا, ى becomes ي, ة becomes ه,
/// punctuation («» "" ، .) becomes a word break, and each word loses a leading
/// «ال» (when at least two letters remain). Latin letters are lower-cased.
/// The key is for comparison only; labels keep the text as written.
///
/// Speaker identity lives in `Identity/`: `NameKey` (this fold),
/// `PersonName` (one person across articles: titles dropped, patronymics,
/// transliteration skeletons; graph merging and compare) and `NameKeys`
/// (one article's interned name keys and skeletons, for resolution's
/// `SameName` and `BackReference`). Evaluation's `SpeakerName` is apart on
/// purpose: it mirrors `score.py` word for word.
package struct NameKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The normalised words, in order.
    package let words: [String]

    package init(_ text: String) {
        words = Self.normalizedWords(text)
    }

    package var isEmpty: Bool { words.isEmpty }

    /// The last word: «المعلم» for «وليد المعلم».
    package var surname: String? { words.last }

    package var description: String { words.joined(separator: " ") }

    package static func < (a: NameKey, b: NameKey) -> Bool { a.description < b.description }

    private static func normalizedWords(_ text: String) -> [String] {
        foldedWords(text).map(dropArticle)
    }

    /// The words of `text` folded as for a key, each keeping its «ال»:
    /// what `PersonName` needs to tell «الجبير» (an Arabic family name,
    /// matched exactly) from a transliterated name (matched by skeleton).
    package static func foldedWords(_ text: String) -> [String] {
        var folded = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if let replacement = fold(scalar) { folded.append(replacement) }
        }
        return String(folded).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }

    /// One scalar of the comparison form, or nil to drop it.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return nil  // harakat, Quranic marks, tatweel
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF: return nil  // zero-width, bidi
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"  // آ أ إ ٱ → ا
        case 0x0649: return "\u{064A}"  // ى → ي
        case 0x0629: return "\u{0647}"  // ة → ه
        default: break
        }
        let isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        return isWordPart ? scalar : " "
    }

    package static func dropArticle(_ word: String) -> String {
        guard word.hasPrefix("\u{0627}\u{0644}"), word.unicodeScalars.count >= 4 else { return word }
        return String(word.unicodeScalars.dropFirst(2))
    }
}
