import Attribution

/// Writes analysed documents in one output format, a document at a time,
/// so that output streams as the corpus is read.
///
///     var formatter = JSONLinesFormatter()
///     try formatter.begin(sink)
///     for document in documents { try formatter.add(document, to: sink) }
///     try formatter.end(sink)
public protocol DocumentFormatter {
    mutating func begin(_ sink: OutputSink) throws(OutputError)
    mutating func add(_ document: AnalyzedDocument, to sink: OutputSink) throws(OutputError)
    mutating func end(_ sink: OutputSink) throws(OutputError)
}
