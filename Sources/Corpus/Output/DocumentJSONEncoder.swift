import Attribution
import Foundation

/// `AnalyzedDocument`'s Codable encoding as the scorer and other tools read
/// it: keys sorted (the same input gives the same bytes), Arabic written as
/// UTF-8 rather than `\u` escapes, and URLs without escaped slashes.
///
///     {"entities":[{"anonymity":"anonymous","id":"e2","name":"مصدر من موسكو",…}],"id":"asharq-moscow-idlib",…}
///
/// Documents are written by hand (`encode(_: AnalyzedDocument)`): Foundation's
/// `JSONEncoder` builds a tree of boxed values and sorts every object's keys,
/// and was a tenth of the whole analysis. The bytes are the ones
/// `JSONEncoder` gives with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted`), which a test checks; other types still go through it.
public struct DocumentJSONEncoder: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    public func encode<T: Encodable>(_ value: T) throws(OutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw OutputError("cannot encode JSON (\(error))")
        }
    }

    /// A document, written field by field in sorted-key order; optional
    /// fields that are nil are left out, as Codable's `encodeIfPresent` does.
    public func encode(_ document: AnalyzedDocument) throws(OutputError) -> Data {
        var w = JSONByteWriter(pretty: pretty)
        w.write(document)
        return w.bytes.data
    }

    /// `encode(document)` and a newline, made in one buffer (appending the
    /// newline to the finished `Data` copied the document again).
    func encodeLine(_ document: AnalyzedDocument) -> Data {
        var w = JSONByteWriter(pretty: pretty)
        w.write(document)
        w.newline()
        return w.bytes.data
    }
}

/// Writes JSON as `JSONEncoder`'s writer does (swift-foundation's
/// `JSONWriter`): compact, or pretty with two spaces per level and
/// `"key" : value`; strings escaped the same way.
struct JSONByteWriter: ~Copyable {
    private(set) var bytes = ByteBuffer(capacity: 4096)
    let pretty: Bool
    private var depth = 0
    /// A value was just written at this level: the next one needs a comma.
    private var needsComma = false

    init(pretty: Bool) {
        self.pretty = pretty
    }

    // MARK: - Documents, field by field in sorted-key order

    mutating func write(_ d: AnalyzedDocument) {
        openObject()
        if let date = d.date { key("date"); string(date) }
        key("entities"); array(d.entities) { $0.write($1) }
        key("id"); string(d.id)
        key("length"); int(d.length)
        if let outlet = d.outlet { key("outlet"); string(outlet) }
        key("statements"); array(d.statements) { $0.write($1) }
        if let title = d.title { key("title"); string(title) }
        if let url = d.url { key("url"); string(url) }
        closeObject()
    }

    mutating func write(_ e: Entity) {
        openObject()
        if let affiliation = e.affiliation { key("affiliation"); string(affiliation) }
        key("anonymity"); string(e.anonymity.rawValue)
        if let gender = e.gender { key("gender"); string(gender) }
        key("id"); string(e.id)
        key("kind"); string(e.kind.rawValue)
        key("mentions"); array(e.mentions) { $0.write($1) }
        key("name"); string(e.name)
        if let number = e.number { key("number"); string(number) }
        if let role = e.role { key("role"); string(role) }
        closeObject()
    }

    mutating func write(_ m: Mention) {
        openObject()
        key("end"); int(m.end)
        key("start"); int(m.start)
        key("text"); string(m.text)
        closeObject()
    }

    mutating func write(_ s: Statement) {
        openObject()
        key("content"); write(s.content)
        key("cue"); write(s.cue)
        if let embeddedIn = s.embeddedIn { key("embeddedIn"); string(embeddedIn) }
        key("id"); string(s.id)
        key("negated"); bool(s.negated)
        if let recipient = s.recipient { key("recipient"); string(recipient) }
        key("sentence"); int(s.sentence)
        key("speaker"); write(s.speaker)
        closeObject()
    }

    mutating func write(_ c: Content) {
        openObject()
        key("end"); int(c.end)
        key("form"); string(c.form.rawValue)
        key("start"); int(c.start)
        key("text"); string(c.text)
        closeObject()
    }

    mutating func write(_ c: Cue) {
        openObject()
        key("end"); int(c.end)
        key("kind"); string(c.kind.rawValue)
        key("lemma"); string(c.lemma)
        key("start"); int(c.start)
        key("text"); string(c.text)
        closeObject()
    }

    mutating func write(_ s: SpeakerReference) {
        openObject()
        if let end = s.end { key("end"); int(end) }
        if let entity = s.entity { key("entity"); string(entity) }
        key("resolution"); string(s.resolution.rawValue)
        if let start = s.start { key("start"); int(start) }
        key("text"); string(s.text)
        closeObject()
    }

    /// Ends a JSON Lines record.
    mutating func newline() {
        bytes.append(0x0A)
    }

    // MARK: - Containers

    private mutating func openObject() { open(UInt8(ascii: "{")) }
    private mutating func closeObject() { close(UInt8(ascii: "}")) }

    private mutating func array<T>(_ elements: [T], _ write: (inout JSONByteWriter, T) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements {
            separate()
            write(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty { bytes.append(0x0A) }
        depth += 1
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            indent()
        }
        bytes.append(bracket)
        needsComma = true
    }

    /// Before an array element or an object key.
    private mutating func separate() {
        if needsComma {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(0x0A) }
        }
        if pretty { indent() }
    }

    private mutating func indent() {
        for _ in 0..<depth {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        if pretty {
            bytes.append(contentsOf: " : ")
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
        needsComma = false
    }

    // MARK: - Scalars

    /// Decimal digits, as `String(value)` spells them, written in place
    /// (offsets are most of a document's numbers).
    private mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        var low = start, high = bytes.count - 1
        while low < high {
            // In place: reversing `bytes[start...]` copied the slice.
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
        needsComma = true
    }

    private mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? "true" : "false")
        needsComma = true
    }

    /// A string with `JSONWriter`'s escapes: `"` and `\`, the short forms
    /// \b \f \n \r \t, other controls as \u00xx (lowercase hex); `/` and
    /// everything from U+0020 up, Arabic included, as UTF-8.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { source in
            // Runs of bytes that need no escape are copied whole; eight
            // bytes with none are passed over at once (`mayNeedEscape`).
            var run = 0, i = 0
            let n = source.count
            while i < n {
                if i + 8 <= n,
                   !Self.mayNeedEscape(UnsafeRawPointer(source.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = source[i]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<i]))
                    escape(byte)
                    run = i + 1
                }
                i += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Whether any of eight bytes may need an escape: a control byte
    /// (below 0x20), «"» or «\». Never false when one does; when true,
    /// `string` looks at the bytes one by one.
    @inline(__always)
    private static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below n (n <= 0x80) sets its high bit in (x - n) & ~x.
        let control = (x &- ones &* 0x20) & ~x
        let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
        // A zero byte of v sets its high bit in (v - 1) & ~v.
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (control | zero) & highs != 0
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""), 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
