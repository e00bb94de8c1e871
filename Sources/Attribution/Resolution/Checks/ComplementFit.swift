/// Does what follows a cue (and its subject) make it a report?
///
///     «وأكد أن …»، «وقال: …» → yes
///     «دعا إلى …»، «حثت الأطباء على …» → yes (the verb's preposition)
///     «وأعرب في الختام عن …» → yes (an adverbial phrase first)
extension SpeakerResolver {
    /// Does what follows the cue (and its subject) fit the verb?
    func complementFits(_ cue: CueMatch, at k: Int) -> Bool {
        // «ومضى البكري بالقول إن …»: a verb that reports only through a
        // noun of saying (`saying` in verbs.tsv).
        if cue.complements.contains("saying") { return sayingThenContent(k) }
        if cue.complements.contains("any") || cue.relative { return true }
        // «كما زعم مخترقان … حصولهما على …»: a verb whose content may be a
        // verbal noun (`masdar`), as a verb, not the noun («بحسب زعمها»،
        // «بعد زعم مقتله»), and with words after it («كما يزعمون.» is an
        // aside on what came before).
        if cue.complements.contains("masdar"), !cue.objectSuffix,
           cue.first == 0 || !facts[cue.first - 1].roles.contains(.subjectAdjunct),
           cue.last + 1 < text.tokens.count, text.tokens[cue.last + 1].isWord,
           text.tokens[cue.last + 1].sentence == text.tokens[cue.last].sentence { return true }
        // «وكانت الإدارة الأميركية ذكرت، الأربعاء، أن …»، «نقلت، أمس، عن
        // إردوغان …»: a time word set off by commas comes first.
        if dayBetweenCommas(at: k) { return complementFits(cue, at: k + 3) }
        if directComplement(cue, at: k) { return true }
        // «وبيّن المهاجم السوري، أنه …»، «وأشار كرامر، إلى أن …»، «ونوّه
        // الراشد، بالدعم»: a comma may set the content off, or the
        // preposition of a verb that is no common word (`strict`): a word
        // of its own, or one letter on a definite word (not «، بمعنى»).
        if k + 1 < text.tokens.count, text.isMark(k, "،") || text.isMark(k, ",") {
            if facts[k + 1].isComplementiser { return true }
            if !cue.complements.contains("strict"), !text.opensContent(k + 1, lexicon: lexicon), directComplement(cue, at: k + 1) {
                let word = text.tokens[k + 1].norm
                if cue.complements.contains(word) || facts[k + 1].roles.contains(.swappedPreposition)
                    || word.unicodeScalars.dropFirst().starts(with: "ال".unicodeScalars) {
                    return true
                }
            }
        }
        if prepositionAfterObject(cue, at: k) { return true }
        // «وتابع العقيل بقوله: "…"»، «مشيرا بقوله إلى أن …»: a noun of
        // saying, then the verb's complement (`nounOfSayingOpensContent`
        // asks for the content itself).
        if k + 1 < text.tokens.count, facts[k].category == .relayNoun, directComplement(cue, at: k + 1) { return true }
        // «وأعرب في الختام عن …»، «ودعا الملا منصور، في خطاب التتويج …، إلى»،
        // «وأشار في تصريح له صباح أمس، في مقر حزبه بإسطنبول إلى أن»: an
        // adverbial phrase, possibly set off by a comma, may come first.
        var k = k
        if k + 1 < text.tokens.count, text.isMark(k, "،") || text.isMark(k, ",") { k += 1 }
        guard k < text.tokens.count, facts[k].roles.contains(.adverbialOpener) else { return false }
        var j = k + 1
        while j < min(k + 14, text.tokens.count), text.tokens[j].sentence == text.tokens[k].sentence {
            if directComplement(cue, at: j) { return true }
            // «في تقرير اطلعت عليه "العربية.نت" عن …»: a quoted name is
            // part of the phrase.
            if let close = nameQuote(openingAt: j) {
                j = close + 1
                continue
            }
            guard text.tokens[j].isWord || text.isMark(j, "،") else { break }
            j += 1
        }
        return j < text.tokens.count && directComplement(cue, at: j)
    }

    /// «، الجمعة،»، «، أمس،»: a time word of words.tsv between two commas
    /// at `k`, with a word after it.
    func dayBetweenCommas(at k: Int) -> Bool {
        k + 3 < text.tokens.count && (text.isMark(k, "،") || text.isMark(k, ",")) && text.tokens[k + 1].isWord
            && facts[k + 1].category == .time && (text.isMark(k + 2, "،") || text.isMark(k + 2, ","))
            && text.tokens[k + 3].sentence == text.tokens[k].sentence
    }

