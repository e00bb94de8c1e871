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
        return issuingSubject(before: cue.first - 1, gender: cue.gender, object: false)
    }

    /// «أصدرت إدارة الأهلي بيانا أمس أكدت أنها …»، «وأصدرت مجموعة
    /// استثمارية تقريرًا هذا الأسبوع قال إن …»: a verb right after an
    /// indefinite document (speakers.tsv document, past time words, a
    /// demonstrative, accusative adverbs and commas) is a clause on the
    /// document without «فيه», and speaks for its issuer when an issuing
    /// verb before it has a known speaker for its subject. Without this
    /// the verb took the phrase after it («يؤكد إصابة») or the last
    /// speaker of the article.
    func documentClauseIssuer(of cue: CueMatch) -> SpeakerProfile? {
        guard !cue.conjoined, !cue.relative, !cue.objectSuffix, cue.first > 2 else { return nil }
        let sentence = text.tokens[cue.first].sentence
        var d = cue.first - 1
        while d > 0, cue.first - d <= 5, text.tokens[d].sentence == sentence, !isIndefiniteDocument(d) {
            // «رسمياً»، «إعلاميا»: an adverb or adjective of the document,
            // no name (`CopulaReading.isAccusative`; not «عن بيان يوليا»).
            guard isTimeOrComma(d) || facts[d].category == .demonstrative
                    || (text.tokens[d].isWord && isAccusative(d) && !isNamed(d) && !facts.isVerbCue(d)) else { return nil }
            d -= 1
        }
        guard d > 1, text.tokens[d].sentence == sentence, isIndefiniteDocument(d), text.tokens[d - 1].isWord else { return nil }
        return issuingSubject(before: d, gender: cue.gender, object: true)
    }

    private func isTimeOrComma(_ k: Int) -> Bool {
        text.isMark(k, "،") || text.isMark(k, ",") || (text.tokens[k].isWord && facts[k].category == .time)
    }

    /// «بيان»، «بيانا»، «بياناً»، «تقريرًا»: a document noun of
    /// speakers.tsv without the article, bare or in the accusative.
    private func isIndefiniteDocument(_ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.isWord, !token.isDefinite else { return false }
        if let w = facts[k].speakerWord { return w.category == .document }
        return token.norm.hasKeySuffix("ا") && token.norm.keyLength > 3
            && lexicon.speakerWord(String(token.norm.unicodeScalars.dropLast()))?.category == .document
    }

    /// The known speaker after an issuing verb (أصدر، نشر، وزّع، بثّ)
    /// less than twelve words before `document`, the phrase ending before
    /// it. When the document must be the verb's `object`, only
    /// time words and commas stand between the phrase and the document
    /// («نشرت رويترز مقطع فيديو عن بيان يوليا» issued no statement).
    private func issuingSubject(before document: Int, gender: Gender?, object: Bool) -> SpeakerProfile? {
        let sentence = text.tokens[document].sentence
        var k = document - 1
        while k >= 0, text.tokens[k].sentence == sentence, document - k < 12 {
            if facts[k].category == .issuing {
                let end = min(parser.phraseEnd(from: k + 1, sentence: sentence), document - 1)
                guard end > k, !object || (end + 1..<document).allSatisfy({ isTimeOrComma($0) }), let p = classifier.profile((k + 1)...end, verbGender: gender),
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
