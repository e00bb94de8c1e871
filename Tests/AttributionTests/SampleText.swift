import Foundation
import Attribution

/// Real articles the tests read: the seed article shipped in `Samples/`,
/// and the dev corpus in `../shared` when it is there (it is not copied
/// into the project: research-use licence).
enum SampleText {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Samples/\(name).txt"), encoding: .utf8)
    }

    static var devDirectory: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    }

    static var hasDevCorpus: Bool {
        FileManager.default.fileExists(atPath: devDirectory.appendingPathComponent("asharq-moscow-idlib.txt").path)
    }

    static var devAntDirectory: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev-ant")
    }

    static var hasDevAnt: Bool {
        FileManager.default.fileExists(atPath: devAntDirectory.path)
    }

    static func devAnt(_ id: String) throws -> String {
        try String(contentsOf: devAntDirectory.appendingPathComponent("\(id).txt"), encoding: .utf8)
    }

    static func dev(_ id: String) throws -> String {
        try String(contentsOf: devDirectory.appendingPathComponent("\(id).txt"), encoding: .utf8)
    }

    /// The analysed seed article (Asharq Al-Awsat, Moscow on Idlib).
    static func seed() throws -> AnalyzedDocument {
        Analyzer().analyze(SourceDocument(id: "asharq-moscow-idlib", text: try sample("asharq-moscow-idlib")))
    }
}

extension AnalyzedDocument {
    /// The statement whose cue starts the first occurrence of `anchor`.
    func statement(at anchor: String, in text: String) -> Statement? {
        guard let range = text.range(of: anchor) else { return nil }
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return statements.first { $0.cue.start <= offset && $0.cue.end > offset }
            ?? statements.first { $0.cue.start == offset }
    }
}
