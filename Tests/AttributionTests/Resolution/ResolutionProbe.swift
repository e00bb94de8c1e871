import Testing
import Attribution

/// Runs the analyser on a short article and reads back one statement:
/// what a rule's test needs. A title line comes first, as in the corpus,
/// so that the sentences under test are body text.
struct ResolutionProbe {
    let doc: AnalyzedDocument

    init(_ body: String, title: String = "عنوان") {
        doc = Analyzer().analyze(SourceDocument(id: "t", text: title + "\n\n" + body))
    }

    /// The n-th statement (from 0) whose cue is written `cue`.
    func statement(_ cue: String, _ n: Int = 0) throws -> Statement {
        let all = doc.statements.filter { $0.cue.text == cue }
        try #require(all.count > n, "no statement #\(n) with cue «\(cue)»: \(doc.statements.map(\.cue.text))")
        return all[n]
    }

    /// The speaker's name of that statement.
    func speaker(_ cue: String, _ n: Int = 0) throws -> String? {
        doc.speaker(of: try statement(cue, n))?.name
    }

    func resolution(_ cue: String, _ n: Int = 0) throws -> ResolutionKind {
        try statement(cue, n).speaker.resolution
    }
}
