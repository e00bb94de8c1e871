import Attribution
import Foundation

/// One unit of work as read, before the costly part: a corpus line still
/// to be parsed, or an article already read. `resolve()` turns it into a
/// document or a skipped line; it is pure, so that a parallel run parses
/// JSON on its worker threads while one thread only reads and decompresses.
///
///     while let pending = try documents.nextPending() {
///         group.addTask { pending.resolve() }      // .document or .skipped
///     }
public struct PendingDocument: Sendable {
    enum Body: Sendable {
        case ready(InputItem)
        /// A corpus line; an article without an id is named
        /// `<stem>-<line>`, made only then (most lines have an id).
        case line(Data, stem: String)
        case tooLong(bytes: Int)
    }

    /// The input as named on the command line.
    public let source: String
    /// The 1-based corpus line, or 0 for a whole file.
    public let line: Int
    let body: Body

    /// The bytes of input this holds (a line, or an article's text), for
    /// bounding how much a parallel run keeps in flight.
    public var inputBytes: Int {
        switch body {
        case .ready(.document(let document)): document.text.utf8.count
        case .ready(.skipped), .tooLong: 0
        case .line(let data, _): data.count
        }
    }

    /// The document, or why this line was skipped.
    public func resolve() -> InputItem {
        switch body {
        case .ready(let item):
            return item
        case .tooLong(let bytes):
            return .skipped(SkippedDocument(source: source, line: line,
                                            reason: "line of \(PendingDocument.size(bytes)), too long to read"))
        case .line(let data, let stem):
            switch CorpusRecord.parse(data, fallbackID: "\(stem)-\(line)") {
            case .success(let document):
                return .document(document)
            case .failure(let failure):
                return .skipped(SkippedDocument(source: source, line: line, id: failure.id, reason: failure.reason))
            }
        }
    }

    /// `1.2 MB`, `830 KB`, `17 bytes`.
    public static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        if bytes >= 1_000 { return "\(bytes / 1_000) KB" }
        return "\(bytes) bytes"
    }
}
