/// The attribution pipeline: text → segments (and residue) → cues →
/// statements → entities.
///
/// Each stage is a small type that can be run and tested alone:
/// `Tokenizer` and `QuotationScanner` (segments), `CueFinder` (cues),
/// `StatementBuilder` with `SpeakerPhraseParser`, `SpeakerClassifier` and
/// `EntityRegistry` (statements and speakers), `ContentFinder` (content and
/// form). One `Analyzer` holds only the immutable lexicon, so it can run on
/// many threads at once.
///
///     let doc = Analyzer().analyze(SourceDocument(id: "a", text: "وقال الكرملين إن …"))
///     doc.statements[0].cue.text                   // "وقال"
///     doc.speaker(of: doc.statements[0])?.name     // "الكرملين"
public struct Analyzer: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    public func analyze(_ document: SourceDocument) -> AnalyzedDocument {
        let text = AnalysisText(document.text)
        // Site residue (related titles, «اقرأ أيضاً» lists, teasers of other
        // stories) yields no statement but a «Speaker: claim» title's.
        let kinds = Residue(text: text, lexicon: lexicon).paragraphKinds()
        let cues = CueFinder(text: text, lexicon: lexicon).find()
            .filter { $0.kind == .headline || kinds[text.tokens[$0.first].paragraph] == .body }
            .sorted { $0.first < $1.first }
        var builder = StatementBuilder(text: text, lexicon: lexicon)
        for cue in cues { builder.add(cue) }
        builder.resolveCataphora()
        let statements = ContentFinder(text: text, lexicon: lexicon).complete(builder.statements)
        let speaking = Set(statements.compactMap(\.speaker.entity))
        let entities = builder.registry.records.map(\.entity).filter { speaking.contains($0.id) }
        return AnalyzedDocument(id: document.id, title: document.title, outlet: document.outlet,
                                date: document.date, url: document.url, length: text.scalars.count,
                                statements: statements, entities: entities)
    }
}
