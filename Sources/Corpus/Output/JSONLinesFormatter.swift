import Attribution
import Foundation

/// `--format jsonl`: one compact JSON document per line, written as soon
/// as it is analysed; what `jq -c`, `grep` and the scorer read line by line.
public struct JSONLinesFormatter: DocumentFormatter {
    private let encoder = DocumentJSONEncoder(pretty: false)

    public init() {}

    public mutating func begin(_ sink: OutputSink) throws(OutputError) {}

    public func encode(_ document: AnalyzedDocument) throws(OutputError) -> Data {
        encoder.encodeLine(document)
    }

    public mutating func add(_ document: AnalyzedDocument, rendered: Data, to sink: OutputSink) throws(OutputError) {
        try sink.write(rendered)
    }

    public mutating func end(_ sink: OutputSink) throws(OutputError) {}
}
