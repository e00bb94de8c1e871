#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The matching keys of one article's names and roles, each computed once.
///
/// The registry compares every new speaker phrase with every speaker and
/// cast member so far, and each comparison used to normalise, split and
/// fold both names again. The same few dozen names recur throughout an
/// article, so their keys are kept here for the article's lifetime.
///
/// The cache is keyed by the exact UTF-8 bytes of the name: `String`'s own
/// hashing works under canonical equivalence, which for Arabic means
/// normalisation data on every lookup. Two canonically equal spellings
/// with different bytes just get an entry each, with the same value the
/// functions give for them.
///
/// Key words are interned as numbers, so that the registry's set
/// comparisons (is one name part of another?) compare integers.
final class NameKeys {
    /// Gives the function words left out of a key (role `notnameword` of
    /// roles.tsv).
    private let lexicon: Lexicon
    private var keys: [Exact: Set<Int>] = [:]
    private var orderedWords: [Exact: [Int]] = [:]
    private var skeletons: [Exact: Set<Int>] = [:]
    private var roleHeads: [Exact: String?] = [:]
    /// Key words and skeletons, numbered by their bytes.
    private var words = WordNumbers()
    /// For each word number, the number of the word's consonant skeleton,
    /// or -1 until it is first asked for.
    private var wordSkeletons: [Int] = []

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        // Most articles name a few dozen people and bodies: the table
        // does not grow one step at a time.
        keys.reserveCapacity(32)
    }

    /// `EntityRegistry.nameKey(name)`, its words interned.
    func key(_ name: String) -> Set<Int> {
        let k = Exact(name)
        if let found = keys[k] { return found }
        let key = Set(wordNumbers(name))
        keys[k] = key
        return key
    }

    /// The numbers of `EntityRegistry.nameWords(name)`, in order (a word
    /// may come twice): equal numbers are equal bytes. Kept apart from the
    /// keys: only `namesQuotedPerson` asks, and a dictionary of both made
    /// every key lookup dearer.
    func words(_ name: String) -> [Int] {
        let k = Exact(name)
        if let found = orderedWords[k] { return found }
        let numbers = wordNumbers(name)
        orderedWords[k] = numbers
        return numbers
    }

    /// Whether word numbers `a` and `b` are the same word under `String`'s
    /// `==`: equal numbers are equal bytes; different bytes are the same
    /// word only when canonically equivalent, which `==` decides (two
    /// plain keys with different bytes never are, see `isKey`).
    func sameWord(_ a: Int, _ b: Int) -> Bool {
        a == b || words.word(a) == words.word(b)
    }

    /// The consonant skeletons of the name's key words
    /// (`EntityRegistry.skeleton` of each), interned: each word's skeleton
    /// is made once per article, from the words of its key.
    func skeleton(_ name: String) -> Set<Int> {
        let k = Exact(name)
        if let found = skeletons[k] { return found }
        let skeleton = Set(key(name).map(skeletonNumber))
        skeletons[k] = skeleton
        return skeleton
    }

    /// The number of `EntityRegistry.skeleton` of word number `n`.
    private func skeletonNumber(_ n: Int) -> Int {
        if n < wordSkeletons.count, wordSkeletons[n] >= 0 { return wordSkeletons[n] }
        let skeleton = words.number(of: EntityRegistry.skeleton(words.word(n)))
        if wordSkeletons.count < words.count {
            wordSkeletons.append(contentsOf: repeatElement(-1, count: words.count - wordSkeletons.count))
        }
        wordSkeletons[n] = skeleton
        return skeleton
    }

    /// The numbers of `EntityRegistry.nameWords(name)`, in order: the
    /// words of a plain folded name numbered from their bytes
    /// (`EntityRegistry.plainNameWords`), without a `String` for each.
    private func wordNumbers(_ name: String) -> [Int] {
        var folded = ArabicNormalizer.normalize(name).replacingTaaMarbuta()
        guard folded.isPlainKey else {
            return EntityRegistry.nameWords(name, lexicon: lexicon).map { words.number(of: $0) }
        }
        var numbers: [Int] = []
        folded.withUTF8 { b in
            EntityRegistry.plainNameWords(b, lexicon: lexicon) { numbers.append(words.number(of: $0)) }
        }
        return numbers
    }

    /// `MentionClassifier.roleHead(role)`.
    func roleHead(_ role: String?) -> String? {
        guard let role else { return nil }
        let k = Exact(role)
        if let found = roleHeads[k] { return found }
        // `MentionClassifier.roleHead` reads the role's first word only
        // (`split(separator: " ").first`): the first piece is cut here
        // (`splitAtSpaces`, on bytes), and holds no space: it is its own
        // first word.
        let head = MentionClassifier.roleHead(role.splitAtSpaces().first.map(String.init) ?? "")
        roleHeads[k] = head
        return head
    }

    /// Words numbered by their exact bytes: equal bytes, equal numbers.
    /// Open addressing over `WordTable.hash`; asked with the bytes of a
    /// word cut from a name, it makes no `String`.
    private struct WordNumbers {
        private var slots = [Int](repeating: -1, count: 64)
        private var hashes: [UInt64] = []
        private var starts: [Int] = []
        private var bytes: [UInt8] = []

        var count: Int { hashes.count }

        mutating func number(of word: String) -> Int {
            var word = word
            return word.withUTF8 { number(of: $0) }
        }

        mutating func number(of word: UnsafeBufferPointer<UInt8>) -> Int {
            let h = WordTable<Bool>.hash(word)
            var mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 {
                let n = slots[slot]
                if hashes[n] == h, matches(n, word) { return n }
                slot = (slot + 1) & mask
            }
            let n = hashes.count
            hashes.append(h)
            starts.append(bytes.count)
            bytes.append(contentsOf: word)
            if hashes.count * 2 > slots.count {
                slots = [Int](repeating: -1, count: slots.count * 2)
                mask = slots.count - 1
                for e in hashes.indices {
                    var s = Int(truncatingIfNeeded: hashes[e]) & mask
                    while slots[s] >= 0 { s = (s + 1) & mask }
                    slots[s] = e
                }
            } else {
                slots[slot] = n
            }
            return n
        }

        /// The bytes of word `n`, as a string.
        func word(_ n: Int) -> String {
            String(decoding: bytes[starts[n]..<end(n)], as: UTF8.self)
        }

        private func end(_ n: Int) -> Int { n + 1 < starts.count ? starts[n + 1] : bytes.count }

        private func matches(_ n: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = starts[n]
            guard end(n) - start == word.count else { return false }
            return word.count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, word.baseAddress!, word.count) == 0 }
        }
    }

    /// A string hashed and compared by its UTF-8 bytes. The bytes are
    /// hashed once, by `WordTable.hash` (eight bytes at a time), and the
    /// dictionary's `Hasher` is given that one number: a name is looked up
    /// far more often than it is made, and `Hasher` over every byte of a
    /// name was most of a lookup.
    private struct Exact: Hashable {
        let string: String
        let hash: UInt64

        init(_ string: String) {
            var s = string
            hash = s.withUTF8 { WordTable<Bool>.hash($0) }
            self.string = s
        }

        static func == (a: Exact, b: Exact) -> Bool {
            guard a.hash == b.hash else { return false }
            var a = a.string, b = b.string
            guard a.utf8.count == b.utf8.count else { return false }
            return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
    }
}

