import Foundation

extension CorpusLineParser {
    // MARK: - Strings

    /// A key, after its opening quote: which field it names, if any. A key
    /// that names one is ASCII once unescaped (no other string is
    /// canonically equivalent to these ASCII words, which is how the
    /// dictionary compared keys), so bytes decide.
    mutating func key() throws(Undecided) -> Field? {
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

    static func field<Key: Collection<UInt8>>(named key: Key) -> Field? {
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
    mutating func string() throws(Undecided) -> String {
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
    mutating func skipPlainBytes() {
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
    func refuseByteOrderMark() throws(Undecided) {
        if bytes.count - position >= 3, bytes[position] == 0xEF, bytes[position + 1] == 0xBB,
           bytes[position + 2] == 0xBF {
            throw Undecided()
        }
    }

    /// Checks a string, after its opening quote, without keeping it.
    mutating func skipString() throws(Undecided) {
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
    mutating func escape() throws(Undecided) {
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

    mutating func hex4() throws(Undecided) -> UInt16 {
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

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// JSON's four whitespace bytes; a line has no newline left in it.
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
