/// Says which candidates are right for a statement, from gold annotation
/// (`GoldTeacher` in QuoteGraph reads gold files): the indices of the
/// candidates that name the gold speaker, or `nil` when the statement has
/// no gold to learn from.
///
///     trainer.learn(candidates, right: teacher.rightCandidates(cue: span, candidates: candidates)!)
public protocol RankingTeacher {
    func rightCandidates(cue: TextSpan, candidates: [SpeakerCandidate]) -> Set<Int>?
}
