/// Tests on the UTF-8 bytes of a normalised word, for the lexicon checks
/// that run on every token.
///
/// `String`'s `hasPrefix`, `hasSuffix`, `count` and `==` work on Characters
/// under canonical equivalence, which on Arabic text means grapheme
/// breaking and normalisation data on every call. Matching keys
/// (`ArabicNormalizer`) hold no Arabic combining marks, so for the letters
/// tested here bytes give the same answers; each user says why.
///
/// A `WordBytes` borrows the buffer it is made from: use it only inside
/// the `withUTF8` (or similar) call that lent the buffer.
struct WordBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether the scalar at scalar index `i` is `letter`, given that the
    /// scalars before it are two-byte letters (the callers test them first).
    @inline(__always)
    func has(_ letter: ArabicLetter, at i: Int) -> Bool {
        2 * i + 1 < bytes.count && bytes[2 * i] == letter.lead && bytes[2 * i + 1] == letter.trail
    }

    /// Whether the word ends in this letter.
    @inline(__always)
    func ends(with letter: ArabicLetter) -> Bool {
        let k = bytes.count - 2
        return k >= 0 && bytes[k] == letter.lead && bytes[k + 1] == letter.trail
    }

    /// Whether the word ends in these two letters.
    @inline(__always)
    func ends(with first: ArabicLetter, _ second: ArabicLetter) -> Bool {
        let k = bytes.count - 4
        return k >= 0 && bytes[k] == first.lead && bytes[k + 1] == first.trail
            && bytes[k + 2] == second.lead && bytes[k + 3] == second.trail
    }

    /// The number of scalars, counting no further than `limit`.
    @inline(__always)
    func scalarCount(upTo limit: Int) -> Int {
        var n = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            n += 1
            if n >= limit { break }
        }
        return n
    }

    /// Whether the scalar ending at byte `end` is a plain Arabic letter,
    /// U+0621–U+064A (bytes D8 A1 … D9 8A): one that is a Character on its
    /// own and ends no grapheme cluster early.
    @inline(__always)
    func isPlainArabicLetter(endingAt end: Int) -> Bool {
        guard end >= 2 else { return false }
        let lead = bytes[end - 2], trail = bytes[end - 1]
        return (lead == 0xD8 && trail >= 0xA1 && trail <= 0xBF) || (lead == 0xD9 && trail >= 0x80 && trail <= 0x8A)
    }
}

extension String {
    /// Whether this matching key is the word `key`, byte for byte.
    ///
    /// For keys made by `ArabicNormalizer` and Arabic words this is `==`:
    /// such keys hold no combining marks, so two that are canonically
    /// equivalent have the same bytes; it skips `==`'s normalisation checks.
    @inline(__always)
    func isKey(_ key: String) -> Bool {
        utf8.count == key.utf8.count && utf8.elementsEqual(key.utf8)
    }
}

/// The Arabic letters whose UTF-8 bytes the byte-level word tests compare
/// (all in U+0600–U+06FF: two bytes each).
enum ArabicLetter {
    case alef, lam, waw, beh, feh, seen, yeh, teh, heh, meem, noon

    var scalar: Unicode.Scalar {
        switch self {
        case .alef: "ا"
        case .lam: "ل"
        case .waw: "و"
        case .beh: "ب"
        case .feh: "ف"
        case .seen: "س"
        case .yeh: "ي"
        case .teh: "ت"
        case .heh: "ه"
        case .meem: "م"
        case .noon: "ن"
        }
    }

    /// The two UTF-8 bytes: 110xxxxx 10xxxxxx.
    @inline(__always) var lead: UInt8 { UInt8(0xC0 | (scalar.value >> 6)) }
    @inline(__always) var trail: UInt8 { UInt8(0x80 | (scalar.value & 0x3F)) }
}
