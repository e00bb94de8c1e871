import Attribution
import Foundation

/// One pass over an `InputReader`'s documents: articles already read, and
/// corpora streamed a line at a time.
///
/// A bad corpus line is yielded as `.skipped` and counted; the pass goes on.
/// An unreadable corpus (a corrupt gzip stream) throws and ends the pass.
///
/// `next()` parses each line as it reads it; `nextPending()` hands the raw
/// line on, for a parallel run to parse on its workers (the counts then
/// stay with the caller).
public final class DocumentIterator {
    private var sources: ArraySlice<DocumentSource>
    private let articles: [DocumentSource: InputItem]
    private let maximumDocumentBytes: Int
    /// The corpus being read, with its `displayName` (found once: it is
    /// the name of every line, and `URL.relativePath` parses the URL).
    private var corpus: (name: String, stem: String, lines: GzipLineReader)?
    /// Corpus lines skipped so far (by `next()`).
    public private(set) var skippedCount = 0
    /// Documents yielded so far (by `next()`).
    public private(set) var documentCount = 0

    init(sources: [DocumentSource], articles: [DocumentSource: InputItem],
         maximumDocumentBytes: Int = InputReader.defaultMaximumDocumentBytes) {
        self.sources = sources[...]
        self.articles = articles
        self.maximumDocumentBytes = maximumDocumentBytes
    }

    /// The next document or skipped line, or nil when all inputs are done.
    public func next() throws(InputError) -> InputItem? {
        guard let pending = try nextPending() else { return nil }
        let item = pending.resolve()
        switch item {
        case .document: documentCount += 1
        case .skipped: skippedCount += 1
        }
        return item
    }

    /// The next article or corpus line, not yet parsed; nil when all inputs
    /// are done. Blank corpus lines are passed over.
    public func nextPending() throws(InputError) -> PendingDocument? {
        while true {
            if let (name, stem, lines) = corpus {
                if let pending = try nextLine(named: name, stem: stem, lines) {
                    return pending
                }
                corpus = nil
            }
            guard let source = sources.popFirst() else { return nil }
            if case .corpus(let url) = source {
                let stem = url.lastPathComponent.components(separatedBy: ".")[0]
                let name = source.displayName
                corpus = (name, stem, try GzipLineReader(url: url, name: name))
            } else {
                // Not kept by the reader (a large directory): read again.
                let item: InputItem
                if let kept = articles[source] {
                    item = kept
                } else {
                    item = try InputReader.item(from: source, limit: maximumDocumentBytes, standardInput: { Data() })
                }
                return PendingDocument(source: source.displayName, line: 0, body: .ready(item))
            }
        }
    }

    private func nextLine(named name: String, stem: String,
                          _ lines: GzipLineReader) throws(InputError) -> PendingDocument? {
        while let line = try lines.nextLine() {
            switch line {
            case .tooLong(let bytes):
                return PendingDocument(source: name, line: lines.lineNumber, body: .tooLong(bytes: bytes))
            case .text(let data):
                if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return PendingDocument(source: name, line: lines.lineNumber, body: .line(data, stem: stem))
            }
        }
        return nil
    }
}
