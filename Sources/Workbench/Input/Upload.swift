import Foundation

/// One file or pasted text as the browser or an API client sent it: a name
/// that says how to read it (`.txt`, `.html`, `.jsonl`, `.jsonl.gz`) and
/// its bytes.
///
///     Upload(name: "asharq-moscow-idlib.txt", bytes: Data(text.utf8))
public struct Upload: Sendable {
    public var name: String
    public var bytes: Data

    public init(name: String, bytes: Data) {
        self.name = name
        self.bytes = bytes
    }

    /// How the upload is read, from its name.
    public enum Format: String, Sendable {
        case text, html, jsonl, jsonlGzip = "jsonl.gz"
    }

    /// The format its name gives; a name without a known extension is
    /// text, as on the command line; `.gz` that is not `.jsonl.gz` is refused.
    public var format: Format? {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl.gz") { return .jsonlGzip }
        if lower.hasSuffix(".jsonl") { return .jsonl }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".gz") || lower.hasSuffix(".zip") || lower.hasSuffix(".pdf") || lower.hasSuffix(".docx") {
            return nil
        }
        return .text
    }

    /// The file's name without directories or its extension: the article id.
    public var stem: String {
        var base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        for suffix in [".jsonl.gz", ".jsonl", ".html", ".htm", ".txt"] where base.lowercased().hasSuffix(suffix) {
            base.removeLast(suffix.count)
            break
        }
        return base
    }
}
