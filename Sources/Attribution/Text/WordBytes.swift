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
    /// such keys hold no Arabic combining marks (the normaliser drops them,
    /// hamza above and madda included), so two that are canonically
    /// equivalent have the same bytes; it skips `==`'s normalisation checks.
    @inline(__always)
    func isKey(_ key: String) -> Bool {
        utf8.count == key.utf8.count && withKeyBytes { a in key.withKeyBytes { b in Self.same(a, b, count: a.count) } }
    }

    /// `hasPrefix` for a matching key and a prefix of Arabic letters.
    ///
    /// A prefix matches by Characters only if it matches by bytes; the bytes
    /// decide alone when the scalar after them cannot join the prefix's last
    /// letter in one Character (ASCII, U+0080–U+02FF, or the Arabic block,
    /// whose combining marks the normaliser drops). Otherwise, `hasPrefix`.
    @inline(__always)
    func hasKeyPrefix(_ prefix: String) -> Bool {
        let decided: Bool? = withKeyBytes { b in
            prefix.withKeyBytes { p -> Bool? in
                guard b.count >= p.count, Self.same(b, p, count: p.count) else { return false }
                guard b.count > p.count else { return true }
                let next = b[p.count]
                return next < 0xCC || (0xD8...0xDB).contains(next) ? true : nil
            }
        }
        return decided ?? hasPrefix(prefix)
    }

    /// `hasSuffix` for a matching key and a suffix of Arabic letters.
    ///
    /// A suffix matches by Characters only if it matches by bytes; the bytes
    /// decide alone when the scalar before them is ASCII or a plain Arabic
    /// letter (U+0621–U+064A), which never joins what follows (a Prepend
    /// mark such as U+0600 would). Otherwise, `hasSuffix`.
    @inline(__always)
    func hasKeySuffix(_ suffix: String) -> Bool {
        let decided: Bool? = withKeyBytes { b in
            suffix.withKeyBytes { s -> Bool? in
                let cut = b.count - s.count
                guard cut >= 0, Self.same(UnsafeBufferPointer(rebasing: b[cut...]), s, count: s.count) else { return false }
                guard cut > 0 else { return true }
                let before = b[cut - 1]
                if before < 0x80 { return true }
                if cut >= 2, (b[cut - 2] == 0xD8 && before >= 0xA1) || (b[cut - 2] == 0xD9 && before <= 0x8A) { return true }
                return nil
            }
        }
        return decided ?? hasSuffix(suffix)
    }

    /// The UTF-8 bytes, lent without copying a native string (a small one
    /// is copied to the stack).
    @inline(__always)
    func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = self
        return copy.withUTF8(body)
    }

    /// The first `count` bytes of `a` and `b` are the same.
    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }

    /// `==` for matching keys, on bytes: equal bytes are equal strings,
    /// and two plain keys (ASCII and plain Arabic letters, U+0621–U+064A)
    /// with different bytes are never canonically equivalent (the only
    /// plain letters that decompose, آ أ ؤ إ ئ, decompose into a plain
    /// letter and a mark no plain key holds). Otherwise, `==`.
    @inline(__always)
    func equalsKey(_ other: String) -> Bool {
        isKey(other) || (!(isPlainKey && other.isPlainKey) && self == other)
    }

    /// `count` (Characters) of a matching key: its scalars when each is ASCII
    /// or a plain Arabic letter (U+0621–U+064A), each its own Character;
    /// otherwise `count`.
    ///
    /// Read on the lent bytes, a letter (lead and trail byte) a step: the
    /// phrase parser asks it of nearly every word it passes.
    var keyLength: Int { plainScalarCount ?? count }

    /// `keyLength <= 1`, decided on the first two scalars when they are
    /// plain (ASCII or U+0621–U+064A) and not CR LF: two such scalars are
    /// two Characters whatever follows, so most words are not read to
    /// their end. Otherwise `keyLength <= 1`.
    var isAtMostOneLetter: Bool {
        let decided: Bool? = withKeyBytes { b in
            guard let first = Self.plainScalarLength(b, at: 0) else { return b.isEmpty ? true : nil }
            guard first < b.count else { return true }
            guard Self.plainScalarLength(b, at: first) != nil, !(b[0] == 0x0D && b[first] == 0x0A) else { return nil }
            return false
        }
        return decided ?? (keyLength <= 1)
    }

    /// The byte length of the scalar at byte `i` when it is ASCII or a
    /// plain Arabic letter, else nil (also past the end).
    @inline(__always)
    private static func plainScalarLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i < b.count else { return nil }
        if b[i] < 0x80 { return 1 }
        guard i + 1 < b.count else { return nil }
        let lead = b[i], trail = b[i + 1]
        return (lead == 0xD8 && trail >= 0xA1 && trail <= 0xBF) || (lead == 0xD9 && trail >= 0x80 && trail <= 0x8A) ? 2 : nil
    }

    /// `count` of any string: `keyLength` (on bytes when every scalar is
    /// ASCII or a plain Arabic letter) unless a carriage return could pair
    /// with a line feed in one Character.
    var characterCount: Int { utf8.contains(0x0D) ? count : keyLength }

    /// Whether every scalar is ASCII or a plain Arabic letter (U+0621–U+064A):
    /// then each scalar is a Character of its own, and scalar-level code
    /// gives the Character-level answers.
    var isPlainKey: Bool { plainScalarCount != nil }

    /// The number of scalars when every one is ASCII or a plain Arabic
    /// letter, else nil: what `keyLength` and `isPlainKey` read.
    private var plainScalarCount: Int? {
        withKeyBytes { b in
            var n = 0, i = 0
            let count = b.count
            while i < count {
                let lead = b[i]
                if lead < 0x80 {
                    // No CR LF pair: line breaks are never part of a word.
                    n &+= 1
                    i &+= 1
                    continue
                }
                guard i + 1 < count else { return nil }
                let trail = b[i + 1]
                guard (lead == 0xD8 && trail >= 0xA1 && trail <= 0xBF) || (lead == 0xD9 && trail >= 0x80 && trail <= 0x8A) else {
                    return nil
                }
                n &+= 1
                i &+= 2
            }
            return n
        }
    }

    /// The key with taa marbuta (ة, bytes D8 A9) written as ha (ه, D9 87):
    /// the same length in bytes, so one copy.
    func replacingTaaMarbuta() -> String {
        var word = self
        return word.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var i = 0
                while i < b.count {
                    if b[i] == 0xD8, i + 1 < b.count, b[i + 1] == 0xA9 {
                        out[i] = 0xD9
                        out[i + 1] = 0x87
                        i += 2
                    } else {
                        out[i] = b[i]
                        i += 1
                    }
                }
                return b.count
            }
        }
    }

    /// The words of a name: runs of letters and digits
    /// (`split(whereSeparator: { !$0.isLetter && !$0.isNumber })`). For a
    /// plain key the separators are exactly the ASCII bytes that are not
    /// letters or digits; anything else takes the Character-level split.
    func nameWords() -> [String] {
        guard isPlainKey else {
            return split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        var words: [String] = []
        var word = self
        word.withUTF8 { b in
            var start = -1
            for i in 0...b.count {
                let separator = i == b.count
                    || (b[i] < 0x80 && !((0x30...0x39).contains(b[i]) || (0x61...0x7A).contains(b[i] | 0x20)))
                if separator {
                    if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                    start = -1
                } else if start < 0 {
                    start = i
                }
            }
        }
        return words
    }
}

/// A matching key compared byte for byte (see `String.isKey`), for the
/// literal word lists of the speaker finder: `switch Key(t.norm) { case
/// "في", "من": … }`, `["له", "لها"].contains(Key(t.norm))`.
struct Key: Equatable, ExpressibleByStringLiteral {
    let word: String

    init(_ word: String) { self.word = word }
    init(stringLiteral word: String) { self.word = word }

    static func == (a: Key, b: Key) -> Bool { a.word.isKey(b.word) }
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
