import Foundation

/// A strict JSON reader for one corpus line, the fast path of
/// `CorpusRecord.parse`: it reads the six fields a record uses (`id`,
/// `text`, `title`, `outlet`, `date`, `url`) straight from the line's bytes
/// and checks the rest of the line without building it.
///
/// Foundation's `JSONSerialization` made a dictionary of `Any` for every
/// line, bridged each value and decoded the 3 KB article text through its
/// own buffers: about 4 % of a one-thread run. This reader makes only the
/// strings the record keeps.
///
/// It must never disagree with `JSONSerialization`, whose exact rules for
/// odd input are not JSON's: it accepts trailing commas (`{"a": 1,}`), a
/// byte-order mark, UTF-16 and UTF-32 lines, nesting up to 512 levels;
/// rejects numbers it cannot represent (`1E400`); turns `true` into an
/// `NSNumber` whose string is `1`, and large or fractional numbers into
/// `NSDecimalNumber` or `Double` with their own spelling. Rather than copy
/// those rules, the reader gives up (`nil`) on anything outside plain
/// RFC 8259 JSON as the corpora write it, and on a few valid things whose
/// outcome depends on those rules (a boolean, fractional or exponent number
/// in a field the record reads, deep nesting, long numbers); the caller
/// then asks `JSONSerialization`, as before. Every line the reader does
/// decide is valid JSON for both, with the same values: the last of
/// duplicate keys wins, as in the dictionary; escapes (`\uXXXX` surrogate
/// pairs included) are decoded; invalid UTF-8, a raw control character or
/// a lone surrogate anywhere makes it give up, so that `JSONSerialization`
/// reports the line, and so does a byte-order mark where
/// `JSONSerialization` would drop it (`refuseByteOrderMark`). `CorpusLineParserTests` compares the two on awkward
/// and broken lines.
struct CorpusLineParser {
    /// What the line gave for one field the record reads.
    enum Value: Equatable {
        case absent
        case null
        case string(String)
        /// An integer, spelt as `NSNumber.stringValue` spells it.
        case integer(String)
        /// An array or an object: neither a string nor a number.
        case structure
    }

    /// The record's fields, in `Field` order.
    struct Fields: Equatable {
        var id = Value.absent
        var text = Value.absent
        var title = Value.absent
        var outlet = Value.absent
        var date = Value.absent
        var url = Value.absent
    }

    private enum Field {
        case id, text, title, outlet, date, url
    }

    /// Thrown (internally) to give up on the line.
    private struct Undecided: Error {}

    /// Deeper nesting is left to `JSONSerialization` (its limit is 512).
    static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Unescaped bytes of the string being read, reused between strings.
    private var scratch: [UInt8] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The record's fields when `line` is one JSON object that this reader
    /// can decide; nil when `JSONSerialization` must (invalid or unusual
    /// JSON, or a top level that is not an object).
    static func fields<Bytes: ContiguousBytes>(of line: Bytes) -> Fields? {
        line.withUnsafeBytes { raw in
            var parser = CorpusLineParser(raw.bindMemory(to: UInt8.self))
            return try? parser.record()
        }
    }

