import Attribution
import Foundation

/// One pass over an `InputReader`'s documents: articles already read, and
/// corpora streamed a line at a time.
///
/// A bad corpus line is yielded as `.skipped` and counted; the pass goes on.
/// An unreadable corpus (a corrupt gzip stream) throws and ends the pass.
public final class DocumentIterator {
    private var sources: ArraySlice<DocumentSource>
    private let articles: [DocumentSource: SourceDocument]
    private var corpus: (source: DocumentSource, lines: GzipLineReader)?
    /// Corpus lines skipped so far.
    public private(set) var skippedCount = 0
    /// Documents yielded so far.
    public private(set) var documentCount = 0

    init(sources: [DocumentSource], articles: [DocumentSource: SourceDocument]) {
        self.sources = sources[...]
        self.articles = articles
    }

    /// The next document or skipped line, or nil when all inputs are done.
    public func next() throws(InputError) -> InputItem? {
        while true {
            if let (source, lines) = corpus {
                if let item = try nextLine(of: source, lines) {
                    return item
                }
                corpus = nil
            }
            guard let source = sources.popFirst() else { return nil }
            if case .corpus(let url) = source {
                corpus = (source, try GzipLineReader(url: url, name: source.displayName))
            } else if let article = articles[source] {
                documentCount += 1
                return .document(article)
            }
        }
    }

    private func nextLine(of source: DocumentSource, _ lines: GzipLineReader) throws(InputError) -> InputItem? {
        while let line = try lines.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let stem = source.url.map { $0.lastPathComponent.components(separatedBy: ".")[0] } ?? "corpus"
            switch CorpusRecord.parse(line, fallbackID: "\(stem)-\(lines.lineNumber)") {
            case .success(let document):
                documentCount += 1
                return .document(document)
            case .failure(let failure):
                skippedCount += 1
                return .skipped(SkippedDocument(source: source.displayName, line: lines.lineNumber,
                                                id: failure.id, reason: failure.reason))
            }
        }
        return nil
    }
}
