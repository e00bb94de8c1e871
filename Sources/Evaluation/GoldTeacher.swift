import Attribution

/// Labels speaker candidates from a gold document, for training the
/// speaker ranking: a candidate is right when the gold speaker of the cue
/// is one of its names and falls on the same side of anonymity, exactly as
/// `AttributionScorer` would count it.
///
///     // gold: «وأضاف أن …» resolved «جوزيبي كونتي», named
///     // candidates: [rule بوتين, entity «رئيس الوزراء جوزيبي كونتي», none]
///     GoldTeacher(gold).rightCandidates(cue: span, candidates: c)   // [1]
///
/// Optional gold teaches nothing; a cue with no gold overlapping it
/// neither (a spurious cue has no right speaker).
public struct GoldTeacher: RankingTeacher {
    let gold: GoldDocument

    public init(_ gold: GoldDocument) { self.gold = gold }

    public func rightCandidates(cue: TextSpan, candidates: [SpeakerCandidate]) -> Set<Int>? {
        let overlapping = gold.attributions.map { (a: $0, overlap: min($0.span.end, cue.end) - max($0.span.start, cue.start)) }
            .filter { $0.overlap > 0 }
        guard let best = overlapping.max(by: { $0.overlap < $1.overlap })?.a, !best.optional else { return nil }
        var right = Set<Int>()
        let unspecified = SpeakerName.norm(best.resolved) == SpeakerName.norm(SpeakerName.unspecified)
        for (i, c) in candidates.enumerated() {
            if unspecified {
                if c.origin == .none || c.anonymity == .vague { right.insert(i) }
            } else if let anonymity = c.anonymity, anonymity.isHidden == best.anonymity.isHidden,
                      c.names.contains(where: { SpeakerName.matches(best.resolved, $0) }) {
                right.insert(i)
            }
        }
        return right
    }
}