    private mutating func record() throws(Undecided) -> Fields {
        skipWhitespace()
        guard next() == UInt8(ascii: "{") else { throw Undecided() }
        var fields = Fields()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                guard next() == UInt8(ascii: "\"") else { throw Undecided() }
                let field = try key()
                skipWhitespace()
                guard next() == UInt8(ascii: ":") else { throw Undecided() }
                skipWhitespace()
                if let field {
                    let value = try fieldValue()
                    switch field {
                    case .id: fields.id = value
                    case .text: fields.text = value
                    case .title: fields.title = value
                    case .outlet: fields.outlet = value
                    case .date: fields.date = value
                    case .url: fields.url = value
                    }
                } else {
                    try skipValue(depth: 1)
                }
                skipWhitespace()
                let separator = next()
                if separator == UInt8(ascii: "}") { break }
                guard separator == UInt8(ascii: ",") else { throw Undecided() }
            }
        }
        skipWhitespace()
        guard position == bytes.count else { throw Undecided() }
        return fields
    }

    // MARK: - Values

    /// The value of a field the record reads.
    private mutating func fieldValue() throws(Undecided) -> Value {
        guard let byte = peek() else { throw Undecided() }
        switch byte {
        case UInt8(ascii: "\""):
            position += 1
            return .string(try string())
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let integer = try number(), let value = Int64(integer) else { throw Undecided() }
            // `-0` is the integer 0 to JSONSerialization.
            return .integer(String(value))
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            try skipValue(depth: 1)
            return .structure
        default:
            // true, false (an NSNumber whose string is "1" or "0"), or not JSON.
            throw Undecided()
        }
    }

    /// Checks one value of a field the record does not read.
    private mutating func skipValue(depth: Int) throws(Undecided) {
        guard depth <= Self.maximumDepth, let byte = next() else { throw Undecided() }
        switch byte {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"):
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                guard next() == UInt8(ascii: "\"") else { throw Undecided() }
                try skipString()
                skipWhitespace()
                guard next() == UInt8(ascii: ":") else { throw Undecided() }
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                let separator = next()
                if separator == UInt8(ascii: "}") { return }
                guard separator == UInt8(ascii: ",") else { throw Undecided() }
            }
        case UInt8(ascii: "["):
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                try skipValue(depth: depth + 1)
                skipWhitespace()
                let separator = next()
                if separator == UInt8(ascii: "]") { return }
                guard separator == UInt8(ascii: ",") else { throw Undecided() }
            }
        case UInt8(ascii: "t"):
            position -= 1
            try literal("true")
        case UInt8(ascii: "f"):
            position -= 1
            try literal("false")
        case UInt8(ascii: "n"):
            position -= 1
            try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            position -= 1
            _ = try number()
        default:
            throw Undecided()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Undecided) {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count else { throw Undecided() }
        let start = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != start[offset] {
            throw Undecided()
        }
        position += count
    }

    /// Reads a number in JSON's grammar; returns its text when it is an
    /// integer. Gives up on an exponent or on more digits than a `Double`
    /// or an `Int64` holds exactly, where JSONSerialization's choice of
    /// type (and its refusal of what it cannot represent) would matter.
    private mutating func number() throws(Undecided) -> Substring? {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        guard let first = peek(), isDigit(first) else { throw Undecided() }
        position += 1
        var integer = true
        if first != UInt8(ascii: "0") {
            while let byte = peek(), isDigit(byte) { position += 1 }
        }
        guard position - integerStart <= 18 else { throw Undecided() }
        if peek() == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while let byte = peek(), isDigit(byte) { position += 1 }
            guard position > fractionStart, position - fractionStart <= 15 else { throw Undecided() }
            integer = false
        }
        if let byte = peek() {
            // An exponent, or a digit after a leading zero (`01`: invalid).
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || isDigit(byte) { throw Undecided() }
        }
        guard integer else { return nil }
        return Substring(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: - Strings

    /// A key, after its opening quote: which field it names, if any. A key
    /// that names one is ASCII once unescaped (no other string is
    /// canonically equivalent to these ASCII words, which is how the
    /// dictionary compared keys), so bytes decide.
    private mutating func key() throws(Undecided) -> Field? {
        let start = position
        while true {
            guard let byte = peek() else { throw Undecided() }
            if byte == UInt8(ascii: "\"") {
                let key = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return Self.field(named: key)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            position += 1
        }
        // Escapes or non-ASCII: unescape (and check) it as a string.
        position = start
        let key = try string()
        return key.utf8.withContiguousStorageIfAvailable { Self.field(named: $0) } ?? Self.field(named: Array(key.utf8))
    }

    private static func field<Key: Collection<UInt8>>(named key: Key) -> Field? {
        switch key.count {
        case 2 where key.elementsEqual("id".utf8): .id
        case 3 where key.elementsEqual("url".utf8): .url
        case 4 where key.elementsEqual("text".utf8): .text
        case 4 where key.elementsEqual("date".utf8): .date
        case 5 where key.elementsEqual("title".utf8): .title
        case 6 where key.elementsEqual("outlet".utf8): .outlet
        default: nil
        }
    }

    /// A string, after its opening quote, unescaped.
    private mutating func string() throws(Undecided) -> String {
        let start = position
        try refuseByteOrderMark()
        // Most strings of a corpus line have no escape: scan to the quote
        // and validate the bytes as they stand.
        skipPlainBytes()
        guard let first = peek() else { throw Undecided() }
        if first == UInt8(ascii: "\"") {
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
            position += 1
            guard let string = String(validating: raw, as: UTF8.self) else { throw Undecided() }
            return string
        }
        scratch.removeAll(keepingCapacity: true)
        var run = start
        while true {
            skipPlainBytes()
            guard let byte = peek(), byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                // The end of the line, or a raw control character.
                throw Undecided()
            }
            // The bytes since the last escape, in one go.
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
            position += 1
            if byte == UInt8(ascii: "\"") {
                guard let string = String(validating: scratch, as: UTF8.self) else { throw Undecided() }
                return string
            }
            try escape()
            try refuseByteOrderMark()
            run = position
        }
    }

    /// Moves past the bytes a string holds as they are: all but `"`, `\`
    /// and the controls below U+0020. Eight bytes at a time while none of
    /// them is one of those (the article text is most of a line's bytes).
    private mutating func skipPlainBytes() {
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while bytes.count - position >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                // A byte of `quote` or `backslash` is zero where `word` has
                // that character; `(x - 0x01…) & ~x` has the high bit of
                // each zero byte set, `(word - 0x20…) & ~word` of each byte
                // below 0x20 (exact for whether any is there, which is all
                // that is asked: the bytes are then looked at one by one).
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                    | ((word &- ones &* 0x20) & ~word)
                if special & highs != 0 { break }
                position += 8
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
            position += 1
        }
    }

    /// Gives up on a string whose raw bytes, at its start or just after an
    /// escape, are a UTF-8 byte-order mark (EF BB BF): JSONSerialization
    /// decodes each run of raw bytes between escapes on its own and drops
    /// such a mark from the front of each (a title in the bench corpus
    /// starts with one), which is its rule to keep, not ours.
    private func refuseByteOrderMark() throws(Undecided) {
        if bytes.count - position >= 3, bytes[position] == 0xEF, bytes[position + 1] == 0xBB,
           bytes[position + 2] == 0xBF {
            throw Undecided()
        }
    }

    /// Checks a string, after its opening quote, without keeping it.
    private mutating func skipString() throws(Undecided) {
        let start = position
        skipPlainBytes()
        guard let byte = next() else { throw Undecided() }
        if byte == UInt8(ascii: "\\") {
            // Escapes make ASCII or checked scalars; the raw bytes around
            // them are checked as UTF-8 by `string()`.
            position = start
            _ = try string()
            return
        }
        guard byte == UInt8(ascii: "\""),
              String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self) != nil
        else { throw Undecided() }
    }

    /// Appends the UTF-8 of one escape, after its backslash, to `scratch`.
    private mutating func escape() throws(Undecided) {
        guard let byte = next() else { throw Undecided() }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var value = UInt32(try hex4())
            if 0xD800...0xDBFF ~= value {
                // A high surrogate must be followed by an escaped low one.
                guard next() == UInt8(ascii: "\\"), next() == UInt8(ascii: "u") else { throw Undecided() }
                let low = UInt32(try hex4())
                guard 0xDC00...0xDFFF ~= low else { throw Undecided() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if 0xDC00...0xDFFF ~= value {
                throw Undecided()
            }
            guard let scalar = Unicode.Scalar(value) else { throw Undecided() }
            scratch.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw Undecided()
        }
    }

    private mutating func hex4() throws(Undecided) -> UInt16 {
        guard bytes.count - position >= 4 else { throw Undecided() }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Undecided()
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    // MARK: - Bytes

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// JSON's four whitespace bytes; a line has no newline left in it.
    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