extension EntityRegistry {
    /// The consonant skeleton of a name word: transliterated names vary in
    /// their long vowels and hamza seats (ريفلين / ريفيلين، كوناشينكوف /
    /// كوناشنكوف), rarely in their consonants.
    static func skeleton(_ word: String) -> String {
        // Scalar by scalar when each scalar is a Character (`isPlainKey`):
        // the same letters dropped, without grapheme breaking.
        guard word.isPlainKey else { return String(word.filter { !"اويءؤئه".contains($0) }) }
        // A plain key is ASCII and two-byte letters (D8 or D9, then one
        // byte): the letters dropped are ا ء ؤ ئ (D8 A7, A1, A4, A6) and
        // و ي ه (D9 88, 8A, 87), byte pair by byte pair.
        var word = word
        return word.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0, i = 0
                while i < b.count {
                    let lead = b[i]
                    if lead < 0x80 {
                        out[n] = lead
                        n += 1
                        i += 1
                        continue
                    }
                    let trail = b[i + 1]
                    let dropped = lead == 0xD8 ? trail == 0xA7 || trail == 0xA1 || trail == 0xA4 || trail == 0xA6
                        : trail == 0x88 || trail == 0x8A || trail == 0x87
                    if !dropped {
                        out[n] = lead
                        out[n + 1] = trail
                        n += 2
                    }
                    i += 2
                }
                return n
            }
        }
    }

    /// Name tokens for matching: normalised, taa marbuta folded, without the
    /// article and without function words (role `notnameword` of
    /// roles.tsv): «المتحدث باسم الوزارة» → {متحدث، وزاره}.
    static func nameKey(_ name: String, lexicon: Lexicon = .shared) -> Set<String> {
        Set(nameWords(name, lexicon: lexicon))
    }

    /// The words of `nameKey`, in order (a word may come twice).
    static func nameWords(_ name: String, lexicon: Lexicon) -> [String] {
        var key: [String] = []
        var folded = ArabicNormalizer.normalize(name).replacingTaaMarbuta()
        if folded.isPlainKey {
            folded.withUTF8 { b in plainNameWords(b, lexicon: lexicon) { key.append(String(decoding: $0, as: UTF8.self)) } }
            return key
        }
        for var w in folded.nameWords() {
            if lexicon.roles(w).contains(.notNameWord) { continue }
            // «للأنباء» is «الأنباء» after the preposition ل.
            if w.hasKeyPrefix("لل"), w.keyLength > 4 { w = "ال" + String(Substring(w.utf8.dropFirst(4))) }
            if w.hasKeyPrefix("ال"), w.keyLength > 4 { w = String(Substring(w.utf8.dropFirst(4))) }
            key.append(w)
        }
        return key
    }

    /// The key words of a folded name that is a plain key (ASCII and plain
    /// Arabic letters, each scalar a Character), as slices of its bytes, in
    /// order: what `nameWords` makes of it, cut and tested on the bytes.
    /// `String.nameWords()` splits a plain key at the ASCII bytes that are
    /// not letters or digits; `hasKeyPrefix` decides on bytes there and
    /// `keyLength` is the number of scalars; «لل» + rest becomes «ال» +
    /// rest and then loses the «ال», so either prefix, on a word of more
    /// than four letters, leaves the bytes after it.
    static func plainNameWords(_ b: UnsafeBufferPointer<UInt8>, lexicon: Lexicon,
                               _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = -1
        for i in 0...b.count {
            let separator = i == b.count
                || (b[i] < 0x80 && !((0x30...0x39).contains(b[i]) || (0x61...0x7A).contains(b[i] | 0x20)))
            if !separator {
                if start < 0 { start = i }
                continue
            }
            defer { start = -1 }
            guard start >= 0 else { continue }
            let w = UnsafeBufferPointer(rebasing: b[start..<i])
            if let roles = lexicon.wordRoles[utf8: w], roles.contains(.notNameWord) { continue }
            var scalars = 0
            for byte in w where byte & 0xC0 != 0x80 { scalars += 1 }
            // «لل» (D9 84 D9 84) and «ال» (D8 A7 D9 84).
            if scalars > 4, w[2] == 0xD9, w[3] == 0x84, (w[0] == 0xD9 && w[1] == 0x84) || (w[0] == 0xD8 && w[1] == 0xA7) {
                body(UnsafeBufferPointer(rebasing: w[4...]))
            } else {
                body(w)
            }
        }
    }
}
