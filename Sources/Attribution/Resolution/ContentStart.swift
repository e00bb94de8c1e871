/// Where a statement's content opens: after a complementiser or a colon,
/// past frame phrases («وقال "عسيري" في حديث تلفزيوني مع قناة …: "…"»).
extension SpeakerResolver {
    /// Token index → content start offset: after a complementiser or colon.
    /// Frame phrases may come first («وقال "عسيري" في حديث تلفزيوني مع
    /// قناة …: "…"»): the content opens at the first complementiser, colon
    /// or speech quotation within a few words.
    /// «وتابع بالقول: …»، «وتابع العقيل بقوله إن …»: a noun of saying
    /// (words.tsv `relaynoun`: بالقول، بقوله، قوله) at `k`, then the
    /// content: the phrase before it is a subject (`isSpeaker`), and the
    /// noun no part of the content. (`complementFits` also takes the
    /// verb's preposition after it: «مشيرا بقوله إلى أن …».)
    func nounOfSayingOpensContent(at k: Int) -> Bool {
        k + 1 < text.tokens.count && facts[k].category == .relayNoun && opensContent(k + 1)
    }

    func contentStart(after k: Int, overtSubjectOf verb: CueMatch? = nil) -> Int {
        var k = k
        // «ونقل موقع النادي عنه قوله: …»: the relayed pronoun first.
        if pronounOnAnBeforeContent(k) { k += 1 }
        // «وتابع بالقول: …»: a noun of saying before the content is not
        // part of it.
        if nounOfSayingOpensContent(at: k) { k += 1 }
        if k < text.tokens.count, !opensContent(k), opensFramePhrase(k) {
            var j = k + 1
            while j < min(k + 15, text.tokens.count), text.tokens[j].sentence == text.tokens[k].sentence {
                if opensContent(j) { k = j; break }
                // (`MarkSet`: the scalar compared, not Foundation's `contains`.)
                if text.isMark(j, in: .frameStop) { break }
                j += 1
            }
        } else if let verb, k < text.tokens.count, !opensContent(k), !opensOwnComplement(verb, at: k),
                  !facts[k].roles.contains(.contentPreposition), let j = complementiserAhead(from: k) {
            k = j
        }
        // «أشار إلى أن …»: the verb's preposition before the complementiser
        // is skipped; after a complementiser or colon a preposition is the
        // content's own («قال إن على الحكومة …»، «وقال: على مدار …»).
        var opened = false
        while k < text.tokens.count {
            if facts[k].isComplementiser || text.isMark(k, ":") {
                opened = true
            } else if opened || !facts[k].roles.contains(.contentPreposition) {
                break
            }
            k += 1
        }
        return k < text.tokens.count ? text.tokens[k].start : text.scalars.count
    }

    /// «ونقلت الوكالة عن مصدر أمني قوله إن …»، «وقال أوليفر بلونكت المدير
    /// التنفيذي للشركة التي تقوم بمهام البحث حاليا، إن …»، «وقال مسؤول طلب
    /// عدم الكشف عن هويته إن …»: whatever stands between the speaker and a
    /// complementiser of the same sentence (a relative clause, «قوله», the
    /// reason a source is hidden, an adjunct the phrase parser left out) is
    /// no part of what was said. Asked after a verb's overt subject, when
    /// what follows is not the verb's own preposition (its content,
    /// «عبّر عن …»). The complementiser's index, when one comes within
    /// fifteen tokens with none of these before it: a quotation, bracket,
    /// colon or sentence end; a particle («لكن»، «بينما»), «كان» or a
    /// continuation word; a report joined by و («دانت باريس الهجوم وأكدت
    /// الخارجية أن …»: a clause of its own). Nor when the complementiser
    /// is another report's («… الذي أكد في بيان أن …»، «واصفا إياها
    /// بأنها»), a function word's or a verb's («بعد أن»، «من المفترض أن»،
    /// «يمكن أن»), or «لأن» (because).
    func complementiserAhead(from k: Int) -> Int? {
        var j = k, lastReport: Int?
        while j < min(k + 16, text.tokens.count), text.tokens[j].sentence == text.tokens[k].sentence {
            if text.isMark(j, ":") || text.isMark(j, "(") || text.isMark(j, in: .frameStop) || text.quote(openingAt: j) != nil {
                return nil
            }
            if let c = facts[j].category, [.particle, .kana, .continuation].contains(c) { return nil }
            if facts[j].isComplementiser {
                if let r = lastReport, governs(r, j) { return nil }
                // «لأن» (because) is no report's.
                if text.tokens[j].norm.hasKeyPrefix("ل") { return nil }
                let before = j - 1, word = text.tokens[before].norm
                if text.tokens[before].isWord, !facts[before].roles.isEmpty || facts[before].category != nil { return nil }
                // «يمكن أن»، «مما يعني أن»: a short imperfect verb's;
                // «خصوصاً أن»، «علماً أن»: an adverb's.
                if word.keyLength <= 4, word.hasKeyPrefix("ي") || word.hasKeyPrefix("ت") { return nil }
                if text.tokens[before].hasTanwinFatha { return nil }
                // «من المفترض أن»، «من شأنها أن»: a prepositional phrase's.
                if before > k, facts[before - 1].roles.contains(.officePreposition) { return nil }
                return j
            }
            if text.tokens[j].isWord, reportComplements(j) != nil {
                if text.tokens[j].norm.hasKeyPrefix("و") { return nil }
                lastReport = j
            }
            j += 1
        }
        return nil
    }

    /// What a reporting verb, its participle or verbal noun («أكد»،
    /// «واصفا»، «إعلان»: verbs.tsv, nouns.tsv) takes, under its clitics; nil
    /// for any other word. (A verbal noun: no complements listed.)
    private func reportComplements(_ j: Int) -> Set<String>? {
        let norm = text.tokens[j].norm
        if let form = SpeakerPhraseParser.verbForm(norm, lexicon: lexicon) { return form.complements }
        var word = norm
        return word.withUTF8 { bytes in Clitics.stems(bytes).contains { lexicon.nounForms[utf8: $0.0] != nil } } ? [] : nil
    }

    /// Whether the report at r governs the complementiser at j: at most
    /// five words apart, unless an object noun (words.tsv objectnoun)
    /// follows the report and it takes no object before a clause («الذي
    /// أكد في بيان أن»، «في حين قال المسؤولون إن»، «داعيا الله أن»: دعا
    /// takes an object and a clause; not «طلب عدم نشر اسمه إن», whose
    /// object «عدم» is all طلب takes here).
    private func governs(_ r: Int, _ j: Int) -> Bool {
        guard (r + 1..<j).filter({ text.tokens[$0].isWord }).count <= 5 else { return false }
        let objectFollows = r + 1 < j && facts[r + 1].category == .objectNoun
        return !objectFollows || reportComplements(r)?.contains("object") == true
    }

    /// «في حديث …»، «خلال المؤتمر»، «، أمس،»: words that stand between a
    /// speaker and what they said.
    func opensFramePhrase(_ j: Int) -> Bool {
        let t = text.tokens[j]
        return lexicon.category(t.norm) == .frameNoun || lexicon.category(t.norm) == .time
            || text.isMark(j, "،") || text.isMark(j, ",") || parser.recipientPhrase(at: j) != nil
    }
}
