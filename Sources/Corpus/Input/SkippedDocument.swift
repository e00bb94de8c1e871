/// A corpus line (or a whole article) that could not be made into a
/// document or analysed. The run goes on without it; the command reports
/// each one and their count at the end.
///
///     articles.jsonl.gz:17: skipped: not a JSON object
///     articles.jsonl.gz:18 (snn_2015-07-21_0003): skipped: no "text" field
///     huge.txt: skipped: 52.4 MB of text, over the 1 MB limit for one document
public struct SkippedDocument: Sendable, Hashable, CustomStringConvertible {
    /// The corpus file as named on the command line.
    public var source: String
    /// The 1-based line number in that file; 0 when the whole file is meant.
    public var line: Int
    /// The document id, when the line got far enough to give one.
    public var id: String?
    public var reason: String

    public init(source: String, line: Int, id: String? = nil, reason: String) {
        self.source = source
        self.line = line
        self.id = id
        self.reason = reason
    }

    public var description: String {
        let file = line > 0 ? "\(source):\(line)" : source
        let place = id.map { line > 0 ? "\(file) (\($0))" : file } ?? file
        return "\(place): skipped: \(reason)"
    }
}
