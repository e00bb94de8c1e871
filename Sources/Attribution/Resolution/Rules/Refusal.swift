/// Refusals and silences: «لم يعلق الكرملين»، «فإن الكرملين لم يعلق»،
/// «رفض التعليق»: the speaker is the phrase after the cue, or before it.
extension SpeakerResolver {
    /// لم يعلق الكرملين / فإن الكرملين لم يعلق / رفض التعليق.
    mutating func negation(_ cue: CueMatch) -> Decision? {
        let forward = parser.forward(from: cue.last + 1, sentence: text.tokens[cue.first].sentence)
        var profile = forward.phrase.flatMap { classifier.profile($0, verbGender: cue.gender) }
        if let p = profile, let r = forward.phrase, !isKnownSpeaker(p, range: r) { profile = nil }
        if profile == nil, let back = parser.backward(from: cue.first, imperfect: cue.shape == .imperfect),
           let p = classifier.profile(back, verbGender: cue.gender), isKnownSpeaker(p, range: back) {
            profile = p
        }
        return speaker(profile, cue: cue, contentFrom: cue.last + 1)
    }
}
