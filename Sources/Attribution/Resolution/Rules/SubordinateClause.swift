/// A cue inside another statement's clause owns no later participle and
/// takes over no pro-drop verb.
///
///     «قالت مصادر إن العملية التي أعلنت أنقرة بدءها …» → أعلنت is subordinate
///     «ثم قال»، «كما أكد» → main clause
extension SpeakerResolver {
    func isSubordinate(_ cue: CueMatch) -> Bool {
        guard !cue.conjoined, cue.kind == .verb || cue.kind == .negation, cue.first > 0 else { return false }
        // «إن المشاركين «أشادوا …»»: an opening quotation mark does not
        // start a new clause.
        var k = cue.first - 1
        if k > 0, text.quote(openingAt: k) != nil { k -= 1 }
        let previous = text.tokens[k]
        let sentence = text.tokens[cue.first].sentence
        // After a particle or a word of role mainclauseopener (ثم قال، كما
        // أكد) a verb still opens a main clause.
        return previous.isWord && previous.sentence == sentence && facts[k].category != .particle
            && !facts[k].roles.contains(.mainClauseOpener) && statements.contains { $0.sentence == sentence }
    }
}
