import Attribution
import Foundation

/// Writes analysed documents in one output format, a document at a time,
/// so that output streams as the corpus is read.
///
///     var formatter = JSONLinesFormatter()
///     try formatter.begin(sink)
///     for document in documents { try formatter.add(document, to: sink) }
///     try formatter.end(sink)
///
/// A parallel run splits `add` in two: `encode` (pure, costly: JSON
/// encoding) runs on the worker that analysed the document, and
/// `add(_:rendered:to:)` writes the bytes, in input order, on one thread.
public protocol DocumentFormatter: Sendable {
    mutating func begin(_ sink: OutputSink) throws(OutputError)
    /// The bytes of one document, without what depends on its place in the
    /// output (separators, running counts).
    func encode(_ document: AnalyzedDocument) throws(OutputError) -> Data
    /// Writes a document that `encode` made into `rendered`.
    mutating func add(_ document: AnalyzedDocument, rendered: Data, to sink: OutputSink) throws(OutputError)
    mutating func end(_ sink: OutputSink) throws(OutputError)
}

extension DocumentFormatter {
    public mutating func add(_ document: AnalyzedDocument, to sink: OutputSink) throws(OutputError) {
        try add(document, rendered: encode(document), to: sink)
    }
}
