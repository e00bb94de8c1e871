/// The resolution stage as one scored ranking: for each statement the
/// resolution rules have decided, it lists the candidates (the rules'
/// choice, the article's other entities, named people of the cast, and
/// «no speaker»), describes each by general features (`CandidateFeatures`)
/// and keeps the one the learned weights score highest.
///
///     // «قال رئيس الوزراء الإيطالي جوزيبي كونتي …» … «وقال بوتين …» …
///     // «وأعلن أن بلاده ترغب …» (pro-drop, the article back on Conte):
///     // the rules give the most recent speaker, بوتين; the ranking
///     // weighs agreement, distance, who spoke last and who the
///     // paragraph is about, and may prefer كونتي.
///
/// The rules stay: they generate the first candidate and a feature that
/// says which rule fired. With empty weights every statement keeps the
/// rules' choice, so `Analyzer(ranker: nil)` and an empty weights file give
/// the rules alone. Decoding is greedy, left to right: features that look
/// back («spoke the previous statement») see the ranking's own choices.
struct SpeakerRanker {
    let weights: RankerWeights

    /// The index of the highest score; ties go to the earlier candidate
    /// (the rules' choice comes first).
    static func best(_ scores: [Double]) -> Int {
        var best = 0
        for i in scores.indices where scores[i] > scores[best] { best = i }
        return best
    }

    func rank(text: AnalysisText, lexicon: Lexicon, statements: inout [Statement], cues: [CueMatch], registry: inout EntityRegistry,
              teacher: RankingTeacher? = nil, trainer: RankingTrainer? = nil) {
        guard !statements.isEmpty, !weights.isEmpty || trainer != nil else { return }
        let rules = statements
        // Named people nobody quoted are candidates as far as the rules
        // already looked for them (the cast is harvested lazily, up to the
        // last pro-drop verb or back-reference that needed it), and in the
        // lead, where articles introduce their main speakers: the headline
        // and the body's first sentence (many articles are one paragraph,
        // so paragraphs cannot bound it). Harvesting every article whole
        // would cost more than all the rest of the ranking.
        registry.cast.open()
        let body = text.tokens.firstIndex { $0.paragraph >= 1 }
        let leadEnd = body.flatMap { b in text.tokens[b...].first { $0.sentence > text.tokens[b].sentence }?.start }
        _ = registry.cast.members(before: leadEnd ?? text.scalars.count)
        var context = CandidateFeatures(text: text, cast: registry.cast.harvestedSoFar, lexicon: lexicon,
                                        names: registry.names)
        for i in statements.indices {
            let candidates = context.candidates(for: statements[i], cue: cues[i], registry: registry)
            let chosen = Self.best(candidates.map { weights.score($0.features) })
            if let trainer, let teacher,
               let right = teacher.rightCandidates(cue: statements[i].cue.span, candidates: candidates) {
                trainer.learn(candidates, right: right)
            }
            let c = candidates[chosen]
            switch c.origin {
            case .entity:
                statements[i].speaker = SpeakerReference(entity: c.entity, resolution: .ranked)
            case .cast:
                let id = registry.resolve(c.profile!)
                statements[i].speaker = SpeakerReference(entity: id, resolution: .ranked)
            case .none where statements[i].speaker.entity != nil:
                statements[i].speaker = SpeakerReference(entity: nil, resolution: .ranked)
            case .rule, .none:
                break
            }
            // Features that look back see the rules' choices, in training
            // and in use alike.
            context.note(rules[i], cueToken: context.tokenIndex(statements[i].cue.start))
        }
    }
}
