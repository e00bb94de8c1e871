/// Folds Arabic spelling variation so that words can be matched against the
/// lexicon, while offsets keep pointing into the original text.
///
/// News writers drop or misplace hamza seats (اكد for أكد, ان for أن),
/// vowel only some words (مضيفاً، مضيفًا، مضيفا), stretch words with
/// tatweel (لـ«…»), and PDFs bring presentation forms (ﻻ). None of this
/// changes the word, so the matching key drops it:
///
/// - harakat, tanween, shadda, sukun, dagger alef, Qur'anic marks: removed;
/// - tatweel (U+0640) and invisible controls (RLM, ZWNJ, bidi embeddings): removed;
/// - أ إ آ ٱ → ا; ى → ي; Persian ی → ي and ک → ك;
/// - presentation forms → base letters (NFKC would do it; a table is faster).
///
/// Taa marbuta (ة) is kept: it carries gender (مضيفة is feminine).
public enum ArabicNormalizer {
    /// The matching key of a word or phrase.
    ///
    /// Written for speed (it runs on every word): the key is built as UTF-8
    /// bytes in one buffer, since folding never lengthens a scalar. Text
    /// with presentation forms, which can expand (ﷲ → الله), takes
    /// `normalizeSlowly`, the plain definition.
    public static func normalize<S: StringProtocol>(_ text: S) -> String {
        let capacity = text.utf8.count
        if capacity == 0 { return "" }
        var slow = false
        let key = String(unsafeUninitializedCapacity: capacity) { buffer -> Int in
            var n = 0
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) {
                    slow = true
                    return 0
                }
                guard let folded = fold(scalar) else { continue }
                for byte in UTF8.encode(folded)! {
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
        return slow ? normalizeSlowly(text) : key
    }

    /// `normalize` of a word given as UTF-8 bytes (the tokenizer's): scalars
    /// that fold to themselves are copied as they are, the others written
    /// folded; the same key as `normalize`, which a test checks.
    static func normalize(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
        normalizeIfChanged(utf8: word) ?? String(decoding: word, as: UTF8.self)
    }

    /// `normalize(utf8:)`, or nil when the key is the word itself (most
    /// words: no diacritics, hamza seats or tatweel), so that the caller
    /// can use the word's own string as its key.
    static func normalizeIfChanged(utf8 word: UnsafeBufferPointer<UInt8>) -> String? {
        if word.isEmpty { return "" }
        if isOwnKey(word) { return nil }
        return normalizeChanged(utf8: word)
    }

    /// `normalize(utf8:)` of a word the caller knows is not its own key
    /// (the tokenizer learns it while reading the word's bytes).
    static func normalizeChanged(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
        var slow = false
        let key = arabicFolds.withUnsafeBufferPointer { arabicFolds in
            String(unsafeUninitializedCapacity: word.count) { buffer -> Int in
            var n = 0, i = 0
            while i < word.count {
                let (scalar, length) = UTF8Scalars.decode(word, at: i)
                defer { i += length }
                let v = scalar.value
                if v < 0x80 {
                    // ASCII folds only A–Z.
                    buffer[n] = (0x41...0x5A).contains(v) ? UInt8(v + 0x20) : UInt8(v)
                    n += 1
                    continue
                }
                if v >= 0x600 && v < 0x700 {
                    // The Arabic block from a table (`fold` by definition):
                    // harakat and tatweel dropped, hamza seats and ى
                    // rewritten, every result two bytes.
                    let folded = arabicFolds[Int(v - 0x600)]
                    if folded != 0 {
                        buffer[n] = UInt8(0xC0 | (folded >> 6))
                        buffer[n + 1] = UInt8(0x80 | (folded & 0x3F))
                        n += 2
                    }
                    continue
                }
                if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) {
                    slow = true
                    return 0
                }
                guard let folded = fold(scalar) else { continue }
                if folded == scalar {
                    for k in 0..<length { buffer[n + k] = word[i + k] }
                    n += length
                } else {
                    for byte in UTF8.encode(folded)! {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
            }
        }
        return slow ? normalizeSlowly(String(decoding: word, as: UTF8.self)) : key
    }

    /// `fold` of each scalar of the Arabic block U+0600–U+06FF (index:
    /// value − 0x600), 0 when it is dropped. Every result is in the block
    /// (ا، ي or the scalar itself), so two UTF-8 bytes like its source.
    static let arabicFolds: [UInt16] = (0x600..<0x700).map { v in
        guard let folded = fold(Unicode.Scalar(UInt32(v))!) else { return 0 }
        precondition((0x600..<0x700).contains(folded.value))
        return UInt16(folded.value)
    }

    /// Whether every scalar of the word folds to itself: ASCII other than
    /// A–Z, and the Arabic letters U+0621–U+063A, U+0641–U+064A other than
    /// أ (0623), إ (0625), آ (0622) and ى (0649). Anything else is left to
    /// the full fold.
    @inline(__always)
    private static func isOwnKey(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < word.count {
            let b0 = word[i]
            if b0 < 0x80 {
                if b0 >= 0x41 && b0 <= 0x5A { return false }
                i += 1
                continue
            }
            guard i + 1 < word.count else { return false }
            let b1 = word[i + 1]
            switch b0 {
            case 0xD8:
                // U+0621…U+063A, but not أ آ إ (A3, A2, A5).
                guard b1 >= 0xA1 && b1 <= 0xBA, b1 != 0xA2, b1 != 0xA3, b1 != 0xA5 else { return false }
            case 0xD9:
                // U+0641…U+064A, but not ى (89).
                guard b1 >= 0x81 && b1 <= 0x8A, b1 != 0x89 else { return false }
            default:
                return false
            }
            i += 2
        }
        return true
    }

    /// `normalize` by its definition, one scalar at a time.
    static func normalizeSlowly<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value) {
                out.append(contentsOf: presentationForm(scalar))
            } else if let folded = fold(scalar) {
                out.append(folded)
            }
        }
        return String(out)
    }

