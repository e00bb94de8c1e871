/// Headline cataphora: a pro-drop verb in the title, before anyone is
/// named, looks ahead to the first speaker the article introduces.
///
///     «تحدث عن كريري .. جورجيوس : …» → the coach the body names next
///     «تقرير: …» → the outlet the body quotes first («وفقاً لصحيفة …»)
extension SpeakerResolver {
    /// «تحدث عن كريري .. جورجيوس : …» in a title: a pro-drop verb before
    /// anyone is named looks ahead to the speaker the article introduces
    /// first (headline cataphora). Called once all cues are in.
    mutating func resolveCataphora() {
        // The first later statement with a speaker of its own, for each
        // index: one pass back rather than a scan forward per statement (a
        // statement changed below is never looked up again: later ones only).
        var nextSpoken = [Int?](repeating: nil, count: statements.count + 1)
        for i in statements.indices.reversed() {
            let s = statements[i]
            nextSpoken[i] = s.speaker.entity != nil && s.embeddedIn == nil ? i : nextSpoken[i + 1]
        }
        for i in statements.indices where statements[i].speaker.entity == nil && statements[i].speaker.resolution == .proDrop
            && text.tokens[tokenIndex(atOffset: statements[i].cue.start)].paragraph == 0 {
            guard let n = nextSpoken[i + 1] else { continue }
            let next = statements[n]
            statements[i].speaker.entity = next.speaker.entity
            statements[i].speaker.resolution = .cataphora
        }
        resolveHeadlineDocuments()
    }

    /// «تقرير: ترامب وكوشنر …» in a title, then «… وفقاً لصحيفة نيويورك
    /// تايمز» in the body: a bare document noun before a title's colon is
    /// the report of the first outlet the body quotes («كشفت دراسة» in a
    /// title is a study, not an outlet's report, and keeps its speaker).
    mutating func resolveHeadlineDocuments() {
        for i in statements.indices where statements[i].cue.kind == .headline {
            guard let id = statements[i].speaker.entity, let r = registry.record(id), r.entity.mentions.count == 1,
                  lexicon.speakerWord(r.head)?.category == .document, r.entity.name.split(separator: " ").count == 1 else { continue }
            let outlet = statements[(i + 1)...].first { s in
                s.embeddedIn == nil && s.speaker.entity.flatMap { registry.record($0) }.map {
                    $0.entity.kind == .media && $0.entity.anonymity == .named
                } == true
            }
            guard let outlet else { continue }
            statements[i].speaker.entity = outlet.speaker.entity
            statements[i].speaker.resolution = .cataphora
        }
    }
}
