/// A message speaks for whoever sent it.
///
///     «تلقى خادم الحرمين الشريفين … اتصالا هاتفيا أمس من جلالة الملك حمد
///     بن عيسى آل خليفة ملك مملكة البحرين أعرب فيه عن استنكاره …»
///     → حمد بن عيسى آل خليفة (not the king who received the call)
extension SpeakerResolver {
    /// A verb with «فيه»، «فيها»، «خلاله» right after it (`inDocument`) that follows
    /// «[message] … من X» in its sentence (a frame noun of words.tsv:
    /// اتصالاً، رسالة، برقية، بيان) is said by X, the sender,
    /// when X's phrase runs up to the verb («من صاحب السمو الشيخ سيف بن
    /// زايد آل نهيان نائب رئيس مجلس الوزراء … أعرب فيه») and opens with a
    /// word the lists know as a speaker's («في وقت سابق من الأسبوع قال
    /// فيها» names no sender). Up to four words (هاتفياً، أمس، اليوم) may
    /// stand between the message and «من». With no «من», the caller
    /// (`caller(of:sentence:)`).
    func messageSender(before cue: CueMatch) -> SpeakerProfile? {
        guard !cue.conjoined, cue.first > 2, cue.last + 1 < text.tokens.count,
              facts[cue.last + 1].roles.contains(.inDocument) else { return nil }
        let sentence = text.tokens[cue.first].sentence
        // The message, at most 30 words back.
        var m = cue.first - 1
        while m > 0, text.tokens[m].sentence == sentence, cue.first - m <= 30, !isMessage(m) { m -= 1 }
        guard m > 0, isMessage(m), text.tokens[m].sentence == sentence else { return nil }
        // «من» and the sender after it, up to four words on.
        if let from = (m + 1..<min(m + 6, cue.first)).first(where: { text.tokens[$0].norm == "من" }) {
            return sender(from: from + 1, upTo: cue.first, sentence: sentence)
        }
        return caller(of: m, sentence: sentence)
    }

    /// The speaker phrase from `start` that runs up to `limit` (a comma may
    /// close it) and opens with a word the lists know as a speaker's.
    private func sender(from start: Int, upTo limit: Int, sentence: Int) -> SpeakerProfile? {
        var last = limit - 1
        if !text.tokens[last].isWord { last -= 1 }
        guard start <= last, parser.phraseEnd(from: start, sentence: sentence) >= last,
              let p = classifier.profile(start...last, verbGender: nil), p.kind != .unspecified,
              isKnownSpeaker(p, range: start...last) else { return nil }
        return p
    }

    /// «أجرى العاهل السعودي، الملك سلمان بن عبدالعزيز آل سعود اتصالا
    /// هاتفيا بالرئيس التركي …، أعرب فيه عن شكره …»: with no «من», the
    /// message is the object of the verb opening the sentence, and its
    /// subject, right before the message, made the call.
    private func caller(of m: Int, sentence: Int) -> SpeakerProfile? {
        var first = firstToken(ofSentenceAt: m)
        // «ثم ألقى …»، «كما بعث …»: a particle may open the sentence.
        while first + 1 < m, facts[first].category == .particle || facts[first].roles.contains(.mainClauseOpener) { first += 1 }
        // (Not «وكان الملك سلمان … أجرى اتصالا»: the verb must open it.)
        guard first + 1 < m, text.tokens[first].isWord, !facts.isVerbCue(first), facts[first].category == nil else { return nil }
        return sender(from: first + 1, upTo: m, sentence: sentence)
    }

    /// «اتصالاً»، «رسالة»، «البرقية»: a frame noun (words.tsv), bare or
    /// with the article.
    private func isMessage(_ k: Int) -> Bool {
        text.tokens[k].isWord && text.tokens[k].norm.keyLength > 3
            && (facts[k].category == .frameNoun || facts[k].stemCategory == .frameNoun)
    }
}
