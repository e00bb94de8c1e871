/// Resolution: which entity speaks each cue (`SpeakerResolver` and its
/// rules under `Resolution/Rules`), then, when weights are given, the
/// learned ranking over each statement's candidates (`SpeakerRanker`).
///
///     ResolutionStage(lexicon: .shared).annotate(&doc)
///     // «وقال وزير الخارجية سيرغي لافروف إن …. وأضاف أن …»
///     doc.statements.map(\.speaker.resolution)    // ["overt", "pro-drop"]
///     doc.entities.map(\.name)                    // ["سيرغي لافروف"]
public struct ResolutionStage: Sendable {
    public let lexicon: Lexicon
    public let ranking: RankerWeights

    public init(lexicon: Lexicon, ranking: RankerWeights = RankerWeights()) {
        self.lexicon = lexicon
        self.ranking = ranking
    }

    public func annotate(_ doc: inout AnnotatedDocument) {
        annotate(&doc, teacher: nil, trainer: nil)
    }

    /// With a teacher and a trainer, each statement the teacher has gold
    /// for also trains the ranking (`RankingTrainer`).
    public func annotate(_ doc: inout AnnotatedDocument, teacher: RankingTeacher?, trainer: RankingTrainer?) {
        var resolver = SpeakerResolver(text: doc.text, lexicon: lexicon, facts: doc.facts)
        for cue in doc.cues { resolver.add(cue) }
        resolver.resolveCataphora()
        resolver.rank(ranking, teacher: teacher, trainer: trainer)
        doc.statements = resolver.statements
        // «جرانيت/غرانيت»: other spellings of a name are its mentions (`SpellingVariant`).
        doc.entities = resolver.withSpellingVariants(resolver.registry.records.map(\.entity))
    }
}
