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

    /// «بيان لوزارة الداخلية»، «تقرير أوبك» (a body in construct with the
    /// document)، «بيان من كوين-تشيك»: the issuer.
    func issuer(in range: ClosedRange<Int>?) -> SpeakerProfile? {
        guard let range else { return nil }
        if range.count > 1, let k = issuerInConstruct(after: range.lowerBound, upTo: range.upperBound) {
            return classifier.profile(k...range.upperBound, verbGender: nil)
        }
        // «بيان من كوين-تشيك»: the issuer after من or عن (role issuedby),
        // after an indefinite document («الوثيقة من تنتهك …» is another
        // clause); «تقرير من إعداد …» names who wrote it, not who issued it.
        let after = range.lowerBound + 1
        if after < range.upperBound, !text.tokens[range.lowerBound].isDefinite, text.tokens[after].isWord,
           facts[after].roles.contains(.issuedBy), !Morphology.looksLikeVerbalNoun(text.tokens[after + 1].norm),
           let p = classifier.profile((after + 1)...range.upperBound, verbGender: nil), p.anonymity == .named {
            return p
        }
        for k in range.dropFirst() where text.tokens[k].isWord {
            let t = text.tokens[k]
            if t.norm.hasPrefix("ل"), let w = lexicon.speakerWord(t.norm), w.category != .document {
                return classifier.profile(k...range.upperBound, verbGender: nil).map { stripped($0) }
            }
        }
        return nil
    }

    /// «تقرير أوبك»، «تقارير "أوبك"»، «بيان وزارة الداخلية»: a body
    /// (institution or outlet) right after a document noun, perhaps in
    /// quotation marks, is its genitive, the issuer; where it starts.
    private static let openingQuotes = MarkSet("\"«“")

    func issuerInConstruct(after head: Int, upTo last: Int) -> Int? {
        var k = head + 1
        if k < last, text.isMark(k, in: Self.openingQuotes) { k += 1 }
        guard text.tokens[k].isWord, !text.tokens[k].norm.hasPrefix("ل"), let w = facts[k].speakerWord,
              w.category == .institution || w.category == .media else { return nil }
        return k == head + 1 ? k : head + 1
    }

    func stripped(_ p: SpeakerProfile) -> SpeakerProfile {
        var p = p
        if p.name.hasPrefix("لل") { p.name = "ال" + p.name.dropFirst(2) }
        else if p.name.hasPrefix("ل") { p.name = String(p.name.dropFirst()) }
        return p
    }
}
