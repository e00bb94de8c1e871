/// The attribution pipeline: a fixed chain of stages over one
/// `AnnotatedDocument`, each adding its layer: segmentation → cues →
/// resolution (phrases, mentions, speakers) → content.
///
/// Each stage is a type with one entry point that can be run and tested
/// alone: `SegmentationStage`, `CueStage`, `ResolutionStage`,
/// `ContentStage`. One `Analyzer` holds only the immutable lexicon and
/// weights, so it can run on many threads at once.
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
        var doc = SegmentationStage(lexicon: lexicon).annotate(document)
        CueStage(lexicon: lexicon).annotate(&doc)
        ResolutionStage(lexicon: lexicon, ranking: ranking).annotate(&doc, teacher: teacher, trainer: trainer)
        ContentStage(lexicon: lexicon).annotate(&doc)
        return doc.result
    }
}
