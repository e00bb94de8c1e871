import Attribution
import Foundation

/// `--format jsonl`: one compact JSON document per line, written as soon
/// as it is analysed; what `jq -c`, `grep` and the scorer read line by line.
public struct JSONLinesFormatter: DocumentFormatter {
    private let encoder = DocumentJSONEncoder(pretty: false)

    public init() {}

    public mutating func begin(_ sink: OutputSink) throws(OutputError) {}

    public mutating func add(_ document: AnalyzedDocument, to sink: OutputSink) throws(OutputError) {
        var line = try encoder.encode(document)
        line.append(0x0A)
        try sink.write(line)
    }

    public mutating func end(_ sink: OutputSink) throws(OutputError) {}
}
