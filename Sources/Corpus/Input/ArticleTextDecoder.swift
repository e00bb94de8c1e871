import Foundation

/// Turns the bytes of one article into its text, refusing what is not an
/// article: binary data, invalid UTF-8, or nothing but whitespace.
///
/// The text is kept exactly as read (no normalisation, a byte-order mark
/// included), because statement offsets count its Unicode scalars and the
/// scorer slices the same file with Python's `open(encoding="utf-8")`.
///
///     try ArticleTextDecoder.decode(Data("وقال الكرملين إن …".utf8), name: "a.txt")
///     // "وقال الكرملين إن …"
///     try ArticleTextDecoder.decode(Data([0x50, 0x4B, 0x00]), name: "a.txt")
///     // InputError: "a.txt: binary file (NUL byte at offset 2), not UTF-8 text"
///
/// Arabic text saved as Windows-1256 (cp1256), which is not UTF-8, is
/// recognised (`Windows1256`) and decoded; `note` is told so, with the
/// `iconv` command that converts the file for good. Offsets then count the
/// scalars of the decoded text.
public enum ArticleTextDecoder {
    public static func decode(_ data: Data, name: String,
                              note: (String) -> Void = { _ in }) throws(InputError) -> String {
        if let nul = data.firstIndex(of: 0) {
            throw InputError("\(name): binary file (NUL byte at offset \(nul - data.startIndex)), not UTF-8 text")
        }
        let text: String
        if let bad = firstInvalidUTF8Offset(in: data) {
            guard Windows1256.isLikely(data) else {
                let byte = String(format: "0x%02X", data[data.startIndex + bad])
                throw InputError("\(name): not valid UTF-8 (byte \(byte) at offset \(bad)), nor Arabic in Windows-1256; "
                                 + "save it as UTF-8 and try again")
            }
            text = Windows1256.decode(data)
            note("\(name): read as Windows-1256 (cp1256), not UTF-8; offsets count the decoded text. "
                 + "To convert it for good: \(Windows1256.iconvCommand(for: name))")
        } else {
            text = String(decoding: data, as: UTF8.self)
        }
        if text.unicodeScalars.allSatisfy(isBlank) {
            throw InputError(data.isEmpty ? "\(name): empty file" : "\(name): contains only whitespace")
        }
        return text
    }

    /// True for whitespace and the invisible marks (BOM, bidi marks) that
    /// make a file look non-empty without holding a word.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
            || scalar == "\u{FEFF}" || scalar == "\u{200E}" || scalar == "\u{200F}"
            || scalar == "\u{200B}" || scalar == "\u{200C}" || scalar == "\u{200D}"
    }

    /// The byte offset of the first byte that does not belong to a valid
    /// UTF-8 sequence, or nil when all of `data` is valid.
    static func firstInvalidUTF8Offset(in data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return nil
            case .error(let length):
                _ = length
                return offset
            }
        }
    }
}
