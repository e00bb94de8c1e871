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
        // A participle that is also a noun («مقرا» = headquarters in «تتخذ
        // من سويسرا مقرا لها، إنهما …»، «مقراً للفرقة 30»، `strict`) needs
        // its complement right after it or after its subject or a time
        // word («مبيناً النزال أن»، «مبينة كذلك أن»، «معلقاً عليها:»); not
        // after a word in ل («لها»، «للفرقة»), nor a comma. A participle with an object takes
        // it first («واصفة إياها بأنها …», `object`); «فيه»، «فيها» may come
        // first («مبيِّناً فيها أن …»).
        let loose = !cue.complements.contains("strict") || cue.complements.contains("object")
        let inDocument = cue.last + 2 < text.tokens.count && facts[cue.last + 1].roles.contains(.inDocument)
        let subjectFirst = next < text.tokens.count && directComplement(cue, at: next)
            && !(cue.last + 1..<next).contains { text.tokens[$0].norm.hasKeyPrefix("ل") }
        guard judging || complementFits(cue, at: cue.last + 1) || (inDocument && complementFits(cue, at: cue.last + 2))
                || (loose ? complementFits(cue, at: next) : subjectFirst) else { return nil }
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
        var k = firstToken(ofSentenceAt: cue.first)
        while k < cue.first, !text.tokens[k].isWord || facts[k].category != nil
                || facts[k].stemCategory != nil { k += 1 }
        guard k + 1 < cue.first else { return nil }
        let end = parser.phraseEnd(from: k + 1, sentence: text.tokens[k].sentence)
        guard end > k, end < cue.first, let p = classifier.profile((k + 1)...end, verbGender: cue.gender),
              isKnownSpeaker(p, range: (k + 1)...end) || (p.kind == .person && p.role != nil) else { return nil }
        return p
    }
}
