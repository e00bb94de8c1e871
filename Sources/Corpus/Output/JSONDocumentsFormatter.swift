import Attribution
import Foundation

/// `--format json`: one object `{"documents": [...]}`, pretty-printed,
/// the shape `shared/eval/score.py --pred` reads. Documents are written as
/// they come, so memory stays flat on a large corpus.
///
///     {
///       "documents" : [
///         {
///           "entities" : [ … ],
///           "id" : "asharq-moscow-idlib",
///           …
///         }
///       ]
///     }
public struct JSONDocumentsFormatter: DocumentFormatter {
    private let encoder = DocumentJSONEncoder(pretty: true)
    private var count = 0

    public init() {}

    public mutating func begin(_ sink: OutputSink) throws(OutputError) {
        try sink.write("{\n  \"documents\" : [")
    }

    public func encode(_ document: AnalyzedDocument) throws(OutputError) -> Data {
        let json = String(decoding: try encoder.encode(document), as: UTF8.self)
        let indented = json.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return Data(indented.utf8)
    }

    public mutating func add(_ document: AnalyzedDocument, rendered: Data, to sink: OutputSink) throws(OutputError) {
        try sink.write(count == 0 ? "\n" : ",\n")
        try sink.write(rendered)
        count += 1
    }

    public mutating func end(_ sink: OutputSink) throws(OutputError) {
        try sink.write(count == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}
