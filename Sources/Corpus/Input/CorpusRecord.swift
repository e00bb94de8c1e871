import Attribution
import Foundation

/// One line of a JSON Lines corpus:
/// `{"id", "text", "title"?, "outlet"?, "date"?, "url"?}`, as in
/// `shared/corpus/bench/articles.jsonl.gz`.
///
///     {"id": "snn_2015-07-21_0003", "outlet": "aawsat", "title": "…", "text": "وقال …"}
///
/// Decoding is lenient about the optional fields (a numeric `date`, a null
/// `url`) so that one odd field does not cost a whole article; `text` must
/// be a non-empty string.
enum CorpusRecord {
    /// Why one line was skipped, and the id it had if any.
    struct LineError: Error, Equatable {
        var id: String?
        var reason: String
    }

    /// Parses one line; `fallbackID` names an article that has no `id`.
    ///
    /// `CorpusLineParser` reads the line when it is plain JSON (every line
    /// of the corpora); anything it leaves undecided (invalid JSON, and the
    /// valid oddities whose outcome is Foundation's to define) goes to
    /// `JSONSerialization`, which made every decision before and still
    /// words the errors.
    static func parse(_ line: Data, fallbackID: @autoclosure () -> String) -> Result<SourceDocument, LineError> {
        guard let fields = CorpusLineParser.fields(of: line) else {
            return parseWithFoundation(line, fallbackID: fallbackID())
        }
        let id = string(fields.id).flatMap { $0.isEmpty ? nil : $0 }
        let text: String
        switch fields.text {
        case .absent, .null:
            return .failure(LineError(id: id, reason: "no \"text\" field"))
        case .integer, .structure:
            return .failure(LineError(id: id, reason: "\"text\" is not a string"))
        case .string(let string):
            text = string
        }
        guard !text.unicodeScalars.allSatisfy(ArticleTextDecoder.isBlank) else {
            return .failure(LineError(id: id, reason: "\"text\" is empty"))
        }
        return .success(SourceDocument(
            id: id ?? fallbackID(), text: text,
            title: string(fields.title), outlet: string(fields.outlet),
            date: string(fields.date), url: string(fields.url)))
    }

    /// A string field, or an integer written as one; nil for anything else.
    private static func string(_ value: CorpusLineParser.Value) -> String? {
        switch value {
        case .string(let string), .integer(let string): string
        case .absent, .null, .structure: nil
        }
    }

    /// `parse` through `JSONSerialization`: the lines `CorpusLineParser`
    /// leaves undecided, and the reference its tests compare it with.
    static func parseWithFoundation(_ line: Data, fallbackID: String) -> Result<SourceDocument, LineError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            return .failure(LineError(id: nil, reason: whyNotJSON(line)))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(LineError(id: nil, reason: "not a JSON object"))
        }
        let id = string(fields["id"]).flatMap { $0.isEmpty ? nil : $0 }
        guard let textValue = fields["text"], !(textValue is NSNull) else {
            return .failure(LineError(id: id, reason: "no \"text\" field"))
        }
        guard let text = textValue as? String else {
            return .failure(LineError(id: id, reason: "\"text\" is not a string"))
        }
        guard !text.unicodeScalars.allSatisfy(ArticleTextDecoder.isBlank) else {
            return .failure(LineError(id: id, reason: "\"text\" is empty"))
        }
        return .success(SourceDocument(
            id: id ?? fallbackID, text: text,
            title: string(fields["title"]), outlet: string(fields["outlet"]),
            date: string(fields["date"]), url: string(fields["url"])))
    }

    /// Why a line is not JSON, in the terms `ArticleTextDecoder` uses for
    /// files: a NUL byte or invalid UTF-8 (offsets from the line's start)
    /// say more than "not valid JSON".
    static func whyNotJSON(_ line: Data) -> String {
        if let nul = line.firstIndex(of: 0) {
            return "binary data (NUL byte at offset \(nul - line.startIndex)), not JSON"
        }
        if let bad = ArticleTextDecoder.firstInvalidUTF8Offset(in: line) {
            let byte = String(format: "0x%02X", line[line.startIndex + bad])
            return "not valid UTF-8 (byte \(byte) at offset \(bad))"
        }
        let depth = nestingDepth(line)
        if depth > maximumReadableDepth {
            return "JSON nested \(depth) levels deep, over the \(maximumReadableDepth) that can be read"
        }
        if let value = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) {
            let kind = switch value {
            case is String: "string"
            case is [Any]: "array"
            case is NSNull: "null"
            case is NSNumber: "number or boolean"
            default: "value"
            }
            return "a JSON \(kind), not an object"
        }
        return "not valid JSON"
    }

    /// How deep JSONSerialization reads nested arrays and objects.
    static let maximumReadableDepth = 512

    /// The deepest nesting of `[` and `{` in `line`, outside strings.
    static func nestingDepth(_ line: Data) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in line {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B: depth += 1; deepest = max(deepest, depth)
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// A string field, or a number written as one; nil for anything else.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
