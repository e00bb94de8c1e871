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
        return previous.isWord && previous.sentence == sentence && lexicon.category(previous.norm) != .particle
            && !isMainClauseOpener(previous) && statements.contains { $0.sentence == sentence }
    }

    /// Words after which a verb still opens a main clause (ثم قال، كما أكد).
    func isMainClauseOpener(_ t: Token) -> Bool {
        lexicon.roles(t.norm).contains(.mainClauseOpener)
    }
}
