import Foundation

/// Windows-1256 (cp1256), the Arabic code page many newsroom systems still
/// save in: detected when a file is not UTF-8, and decoded.
///
/// Its bytes 0x80–0xFF map to Arabic letters, Arabic punctuation («،؛؟»)
/// and a few Latin ones; a file is taken for cp1256 only when it is not
/// valid UTF-8, has no NUL byte, and most of its high bytes decode to
/// Arabic (letters, marks, punctuation), with at least a few letters: Latin-1
/// text or random bytes do not pass.
///
///     let data = Data([0xE6, 0xDE, 0xC7, 0xE1])          // «وقال» in cp1256
///     Windows1256.isLikely(data)                         // true
///     Windows1256.decode(data)                           // "وقال"
public enum Windows1256 {
    /// The Unicode scalar of each byte from 0x80 to 0xFF (WHATWG's and
    /// Python's `cp1256`, which agree).
    static let high: [UInt32] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]

    /// The bytes as cp1256 text. Every byte maps to a scalar.
    public static func decode(_ data: Data) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for byte in data {
            let value = byte < 0x80 ? UInt32(byte) : high[Int(byte) - 0x80]
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Whether `data` (already known not to be UTF-8) reads as Arabic in
    /// cp1256: at least 3 Arabic letters, and at least 70% of the bytes
    /// above 0x7F Arabic (U+0600–U+06FF) once decoded.
    public static func isLikely(_ data: Data) -> Bool {
        var highBytes = 0, arabic = 0, letters = 0
        for byte in data {
            if byte == 0 { return false }
            guard byte >= 0x80 else { continue }
            highBytes += 1
            let value = high[Int(byte) - 0x80]
            if (0x0600...0x06FF).contains(value) { arabic += 1 }
            if (0x0621...0x064A).contains(value) { letters += 1 }
        }
        return letters >= 3 && arabic * 10 >= highBytes * 7
    }

    /// The command that converts `path` to UTF-8 for good, beside it:
    /// `iconv -f CP1256 -t UTF-8 old.txt > old.utf8.txt`.
    public static func iconvCommand(for path: String) -> String {
        let ns = path as NSString
        let ext = ns.pathExtension
        let target = ext.isEmpty ? path + ".utf8" : ns.deletingPathExtension + ".utf8." + ext
        return "iconv -f CP1256 -t UTF-8 \(shellQuoted(path)) > \(shellQuoted(target))"
    }

    private static func shellQuoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "._-/+".contains($0) } ? s
            : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
