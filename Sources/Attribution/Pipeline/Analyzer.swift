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
    /// The learned speaker ranking (`SpeakerRanker`); empty weights (the
    /// default) leave the resolution rules' choices as they are, and
    /// `RankerWeights(contentsOf: RankerWeights.bundledURL())` are the weights
    /// shipped in `Resources/Models`.
    public let ranking: RankerWeights

    public init(lexicon: Lexicon = .shared, ranking: RankerWeights = RankerWeights()) {
        self.lexicon = lexicon
        self.ranking = ranking
    }

    public func analyze(_ document: SourceDocument) -> AnalyzedDocument {
        analyze(document, teacher: nil, trainer: nil)
    }

    /// With a teacher and a trainer, each statement the teacher has gold
    /// for also trains the ranking (`RankingTrainer`), collecting
    /// examples; ranking itself still uses `ranking`.
    public func analyze(_ document: SourceDocument, teacher: RankingTeacher?, trainer: RankingTrainer?) -> AnalyzedDocument {
        let text = AnalysisText(document.text)
        // Site residue (related titles, «اقرأ أيضاً» lists, teasers of other
        // stories) yields no statement but a «Speaker: claim» title's.
        let kinds = Residue(text: text, lexicon: lexicon).paragraphKinds()
        let cues = CueFinder(text: text, lexicon: lexicon).find()
            .filter { $0.kind == .headline || kinds[text.tokens[$0.first].paragraph] == .body }
            .sorted { $0.first < $1.first }
        var builder = SpeakerResolver(text: text, lexicon: lexicon)
        for cue in cues { builder.add(cue) }
        builder.resolveCataphora()
        builder.rank(ranking, teacher: teacher, trainer: trainer)
        let statements = ContentFinder(text: text, lexicon: lexicon).complete(builder.statements)
        let speaking = Set(statements.compactMap(\.speaker.entity))
        let entities = builder.registry.records.map(\.entity).filter { speaking.contains($0.id) }
        return AnalyzedDocument(id: document.id, title: document.title, outlet: document.outlet,
                                date: document.date, url: document.url, length: text.scalars.count,
                                statements: statements, entities: entities)
    }
}