    /// The folded form of one scalar, or nil when it is dropped.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640:
            return nil
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF, 0x00AD:
            return nil
        case 0x0623, 0x0625, 0x0622, 0x0671:
            return "ا"
        case 0x0649, 0x06CC:
            return "ي"
        case 0x06A9:
            return "ك"
        case 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return presentationForm(s).first
        case 0x0041...0x005A:
            return Unicode.Scalar(v + 0x20)
        default:
            return s
        }
    }

    /// The base letters of a presentation form (ﻻ → لا), folded. A form
    /// with no decomposition (﴿ ﴾ U+FD3E/FD3F) is kept as it is; the range
    /// test comes first, or fold and this function would call each other
    /// forever.
    private static func presentationForm(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(s).decomposedStringWithCompatibilityMapping.unicodeScalars
        if decomposed.count == 1, decomposed.first == s { return [s] }
        return decomposed.compactMap { d in
            (0xFB50...0xFDFF).contains(d.value) || (0xFE70...0xFEFF).contains(d.value) ? nil : fold(d)
        }
    }

    /// Whether a scalar is part of an Arabic or Latin word (letters, marks,
    /// digits, tatweel) rather than punctuation or space.
    @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            // ASCII: the letters and digits, as the properties below say.
            return (0x30...0x39).contains(v) || (0x61...0x7A).contains(v | 0x20)
        }
        switch v {
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: // ، ؛ ؟ ٪ ٫ ٬ ٭ ۔
            return false
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return true
        case 0x200C, 0x200D: // ZWNJ / ZWJ inside words
            return true
        default:
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
    }

    /// Unicode's White_Space property, with ASCII answered without a table.
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return s.properties.isWhitespace
    }

    /// Invisible formatting characters (bidi controls, zero-width marks) that
    /// separate nothing and mean nothing for the analysis.
    @inline(__always)
    public static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0xFEFF || v == 0x00AD
    }
}

import Foundation
