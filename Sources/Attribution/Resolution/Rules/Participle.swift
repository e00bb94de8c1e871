/// A participle of reporting takes the subject of the clause it hangs on.
///
///     «…، مضيفاً أن …» → the speaker of the statement it continues
///     «وتبنى الجناح العسكري … الهجوم، متحدثاً عن …» → الجناح العسكري
extension SpeakerResolver {
    /// «…، مضيفاً أن …»: the subject of the clause it hangs on.
    mutating func participle(_ cue: CueMatch) -> Decision? {
        let next = parser.forward(from: cue.last + 1, sentence: text.tokens[cue.first].sentence).next
        // «عاداً استمرار التدخل …»: a participle of judging takes its object
        // and predicate directly; its accusative form is unambiguous.
        let judging = cue.verbClass == "opinion" && text.tokens[cue.first].norm.hasSuffix("ا")
        guard judging || complementFits(cue, at: cue.last + 1) || complementFits(cue, at: next) else { return nil }
        let sentence = text.tokens[cue.first].sentence
        let owner = statements.indices.last { i in
            statements[i].sentence == sentence && !statements[i].negated && !subordinate.contains(i)
        }.map { statements[$0] }
        if owner == nil, let subject = clauseSubject(before: cue) {
            var decision = speaker(subject, cue: cue, contentFrom: cue.last + 1)
            decision.resolution = .participle
            return decision
        }
        let id = owner?.speaker.entity ?? proDrop(cue)
        return Decision(entity: id, resolution: .participle, contentStart: contentStart(after: cue.last + 1))
    }

    /// «وتبنى الجناح العسكري … الهجوم، متحدثاً عن …»: a participle whose
    /// clause is not a report takes that clause's subject, the phrase after
    /// the verb that opens the sentence.
    func clauseSubject(before cue: CueMatch) -> SpeakerProfile? {
        var k = cue.first
        while k > 0, text.tokens[k - 1].sentence == text.tokens[cue.first].sentence { k -= 1 }
        while k < cue.first, !text.tokens[k].isWord || facts[k].category != nil
                || facts[k].stemCategory != nil { k += 1 }
        guard k + 1 < cue.first else { return nil }
        let end = parser.phraseEnd(from: k + 1, sentence: text.tokens[k].sentence)
        guard end > k, end < cue.first, let p = classifier.profile((k + 1)...end, verbGender: cue.gender),
              isKnownSpeaker(p, range: (k + 1)...end) || (p.kind == .person && p.role != nil) else { return nil }
        return p
    }
}
