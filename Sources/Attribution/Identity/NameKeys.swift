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
    private var skeletons: [Exact: Set<Int>] = [:]
    private var roleHeads: [Exact: String?] = [:]
    private var words: [Exact: Int] = [:]

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// `EntityRegistry.nameKey(name)`, its words interned.
    func key(_ name: String) -> Set<Int> {
        let k = Exact(name)
        if let found = keys[k] { return found }
        let key = Set(EntityRegistry.nameWords(name, lexicon: lexicon).map(intern))
        keys[k] = key
        return key
    }

    /// The consonant skeletons of the name's key words
    /// (`EntityRegistry.skeleton` of each), interned.
    func skeleton(_ name: String) -> Set<Int> {
        let k = Exact(name)
        if let found = skeletons[k] { return found }
        let skeleton = Set(EntityRegistry.nameWords(name, lexicon: lexicon).map { intern(EntityRegistry.skeleton($0)) })
        skeletons[k] = skeleton
        return skeleton
    }

    /// The number of a word (or skeleton): equal bytes, equal numbers.
    private func intern(_ word: String) -> Int {
        let k = Exact(word)
        if let n = words[k] { return n }
        let n = words.count
        words[k] = n
        return n
    }

    /// `MentionClassifier.roleHead(role)`.
    func roleHead(_ role: String?) -> String? {
        guard let role else { return nil }
        let k = Exact(role)
        if let found = roleHeads[k] { return found }
        let head = MentionClassifier.roleHead(role)
        roleHeads[k] = head
        return head
    }

    /// A string hashed and compared by its UTF-8 bytes.
    private struct Exact: Hashable {
        let string: String

        init(_ string: String) { self.string = string }

        static func == (a: Exact, b: Exact) -> Bool {
            var a = a.string, b = b.string
            guard a.utf8.count == b.utf8.count else { return false }
            return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }

        func hash(into hasher: inout Hasher) {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
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
        return String(String.UnicodeScalarView(word.unicodeScalars.filter { !"اويءؤئه".unicodeScalars.contains($0) }))
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
        let folded = ArabicNormalizer.normalize(name).replacingTaaMarbuta()
        for var w in folded.nameWords() {
            if lexicon.roles(w).contains(.notNameWord) { continue }
            // «للأنباء» is «الأنباء» after the preposition ل.
            if w.hasKeyPrefix("لل"), w.keyLength > 4 { w = "ال" + String(Substring(w.utf8.dropFirst(4))) }
            if w.hasKeyPrefix("ال"), w.keyLength > 4 { w = String(Substring(w.utf8.dropFirst(4))) }
            key.append(w)
        }
        return key
    }
}
