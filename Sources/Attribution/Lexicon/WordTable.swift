#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A dictionary keyed by normalised words that compares and hashes their
/// UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which
/// for Arabic means normalising on every lookup; keys made by
/// `ArabicNormalizer` are already in one form (no combining marks), so
/// bytes suffice and lookups stop dominating the analyser's profile.
public struct WordTable<Value: Sendable>: Sendable {
    private var storage: [WordKey: Value] = [:]

    public init() {}

    public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        for (k, v) in pairs where storage[WordKey(k)] == nil { storage[WordKey(k)] = v }
    }

    public subscript(_ word: String) -> Value? {
        get { storage[WordKey(word)] }
        set { storage[WordKey(word)] = newValue }
    }

    public func contains(_ word: String) -> Bool { storage[WordKey(word)] != nil }

    public var count: Int { storage.count }
}

/// A word compared byte by byte (see `WordTable`).
struct WordKey: Hashable, Sendable {
    let word: String

    init(_ word: String) { self.word = word }

    static func == (a: WordKey, b: WordKey) -> Bool {
        var x = a.word, y = b.word
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        var word = word
        word.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
