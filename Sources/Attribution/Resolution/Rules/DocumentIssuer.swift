/// A document speaks for whoever issued it.
///
///     «أصدرت جامعة تبوك بياناً تبرأت فيه …» → جامعة تبوك
///     «بيان لوزارة الداخلية»، «البيان الصادر عن الهيئة» → the issuer
extension SpeakerResolver {
    /// «أصدرت جامعة تبوك بياناً تبرأت فيه …»، «أصدر الرئيس بيانا أعلن
    /// فيه»: a verb with «فيه» right after the object of an issuing verb
    /// (أصدر، نشر، وزّع، بثّ) is the document's, and speaks for its issuer.
    func documentIssuer(before cue: CueMatch) -> SpeakerProfile? {
        guard !cue.conjoined, cue.first > 1, cue.last + 1 < text.tokens.count,
              facts[cue.last + 1].roles.contains(.inDocument) else {
            return nil
        }
        // The word before the verb is what was issued (بياناً، تقريراً، or
        // a misspelt «بيناً»): the issuing verb before it vouches for it.
        guard text.tokens[cue.first - 1].isWord else { return nil }
        let sentence = text.tokens[cue.first].sentence
        var k = cue.first - 2
        while k >= 0, text.tokens[k].sentence == sentence, cue.first - k < 12 {
            if facts[k].category == .issuing {
                let end = min(parser.phraseEnd(from: k + 1, sentence: sentence), cue.first - 2)
                guard end > k, let p = classifier.profile((k + 1)...end, verbGender: cue.gender),
                      isKnownSpeaker(p, range: (k + 1)...end) else { return nil }
                return p
            }
            k -= 1
        }
        return nil
    }

    /// «بيان لوزارة الداخلية»، «تقرير أوبك»، «بيان من كوين-تشيك»: the
    /// issuer the phrase names (`MentionClassifier.documentIssuer`); after
    /// من or عن only a named one.
    func issuer(in range: ClosedRange<Int>?) -> SpeakerProfile? {
        guard let range, let (start, link) = classifier.documentIssuer(range.filter { text.tokens[$0].isWord }),
              let p = classifier.profile(start...range.upperBound, verbGender: nil) else { return nil }
        switch link {
        case .construct: return p
        case .preposition: return p.anonymity == .named ? p : nil
        case .lam: return stripped(p)
        }
    }

    func stripped(_ p: SpeakerProfile) -> SpeakerProfile {
        var p = p
        if p.name.hasPrefix("لل") { p.name = "ال" + p.name.dropFirst(2) }
        else if p.name.hasPrefix("ل") { p.name = String(p.name.dropFirst()) }
        return p
    }
}
