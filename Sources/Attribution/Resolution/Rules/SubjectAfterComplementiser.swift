/// After «إنّ»، «أنّ» a clause opens with its noun: a verb right after
/// «أن» and a noun phrase has that phrase for its subject, and the phrase
/// after the verb is its object or content.
///
///     «وقال المتحدث إن قيادة المقاومة ناشدت التحالف التدخل» → قيادة المقاومة (not «التحالف التدخل»)
///     «… عن تشانغ أن إردوغان أبلغ شي أن تركيا تعتبر حركة شرق تركستان …» → تركيا (not the movement)
///
/// Only the bare complementiser (أن، إن، بأن: with a pronoun, «أنه قال»,
/// the pronoun is the subject); the phrase is a known speaker (its first
/// word a speaker word, place or given name) or a person the article
/// quoted before (`namesEarlierPerson`), and agrees with the verb.
extension SpeakerResolver {
    func subjectAfterComplementiser(_ cue: CueMatch) -> SpeakerProfile? {
        guard cue.kind == .verb, !cue.conjoined, !cue.relative, cue.first > 1,
              let back = parser.backward(from: cue.first, imperfect: cue.shape == .imperfect),
              back.lowerBound > 0, back.upperBound == cue.first - 1 || facts[cue.first - 1].roles.contains(.perfectParticle) else { return nil }
        let before = back.lowerBound - 1
        let norm = text.tokens[before].norm
        guard text.tokens[before].sentence == text.tokens[cue.first].sentence,
              norm.isKey("ان") || norm.isKey("بان"),
              let p = classifier.profile(back, verbGender: cue.gender),
              p.gender == nil || cue.gender == nil || p.gender == cue.gender,
              (p.number == .plural) == (cue.number == .plural),
              isKnownSpeaker(p, range: back) || namesEarlierPerson(p, range: back)
        else { return nil }
        return p
    }
}
