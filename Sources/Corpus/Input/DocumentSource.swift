import Foundation

/// One input as named on the command line, classified by how it is read.
///
/// A directory never appears here: `InputReader` expands it into its `.txt`
/// files first, so every source is exactly one file (or standard input).
///
///     DocumentSource(path: "Samples/asharq-moscow-idlib.txt")   // .text
///     DocumentSource(path: "page.htm")                           // .html
///     DocumentSource(path: "articles.jsonl.gz")                  // .corpus
///     DocumentSource(path: "-")                                  // .standardInput
public enum DocumentSource: Sendable, Hashable {
    /// A plain UTF-8 article: headline, blank line, one paragraph per line.
    case text(URL)
    /// A saved web page; its article text is extracted.
    case html(URL)
    /// JSON Lines, one article per line, optionally gzip-compressed.
    case corpus(URL)
    /// `-`: one plain-text article read from standard input.
    case standardInput

    /// Classifies a file path by its extension. Anything that is neither
    /// HTML nor a JSON Lines corpus is read as text, so that a file without
    /// an extension works and a binary one is caught by its content.
    public init(path: String) {
        if path == "-" {
            self = .standardInput
            return
        }
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent.lowercased()
        if name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz") {
            self = .corpus(url)
        } else if name.hasSuffix(".html") || name.hasSuffix(".htm") {
            self = .html(url)
        } else {
            self = .text(url)
        }
    }

    /// The file, or nil for standard input.
    public var url: URL? {
        switch self {
        case .text(let url), .html(let url), .corpus(let url): url
        case .standardInput: nil
        }
    }

    /// How messages name this input: the path as given, or `<stdin>`.
    public var displayName: String {
        url?.relativePath ?? "<stdin>"
    }

    /// The document id a single-article file gets: its name without its
    /// extension (`asharq-moscow-idlib.txt` → `asharq-moscow-idlib`).
    public var documentID: String {
        guard let url else { return "stdin" }
        return url.deletingPathExtension().lastPathComponent
    }
}
