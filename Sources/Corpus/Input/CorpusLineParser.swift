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
    // The line's bytes and the reader's place in them are internal rather
    // than private: the strings and bytes are read in
    // CorpusLineParser+Strings.swift, the fields are CorpusLineParser+Fields.swift.
    /// Thrown (internally) to give up on the line.
    struct Undecided: Error {}

    /// Deeper nesting is left to `JSONSerialization` (its limit is 512).
    static let maximumDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Unescaped bytes of the string being read, reused between strings.
    var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
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

    mutating func record() throws(Undecided) -> Fields {
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
    mutating func fieldValue() throws(Undecided) -> Value {
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
    mutating func skipValue(depth: Int) throws(Undecided) {
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

    mutating func literal(_ word: StaticString) throws(Undecided) {
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
    mutating func number() throws(Undecided) -> Substring? {
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

    func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
