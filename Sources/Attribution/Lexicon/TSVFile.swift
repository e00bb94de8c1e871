import Foundation

/// A tab-separated data file: `#` starts a comment line, blank lines are
/// skipped, every other line is a row of at least `minimumColumns` fields.
struct TSVFile {
    var rows: [[String]]
    /// The line number (from 1) of each row, for errors.
    var lines: [Int] = []
    var name: String

    init(url: URL, minimumColumns: Int = 2) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        rows = []
        name = url.lastPathComponent
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= minimumColumns else {
                throw LexiconError("\(url.lastPathComponent):\(n + 1): expected \(minimumColumns) tab-separated columns")
            }
            rows.append(fields)
            lines.append(n + 1)
        }
    }
}

extension TSVFile {
    /// An error about row `row`, naming the file and its line.
    func error(row: Int, _ message: String) -> LexiconError {
        LexiconError("\(name):\(lines[row]): \(message)")
    }
}

struct LexiconError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
