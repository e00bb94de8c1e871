import Foundation

/// The weights of the linear speaker ranking: one number per feature,
/// stored as a TSV a person can read (`feature<TAB>weight`, `#` comments).
///
///     # trained by `quotegraph train ../shared/corpus/dev ../shared/corpus/dev-ant`
///     t=rule|r=overt	4.25
///     t=entity|prev	1.5
///
/// A candidate's score is the sum of the weights of its features; a
/// feature the file does not list weighs nothing.
public struct RankerWeights: Sendable, Equatable {
    /// Weight by `FeatureSpace` code.
    private(set) var dense: [Double]
    /// Comment lines kept at the top of the file (how it was trained).
    public var notes: [String]

    init(dense: [Double], notes: [String] = []) {
        self.dense = dense
        self.notes = notes
    }

    public init() { self.init(dense: []) }

    /// Weights by feature name; a name outside `FeatureSpace` is refused.
    public init(values: [String: Double], notes: [String] = []) throws {
        var dense = [Double](repeating: 0, count: FeatureSpace.count)
        for (name, w) in values {
            guard let code = FeatureSpace.codeOfName[name] else { throw LoadError.unknownFeature(path: "", line: 0, name: name) }
            dense[code] = w
        }
        self.init(dense: dense, notes: notes)
    }

    public var values: [String: Double] {
        var out: [String: Double] = [:]
        for (code, w) in dense.enumerated() where w != 0 { out[FeatureSpace.name(code)] = w }
        return out
    }

    public var isEmpty: Bool { !dense.contains { $0 != 0 } }

    func score(_ features: [Int]) -> Double {
        guard !dense.isEmpty else { return 0 }
        var s = 0.0
        for f in features { s += dense[f] }
        return s
    }

    /// The weights bundled with the library: `Resources/Models/speaker-ranker.tsv`.
    public static func bundledURL() -> URL {
        if let url = Bundle.module.url(forResource: "Models", withExtension: nil) {
            return url.appendingPathComponent("speaker-ranker.tsv")
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/Models/speaker-ranker.tsv")
    }

    public enum LoadError: Error, CustomStringConvertible {
        case badLine(path: String, line: Int, text: String)
        case unknownFeature(path: String, line: Int, name: String)
        public var description: String {
            switch self {
            case .unknownFeature(let path, let line, let name):
                return "\(path):\(line): unknown feature «\(name)» (see FeatureSpace)"
            case .badLine(let path, let line, let text):
                return "\(path):\(line): expected «feature<TAB>weight», found «\(text.prefix(60))»"
            }
        }
    }

    /// Reads a weights file; a malformed line is an error naming the file and line.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var dense = [Double](repeating: 0, count: FeatureSpace.count)
        var notes: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") { notes.append(String(line.dropFirst().drop { $0 == " " })); continue }
            if line.allSatisfy(\.isWhitespace) { continue }
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let w = Double(parts[1]), w.isFinite else {
                throw LoadError.badLine(path: url.path, line: n + 1, text: String(line))
            }
            guard let code = FeatureSpace.codeOfName[String(parts[0])] else {
                throw LoadError.unknownFeature(path: url.path, line: n + 1, name: String(parts[0]))
            }
            dense[code] = w
        }
        self.init(dense: dense, notes: notes)
    }

    /// The file's text: notes first, then features sorted by name, so
    /// that the same weights always give the same bytes.
    public func tsv() -> String {
        var out = notes.map { "# \($0)\n" }.joined()
        let values = self.values
        for key in values.keys.sorted() {
            out += "\(key)\t\(String(format: "%.4f", values[key]!))\n"
        }
        return out
    }
}
