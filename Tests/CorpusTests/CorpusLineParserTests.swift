import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// `CorpusRecord.parse` (the hand-written `CorpusLineParser`, falling back
/// to Foundation on what it leaves undecided) gives what the
/// `JSONSerialization` code gave, line for line: the same fields with the
/// same Unicode scalars, or the same error with the same id.
@Suite struct CorpusLineParserTests {
    /// The two results, compared scalar for scalar (`String`'s `==` would
    /// let canonically equivalent but different texts through).
    static func expectSame(_ line: Data, sourceLocation: SourceLocation = #_sourceLocation) {
        let fast = CorpusRecord.parse(line, fallbackID: "fallback-1")
        let reference = CorpusRecord.parseWithFoundation(line, fallbackID: "fallback-1")
        #expect(describe(fast) == describe(reference),
                "line: \(String(decoding: line, as: UTF8.self).debugDescription) \(Array(line.prefix(64)))",
                sourceLocation: sourceLocation)
    }

    static func describe(_ result: Result<SourceDocument, CorpusRecord.LineError>) -> String {
        func scalars(_ string: String?) -> String {
            guard let string else { return "nil" }
            return string.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        }
        switch result {
        case .success(let document):
            return "document id=\(scalars(document.id)) text=\(scalars(document.text)) title=\(scalars(document.title)) "
                + "outlet=\(scalars(document.outlet)) date=\(scalars(document.date)) url=\(scalars(document.url))"
        case .failure(let error):
            return "error id=\(scalars(error.id)) reason=\(error.reason)"
        }
    }

    static func expectDecided(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(CorpusLineParser.fields(of: Data(line.utf8)) != nil, "\(line.debugDescription)",
                sourceLocation: sourceLocation)
    }

    /// Valid lines of every shape the parser reads itself.
    static let valid: [String] = [
        #"{"id": "snn_2015-07-21_0000", "outlet": "aawsat", "title": "بريطانيا: أربعة محاور", "text": "حدد رئيس الوزراء \"صراع جيلنا\"\nوقال"}"#,
        #"{"id":"a","text":"قال"}"#,
        "  {  \"id\" : \"a\" ,\t\"text\"\t:\t\"قال\"  }  ",
        #"{"text": "x\"y\\z\/w\b\f\n\r\tend"}"#,
        #"{"text": "\u0627\u0644\u0642\u062F\u0633 \u00e9 \u00E9 e\u0301"}"#,
        #"{"text": "\ud83d\ude00 \uD83D\uDE00 😀 \uDBFF\uDFFF \uD800\uDC00"}"#,
        #"{"text": "nul\u0000inside", "id": "\u0000"}"#,
        #"{"text": "\u200f\u200e\ufeff\uffff\ufffe\u2028\u2029 \u0085 \u007f"}"#,
        "{\"text\": \"raw \u{7F} \u{85} \u{FEFF} \u{FFFF} \u{10FFFF} \u{2028}\"}",
        #"{"text": "a", "text": "b"}"#,
        #"{"text": "a", "text": null}"#,
        #"{"text": null, "text": "b"}"#,
        #"{"id": "x", "id": "", "text": "b"}"#,
        #"{"id": "", "text": "b"}"#,
        #"{"id": 7, "text": "b", "date": 20171009, "url": null, "title": -0, "outlet": -123456789012345678}"#,
        #"{"id": 0, "text": "b", "date": 123456789012345678}"#,
        #"{"te\u0078t": "escaped key", "\u0069d": "escaped id"}"#,
        #"{"t\u0065xt": "a", "text": "b", "te\u0301xt": "c", "TEXT": "d", "text ": "e"}"#,
        #"{"text": "b", "meta": {"a": [1, 2.5, -0.25, true, false, null, "s", {"b": {}}, []], "c": "\ud83d\ude00"}}"#,
        #"{"nested": [[[[[[[[[[{"text": "not this one"}]]]]]]]]]], "text": "this one"}"#,
        #"{"text": "b", "n": 0, "m": -0, "f": 0.5, "g": -12.125, "h": 123456789012345678, "k": 1.123456789012345}"#,
        #"{"text": "b", "مفتاح": "قيمة", "ключ": 1}"#,
        #"{"text": ["an", "array"], "id": "t1"}"#,
        #"{"text": {"ar": "قال"}, "id": "t2"}"#,
        #"{"text": 42, "id": "t3"}"#,
        #"{"text": -0, "id": 4}"#,
        #"{"id": "no-text", "title": "…"}"#,
        #"{"text": null, "id": "null-text"}"#,
        #"{"text": "   ", "id": "blank"}"#,
        #"{"text": " \n\t\u200f\u00a0\u3000\ufeff ", "id": "blank2"}"#,
        #"{"text": ""}"#,
        #"{}"#,
        #"{"title": {"a": 1}, "outlet": [1], "url": [], "date": {}, "text": "x"}"#,
        "{\"text\": \"x\"}\r",
        "{\"text\": \"x\"}\r\r",
        // A byte-order mark where JSONSerialization keeps it.
        "{\"text\": \"x\u{FEFF}y\\n z\u{FEFF}\", \"title\": \"\\ufeffescaped\"}",
    ]

    /// Valid JSON whose outcome is `JSONSerialization`'s to define, invalid
    /// JSON of many kinds, and lines that are not JSON at all.
    static let awkward: [String] = [
        // Fields read as numbers or booleans in Foundation's own spelling.
        #"{"id": true, "text": "b"}"#, #"{"id": false, "text": "b", "date": true}"#,
        #"{"text": true}"#, #"{"text": false, "id": 1.5}"#,
        #"{"date": 1.0, "text": "b"}"#, #"{"date": 1e2, "text": "b"}"#, #"{"date": 1E-7, "text": "b"}"#,
        #"{"date": -0.0, "text": "b"}"#, #"{"date": 0.1, "text": "b"}"#,
        #"{"id": 9223372036854775807, "text": "b"}"#, #"{"id": 9223372036854775808, "text": "b"}"#,
        #"{"id": -9223372036854775808, "text": "b"}"#, #"{"id": 12345678901234567890, "text": "b"}"#,
        #"{"id": 123456789012345678901234, "text": "b"}"#, #"{"id": 1234567890.123456789, "text": "b"}"#,
        #"{"x": 1E400, "text": "b"}"#, #"{"x": -1e400, "text": "b"}"#, #"{"x": 1e-400, "text": "b"}"#,
        #"{"x": 100000000000000000000.0, "text": "b"}"#, #"{"x": 0.0000000000000000000001, "text": "b"}"#,
        // Not quite JSON.
        #"{"text": "b",}"#, #"{"text": "b", "x": [1, 2,]}"#, #"{"text": "b", "x": {"a": 1,}}"#, #"{,}"#, #"{"text": "b",,}"#,
        #"{"x": 01, "text": "b"}"#, #"{"x": -01, "text": "b"}"#, #"{"x": 1., "text": "b"}"#, #"{"x": .5, "text": "b"}"#,
        #"{"x": -, "text": "b"}"#, #"{"x": +1, "text": "b"}"#, #"{"x": 1e, "text": "b"}"#, #"{"x": 0x10, "text": "b"}"#,
        #"{"x": NaN, "text": "b"}"#, #"{"x": Infinity, "text": "b"}"#, #"{"x": -Infinity, "text": "b"}"#,
        #"{"x": tru, "text": "b"}"#, #"{"x": nul, "text": "b"}"#, #"{"x": True, "text": "b"}"#, #"{"x": None, "text": "b"}"#,
        #"{text: "b"}"#, #"{'text': 'b'}"#, #"{"text": 'b'}"#, #"{"text" "b"}"#, #"{"text": "b" "id": "c"}"#,
        #"{"text": "b"} x"#, #"{"text": "b"}{}"#, #"{"text": "b"}}"#, #"{"text": "b"]"#, #"{"text": "b""#,
        #"{"text": "b" /* comment */}"#, #"// comment"#, #"{"text": "b"} // comment"#,
        // Strings.
        #"{"text": "\x41"}"#, #"{"text": "\a"}"#, #"{"text": "\'"}"#, #"{"text": "\U0041"}"#, #"{"text": "\u41"}"#,
        #"{"text": "\u004"}"#, #"{"text": "\u00G1"}"#, #"{"text": "\"#, #"{"text": "\\\"}"#,
        #"{"text": "\ud800"}"#, #"{"text": "\udc00"}"#, #"{"text": "\ud83dx"}"#, #"{"text": "\ud83d\u0041"}"#,
        #"{"text": "\ud83d\ud83d"}"#, #"{"text": "\ude00\ud83d"}"#, #"{"text": "b", "x": "\ud800"}"#,
        #"{"text": "b", "\udc00": 1}"#, #"{"text": "\ud83d\"}"#, #"{"text": "\ud83d\u"}"#,
        "{\"text\": \"tab\there\"}", "{\"text\": \"cr\rhere\"}", "{\"text\": \"b\", \"x\": \"\u{1F}\"}",
        "{\"te\u{01}xt\": \"b\"}",
        // A raw byte-order mark at the start of a string, or after an
        // escape, which JSONSerialization drops.
        "{\"id\": \"b1\", \"title\": \"\u{FEFF}عنوان\", \"text\": \"قال\"}",
        "{\"id\": \"\u{FEFF}b2\", \"text\": \"\u{FEFF}\u{FEFF}قال\"}",
        "{\"text\": \"\u{FEFF}\"}", "{\"text\": \"\u{FEFF} \"}",
        "{\"text\": \"a\\n\u{FEFF}b\\\"\u{FEFF}c\\ud83d\\ude00\u{FEFF}d\\u0041\u{FEFF}\"}",
        "{\"text\": \"\u{FEFF}\\ufeffx\", \"\u{FEFF}id\": \"bom-key\"}",
        "{\"\u{FEFF}text\": \"bom key\"}", "{\"te\u{FEFF}xt\": \"inner bom key\"}",
        // Whitespace JSON does not have.
        "{\"text\":\u{0C}\"b\"}", "{\"text\":\u{0B}\"b\"}", "{\"text\":\u{A0}\"b\"}", "\u{FEFF}{\"text\": \"b\"}",
        "{\"text\":\u{2028}\"b\"}", "{\"text\": \"b\"}\u{0C}",
        // Not objects.
        #"["an", "array"]"#, #"[]"#, #"[{"text": "b"}]"#, #""text""#, #"42"#, #"null"#, #"true"#, "", " ",
        "not json at all", "{", "}", "{\"", "{\"text\"", "{\"text\":", "{\"text\": \"b\"",
        // Deep nesting, around Foundation's limit of 512.
        "{\"text\": \"b\", \"x\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
        "{\"text\": \"b\", \"x\": " + String(repeating: "[", count: 511) + String(repeating: "]", count: 511) + "}",
        "{\"text\": \"b\", \"x\": " + String(repeating: "[", count: 512) + String(repeating: "]", count: 512) + "}",
        "{\"text\": \"b\", \"x\": " + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000) + "}",
        "{\"text\": \"b\", \"x\": " + String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600) + "}",
        "{\"text\": \"b\", \"x\": " + String(repeating: "[", count: 2000),
    ]

    /// Raw byte lines: invalid UTF-8, NUL bytes, other encodings.
    static let binary: [[UInt8]] = {
        let open = Array(#"{"id": "cp1256", "text": ""#.utf8), close = Array(#""}"#.utf8)
        return [
            open + [0xE3, 0xE1] + close,                       // cp1256 Arabic
            open + [0xD9] + close,                             // truncated sequence
            open + [0xC0, 0x80] + close,                       // overlong NUL
            open + [0xED, 0xA0, 0x80] + close,                 // encoded surrogate
            open + [0xF4, 0x90, 0x80, 0x80] + close,           // beyond U+10FFFF
            open + [0xFF] + close, open + [0x80] + close,
            open + Array("قال".utf8) + [0x00] + close,        // raw NUL in a string
            Array(#"{"text": "b", "x": ""#.utf8) + [0xE3] + close,
            Array(#"{"text": "b", ""#.utf8) + [0xE3] + Array(#"": 1}"#.utf8),
            Array(#"{"text": "b"}"#.utf8) + [0x00],
            [0x00] + Array(#"{"text": "b"}"#.utf8),
            [0xEF, 0xBB, 0xBF] + Array(#"{"text": "b"}"#.utf8),
            Array(#"{"text": "b"}"#.utf8) + [0xC2, 0xA0],
            // UTF-16 and UTF-32, which JSONSerialization recognises.
            Array(#"{"text": "قال"}"#.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            Array(#"{"text": "قال"}"#.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            [0xFF, 0xFE] + Array(#"{"text": "b"}"#.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            Array(#"{"text": "b"}"#.unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }),
            Array(#"{"text": "b"}"#.unicodeScalars.flatMap { [0, 0, 0, UInt8($0.value & 0xFF)] }),
        ]
    }()

    @Test(arguments: valid)
    func validLinesAreDecidedByTheParser(_ line: String) {
        Self.expectDecided(line)
        Self.expectSame(Data(line.utf8))
    }

    @Test(arguments: awkward)
    func awkwardLinesAgree(_ line: String) {
        Self.expectSame(Data(line.utf8))
    }

    @Test(arguments: binary)
    func binaryLinesAgree(_ line: [UInt8]) {
        Self.expectSame(Data(line))
    }

    /// Every prefix of lines with escapes, nesting and Arabic: truncated
    /// lines (a cut download, an over-long line) anywhere, mid-escape and
    /// mid-character included.
    @Test func truncatedLinesAgree() {
        let lines = [
            #"{"id": "a\"b", "text": "وقال \ud83d\ude00 \u0627 «x»\n", "meta": {"a": [1, -2.5, true, null, {}]}, "date": 2017}"#,
            #"{"text": "\\\/\b\f\n\r\t", "title": "عنوان", "outlet": 12, "url": "https:\/\/x"}"#,
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            for end in 0...bytes.count {
                Self.expectSame(Data(bytes[..<end]))
            }
        }
    }

    /// A valid line with one byte replaced, inserted or removed, at every
    /// place, by the bytes that matter to JSON and to UTF-8.
    @Test func mutatedLinesAgree() {
        let line = Array(#"{"id": "m\u00e9", "text": "قال \"x\" \ud83d\ude00", "n": [0, -1.5, {"k": null}], "t": true}"#.utf8)
        let replacements: [UInt8] = [0x00, 0x09, 0x0D, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x30, 0x31, 0x3A, 0x5B, 0x5C,
                                     0x5D, 0x65, 0x6E, 0x75, 0x7B, 0x7D, 0x7F, 0x80, 0xC2, 0xD9, 0xEF, 0xFF]
        for index in line.indices {
            var removed = line
            removed.remove(at: index)
            Self.expectSame(Data(removed))
            for byte in replacements where byte != line[index] {
                var replaced = line
                replaced[index] = byte
                Self.expectSame(Data(replaced))
                var inserted = line
                inserted.insert(byte, at: index)
                Self.expectSame(Data(inserted))
            }
        }
    }

    /// Lines put together at random from JSON's pieces, valid and not
    /// (a fixed seed: the same lines every run).
    @Test func randomLinesAgree() {
        var generator = SplitMix64(seed: 7)
        let pieces = ["{", "}", "[", "]", ":", ",", " ", "\"", "\\", "\"text\"", "\"id\"", "\"title\"", "\"date\"",
                      "\"قال\"", "\"x\\n\\\"\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\u0041\"", "0", "-0", "12",
                      "1.5", "1e5", "true", "false", "null", "\"\"", "\"  \"", "\t", "é", "\u{0}", "\u{FEFF}"]
        for _ in 0..<4000 {
            var line = "{"
            for _ in 0..<Int.random(in: 1...14, using: &generator) {
                line += pieces.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { line += "}" }
            Self.expectSame(Data(line.utf8))
        }
        // Mostly well-formed records with random field values.
        let values = ["\"قال\"", "\"\"", "\" \"", "null", "7", "-0", "1.5", "true", "[]", "{}", "[\"a\", {\"b\": 1}]",
                      "\"\\u0000\"", "\"\\ud83d\\ude00\"", "\"\\udc00\"", "01", "\"a\\qb\"",
                      "\"\u{FEFF}x\"", "\"\\n\u{FEFF}x\""]
        let keys = ["id", "text", "title", "outlet", "date", "url", "other", "t\\u0065xt", "تاريخ"]
        for _ in 0..<4000 {
            var members: [String] = []
            for _ in 0..<Int.random(in: 0...7, using: &generator) {
                members.append("\"\(keys.randomElement(using: &generator)!)\": \(values.randomElement(using: &generator)!)")
            }
            Self.expectSame(Data(("{" + members.joined(separator: ", ") + "}").utf8))
        }
    }

    /// The bench corpus's lines: the first 2,000, and every line with a
    /// `\u` escape or a byte-order mark (one title starts with one, which
    /// Foundation drops). All but the latter are read by the parser.
    @Test(.enabled(if: SharedCorpus.bench.isPresent, "../shared/corpus/bench is not beside the clone"))
    func benchCorpusLinesAgree() throws {
        let lines = try GzipLineReader(url: SharedCorpus.bench.url)
        var count = 0, compared = 0, undecided = 0
        let escape = Data("\\u".utf8), mark = Data([0xEF, 0xBB, 0xBF])
        while let line = try lines.next() {
            count += 1
            guard count <= 2000 || line.range(of: escape) != nil || line.range(of: mark) != nil else { continue }
            if CorpusLineParser.fields(of: line) == nil { undecided += 1 }
            Self.expectSame(line)
            compared += 1
        }
        #expect(count == 20_000)
        #expect(compared > 2000)
        #expect(undecided == 1)
    }
}

/// A small seeded generator, so that the random lines are the same on
/// every run and machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