    /// «ومضى الصباغ بالقول إن …»، «ومضى فضيلته بقوله: …»، «وأعاد كيفن دي
    /// بروين التذكير بأن …»: a noun of saying (words.tsv relaynoun), then
    /// the content, possibly after the noun's preposition («وأعاد التأكيد
    /// على أن …»).
    func sayingThenContent(_ k: Int) -> Bool {
        guard k + 1 < text.tokens.count, facts[k].category == .relayNoun else { return false }
        var j = k + 1
        if j + 1 < text.tokens.count, facts[j].roles.contains(.contentPreposition) { j += 1 }
        return facts[j].isComplementiser || text.opensContent(j, lexicon: lexicon)
    }

    /// «وأعاد كيفن دي بروين صانع لعب سيتي التذكير بأن …»: a noun of saying
    /// and its content (`sayingThenContent`) within the verb's clause:
    /// twelve words of its sentence, with no other cue before it.
    func nounOfSayingAhead(of cue: CueMatch) -> Bool {
        let sentence = text.tokens[cue.last].sentence
        var j = cue.last + 1
        while j < min(cue.last + 13, text.tokens.count), text.tokens[j].sentence == sentence, !facts.isVerbCue(j) {
            if sayingThenContent(j) { return true }
            j += 1
        }
        return false
    }

    /// «أوصى الإمام المسلمين بتقوى الله»، «حثت الأطباء على …»: a verb
    /// that governs an object before its preposition (`object` in verbs.tsv:
    /// طالب بـ، دعا إلى، حث على) takes its object noun first; up to three
    /// words may come before the preposition (seven after a quantifier). A verb with no object takes
    /// only time words there («أفادوا أيضاً بنزوح …»، «ونقلت رويترز قبل
    /// أيام عن …»); not «عبّرت أسر الشهداء عن …», whose words are the
    /// subject.
    func prepositionAfterObject(_ cue: CueMatch, at k: Int) -> Bool {
        let object = cue.complements.contains("object")
        guard object || cue.complements.contains(where: { !VerbForm.complementKeywords.contains($0) }) else { return false }
        // An object opened by a quantifier runs longer («ودعا الخريصي
        // جميع المستثمرين في الأنشطة السياحية إلى …»).
        // Up to three words stand before the preposition, as verbs.tsv
        // says («ووصف ترامب تقارير منتقدة بأنها …»، «وطالب الجبوري رؤساء
        // الكتل السياسية بتأييد …»).
        let window = object && k < text.tokens.count && facts[k].roles.contains(.distributive) ? 7 : 3
        var j = k
        while j <= min(k + window, text.tokens.count - 1), text.tokens[j].isWord, text.tokens[j].sentence == text.tokens[k].sentence,
              !facts.isVerbCue(j) {
            // «وتصف موسكو العقوبات بأنها غير قانونية»: after the object of
            // a verb that takes one, its content clause.
            if facts[j].isComplementiser { return object && j > k }
            if j > k, directComplement(cue, at: j) { return true }
            if !object, !isTimeWord(j), !(j > k && facts[j - 1].roles.contains(.subjectAdjunct)) { return false }
            j += 1
        }
        return false
    }

    /// «أيضاً»، «أمس»، «قبل (أيام)»: a word of time, or a word that opens
    /// an adjunct of time or place (`subjectadjunct` in roles.tsv).
    private func isTimeWord(_ j: Int) -> Bool {
        [.time, .continuation].contains(facts[j].category) || facts[j].roles.contains(.subjectAdjunct)
    }

    /// The close of a quotation of a name or term («"العربية.نت"») that
    /// opens at `j`, or nil.
    func nameQuote(openingAt j: Int) -> Int? {
        guard !text.tokens[j].isWord, let q = text.quote(openingAt: j), !q.isSpeech, q.balanced else { return nil }
        return q.close
    }

    func directComplement(_ cue: CueMatch, at k: Int) -> Bool {
        guard k < text.tokens.count else { return false }
        let t = text.tokens[k]
        if text.opensContent(k, lexicon: lexicon) { return true }
        // Writers swap the prepositions of reporting verbs (أفاد إلى أن،
        // أكد على أن): a preposition followed by a complementiser is content.
        if facts[k].roles.contains(.swappedPreposition), k + 1 < text.tokens.count,
           facts[k + 1].isComplementiser {
            return true
        }
        if let p = Self.fusedPreposition(t.norm), cue.complements.contains(p) { return true }  // «تحدث عما …»
        // «ونقلت النجمة عنه قوله: …»: a relay verb's «عن» with a pronoun,
        // then what was said.
        if cue.verbClass == "relay", pronounOnAnBeforeContent(k) { return true }
        return cue.complements.contains { p in
            p != "clause" && (t.norm == p || (p.count == 1 && t.norm.hasPrefix(p) && t.norm.count > 2))
        }
    }
}
