#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A table from normalised words to values that hashes and compares their
/// UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which
/// for Arabic means normalising on every lookup; keys made by
/// `ArabicNormalizer` are already in one form (no combining marks), so
/// bytes suffice. The analyser looks words up several times per token, so
/// the table is a small open-addressed hash table of its own: a lookup
/// allocates nothing, hashes eight bytes at a time, and can be asked about
/// part of a word (a stem without its clitic, `Substring`) without making
/// a `String` of it.
public struct WordTable<Value: Sendable>: Sendable {
    /// One key: where its bytes are in `keyBytes`, and its full hash.
    fileprivate struct Entry: Sendable {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    /// The table's five arrays (see `Tables`), behind one reference: the
    /// lexicon's tables are read from closures and from other values that
    /// copy them, and copying one reference costs one retain, where the
    /// five arrays cost five (their copies were a visible share of the cast
    /// harvest's time). Never mutated once made: an insert takes the arrays
    /// out, changes them and puts them in a new one (see `insert`).
    private var storage = Storage(Tables())

    /// The arrays of a table, as a plain value that `insert` changes.
    fileprivate struct Tables {
        /// Slot → the high 32 bits of the key's hash and, below them, its
        /// index into `entries`/`values`; `WordTable.empty` when empty. Most
        /// lookups are of words in no table, so a probe rejects a key by its
        /// hash without touching `entries`. The capacity is a power of two
        /// at least twice the number of keys.
        var slots: [UInt64] = [UInt64](repeating: WordTable.empty, count: 8)
        /// A blocked Bloom filter over the keys' hashes, looked at before
        /// `slots`: two bits in one 64-bit word per key, about sixteen bits
        /// per key in all. `slots` of a table of a few thousand verb forms
        /// is too big for the first-level cache, and the cue finder probes
        /// it with nearly every word of the text, nearly always in vain:
        /// reading it was most of the cue finder's time (cache misses on
        /// the slot). The filter is small enough to stay in cache and turns
        /// away all but a few percent of absent words; present words and
        /// the rest go on to `slots`. Never a false negative: every key's
        /// bits are set.
        var filter: [UInt64] = [0]
        var entries: [Entry] = []
        var values: [Value] = []
        /// Every key's UTF-8 bytes, one after the other.
        var keyBytes: [UInt8] = []
    }

    /// `Tables` frozen: `let` properties, read without exclusivity checks.
    private final class Storage: Sendable {
        let slots: [UInt64]
        let filter: [UInt64]
        let entries: [Entry]
        let values: [Value]
        let keyBytes: [UInt8]

        init(_ t: Tables) {
            slots = t.slots
            filter = t.filter
            entries = t.entries
            values = t.values
            keyBytes = t.keyBytes
        }

        var tables: Tables {
            Tables(slots: slots, filter: filter, entries: entries, values: values, keyBytes: keyBytes)
        }
    }

    private static var empty: UInt64 { UInt64.max }
    private var slots: [UInt64] { storage.slots }
    private var filter: [UInt64] { storage.filter }
    private var entries: [Entry] { storage.entries }
    private var values: [Value] { storage.values }
    private var keyBytes: [UInt8] { storage.keyBytes }

    public init() {}

    /// The first value given for a key wins.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        for (k, v) in pairs where !contains(k) { self[k] = v }
    }

    public subscript(_ word: String) -> Value? {
        get { Self.withUTF8(word.utf8) { index(of: $0) }.map { values[$0] } }
        set {
            if let newValue {
                insert(Array(word.utf8), newValue)
            } else if contains(word) {
                // Removal is never needed on the hot path: rebuild without the key.
                var rebuilt = WordTable()
                let removed = Array(word.utf8)
                for (i, e) in entries.enumerated() where !keyBytes[e.start..<(e.start + e.count)].elementsEqual(removed) {
                    rebuilt.insert(Array(keyBytes[e.start..<(e.start + e.count)]), values[i])
                }
                self = rebuilt
            }
        }
    }

    /// A part of a word, such as a stem after its clitic.
    public subscript(_ word: Substring) -> Value? {
        Self.withUTF8(word.utf8) { index(of: $0) }.map { values[$0] }
    }

    /// A word given as UTF-8 bytes.
    public subscript(utf8 word: UnsafeBufferPointer<UInt8>) -> Value? {
        index(of: word).map { values[$0] }
    }

    /// Where a key is, for looking a value up inside a closure that lends
    /// the bytes and taking it out after (or not at all).
    func entry(utf8 word: UnsafeBufferPointer<UInt8>) -> Int? { index(of: word) }

    public func contains(_ word: String) -> Bool { Self.withUTF8(word.utf8) { index(of: $0) } != nil }

    public var count: Int { entries.count }

    /// Every key, in the order first given.
    public var keys: [String] {
        entries.map { String(decoding: keyBytes[$0.start..<($0.start + $0.count)], as: UTF8.self) }
    }

    /// Whether a word given as UTF-8 bytes is a key.
    @inline(__always)
    public func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool { index(of: word) != nil }

    @inline(__always)
    subscript(probe probe: WordProbe) -> Value? { index(of: probe.bytes, hash: probe.hash).map { values[$0] } }

