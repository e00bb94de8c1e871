import Attribution
import Foundation
import TestSupport

/// Real articles the tests read: the seed article shipped in `Samples/`,
/// and the dev corpora in `../shared` when they are there (`SharedCorpus`).
enum SampleText {
    static func sample(_ name: String) throws -> String {
        try String(contentsOf: TestSupport.samples.appendingPathComponent("\(name).txt"), encoding: .utf8)
    }

    static func devAnt(_ id: String) throws -> String {
        try String(contentsOf: SharedCorpus.devAnt.file("\(id).txt"), encoding: .utf8)
    }

    static func dev(_ id: String) throws -> String {
        try String(contentsOf: SharedCorpus.dev.file("\(id).txt"), encoding: .utf8)
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
