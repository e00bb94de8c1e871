/// A cue inside another statement's clause owns no later participle and
/// takes over no pro-drop verb.
///
///     «قالت مصادر إن العملية التي أعلنت أنقرة بدءها …» → أعلنت is subordinate
///     «… جوزيبي كونتي، الذي أعلن أن …» → أعلن is subordinate (a relative clause)
///     «ثم قال»، «كما أكد» → main clause
///     «…، بيد أن المرصد السوري أعلن …» → main clause (the clause opens
///     at its subject, after «بيد أن»)
extension SpeakerResolver {
    /// `subject` is the first token of the verb's overt subject, which
    /// may stand before the verb (subject-verb order).
    func isSubordinate(_ cue: CueMatch, subject: Int? = nil) -> Bool {
        guard !cue.conjoined, cue.kind == .verb || cue.kind == .negation, cue.first > 0 else { return false }
        // «جوزيبي كونتي، الذي أعلن أن …»: a relative clause on its subject,
        // which stands before the verb (`RelativeClause`).
        if relativePronoun(before: cue) != nil, let subject, subject < cue.first { return true }
        // «إن المشاركين «أشادوا …»»: an opening quotation mark does not
        // start a new clause.
        var k = cue.first - 1
        if k > 0, text.quote(openingAt: k) != nil { k -= 1 }
        let previous = text.tokens[k]
        let sentence = text.tokens[cue.first].sentence
        // «بيد أن»، «إلا أن»، «غير أن» (but, however): a complementiser
        // after a main-clause opener opens a main clause, not a report's
        // content: before the verb («إلا أنه رفض») or before its subject
        // («بيد أن المرصد أعلن»).
        for opening in [cue.first, subject ?? cue.first] where opening >= 2 && opening <= cue.first {
            if facts[opening - 1].isComplementiser, facts[opening - 2].roles.contains(.mainClauseOpener),
               text.tokens[opening - 2].sentence == sentence { return false }
        }
        // After a particle or a word of role mainclauseopener (ثم قال، كما
        // أكد) a verb still opens a main clause.
        return previous.isWord && previous.sentence == sentence && facts[k].category != .particle
            && !facts[k].roles.contains(.mainClauseOpener) && statements.contains { $0.sentence == sentence }
    }
}