    @inline(__always)
    func contains(probe: WordProbe) -> Bool { index(of: probe.bytes, hash: probe.hash) != nil }

    // MARK: - Hashing and probing

    /// The bytes of a string or substring, without copying them when they
    /// are contiguous (always, for native strings).
    @inline(__always)
    private static func withUTF8<C: Collection, R>(_ bytes: C, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
    where C.Element == UInt8 {
        if let r = bytes.withContiguousStorageIfAvailable(body) { return r }
        return Array(bytes).withUnsafeBufferPointer(body)
    }

    /// A 64-bit hash of a key, eight bytes at a time (multiply and fold;
    /// the keys are a few thousand short words, not adversarial input).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= key.count {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        let n = key.count
        if i == n {
            // Nothing left (a multiple of eight bytes, or empty).
        } else if n >= 8 {
            // The last eight bytes, overlapping the word before.
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        } else if n >= 4 {
            // Four to seven bytes: the first four and the last four (they
            // overlap; with the length in `h`, they still tell keys apart).
            // Most Arabic words are here or in the case above; a byte loop
            // cost a mispredicted branch per word.
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            h = mix(h ^ (first | last << 32))
        } else {
            // One to three bytes: the first, middle and last.
            h = mix(h ^ (UInt64(base[0]) | UInt64(base[n / 2]) << 8 | UInt64(base[n - 1]) << 16))
        }
        return h
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        let m = (x ^ (x >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return m ^ (m >> 32)
    }

    /// The filter word of a hash, and the two bits it sets in it. The
    /// word is chosen by bits 32–51 and the bits by bits 52–63 (the slot
    /// index uses the low bits, the tag the high 32).
    @inline(__always)
    private static func filterBits(_ h: UInt64, mask: Int) -> (word: Int, bits: UInt64) {
        let word = Int(truncatingIfNeeded: h >> 32) & mask
        let bits = (1 as UInt64) << ((h >> 52) & 63) | (1 as UInt64) << ((h >> 58) & 63)
        return (word, bits)
    }

    @inline(__always)
    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        index(of: key, hash: Self.hash(key))
    }

    @inline(__always)
    private func index(of key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
        let mayHold = filter.withUnsafeBufferPointer { filter in
            let (word, bits) = Self.filterBits(h, mask: filter.count - 1)
            return filter[word] & bits == bits
        }
        guard mayHold else { return nil }
        let tag = h & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let s = slots[slot]
                if s == Self.empty { return nil }
                if s & 0xFFFF_FFFF_0000_0000 == tag {
                    let e = Int(truncatingIfNeeded: s & 0xFFFF_FFFF)
                    let entry = entries[e]
                    if entry.count == key.count, entry.hash == h, matches(key, entry) { return e }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func matches(_ key: UnsafeBufferPointer<UInt8>, _ entry: Entry) -> Bool {
        key.count == 0 || keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.start, key.baseAddress!, key.count) == 0 }
    }

    private mutating func insert(_ key: [UInt8], _ value: Value) {
        if let e = key.withUnsafeBufferPointer({ index(of: $0) }) {
            var t = takeTables()
            t.values[e] = value
            storage = Storage(t)
            return
        }
        var t = takeTables()
        t.entries.append(Entry(hash: key.withUnsafeBufferPointer(Self.hash), start: t.keyBytes.count, count: key.count))
        t.keyBytes.append(contentsOf: key)
        t.values.append(value)
        if t.entries.count * 2 > t.slots.count {
            t.slots = [UInt64](repeating: Self.empty, count: t.slots.count * 2)
            for e in t.entries.indices { Self.place(e, in: &t) }
        } else {
            Self.place(t.entries.count - 1, in: &t)
        }
        // A filter word for every four keys (a power of two).
        if t.entries.count > t.filter.count * 4 {
            t.filter = [UInt64](repeating: 0, count: t.filter.count * 2)
            for e in t.entries { Self.setFilterBits(e.hash, in: &t) }
        } else {
            Self.setFilterBits(t.entries[t.entries.count - 1].hash, in: &t)
        }
        storage = Storage(t)
    }

    /// The arrays, taken out of `storage` so that they are changed in
    /// place (when no other copy of the table shares them) rather than
    /// copied on every insert.
    private mutating func takeTables() -> Tables {
        let t = storage.tables
        storage = Storage(Tables(slots: [], filter: [], entries: [], values: [], keyBytes: []))
        return t
    }

    private static func setFilterBits(_ h: UInt64, in t: inout Tables) {
        let (word, bits) = filterBits(h, mask: t.filter.count - 1)
        t.filter[word] |= bits
    }

    private static func place(_ e: Int, in t: inout Tables) {
        let mask = t.slots.count - 1
        let h = t.entries[e].hash
        var slot = Int(truncatingIfNeeded: h) & mask
        while t.slots[slot] != empty { slot = (slot + 1) & mask }
        t.slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(e)
    }
}

/// A word's bytes with their `WordTable` hash, for asking several tables
/// about the same word while hashing it once (the cue finder asks up to
/// six about each reading of a word). Borrows the bytes, like `WordBytes`.
struct WordProbe {
    let bytes: UnsafeBufferPointer<UInt8>
    let hash: UInt64

    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        hash = WordTable<Bool>.hash(bytes)
    }
}
