/// Speakers of titles.
///
///     «أردوغان: لا حل عسكري» → أردوغان
///     ««الصحة العالمية» لـ"الاقتصادية": …» → الصحة العالمية, recipient الاقتصادية
///     «مورينيو حول علاقته مع بوغبا: …» → مورينيو (the topic after حول is not his)
///     «العيد يعلن برامج جديدة» → العيد (subject opening the line)
///     «تركيا: أكبر أحزاب المعارضة يعلن …» → no speaker for «تركيا:» (a topic)
///     «مسيرات غزة: مشاركة حاشدة …» → no speaker (a topic in the plural of things)
///     «الحرب في سوريا: …» → no speaker (a head no list knows, not a surname)
///     «كأس العالم 2018: …» → no speaker (a noun of topics, words.tsv topicnoun)
///     «وزاد: تركيزنا الآن …» → the last speaker (a verb the lexicon lacks)
///     «وختمت قائلة: …» → the last speaker (a participle of saying)
extension SpeakerResolver {
    /// «أردوغان: لا حل عسكري».
    mutating func headline(_ cue: CueMatch) -> Decision? {
        // ««الصحة العالمية» لـ"الاقتصادية" :»: the recipient is not the speaker.
        var end = cue.last - 1
        var recipient: String?
        if let k = (cue.first + 1...max(cue.first + 1, end)).first(where: { parser.recipientPhrase(at: $0) != nil }),
           k <= end, let (r, after) = parser.recipientPhrase(at: k), after == cue.last {
            recipient = r
            end = k - 1
        }
        // «مورينيو حول علاقته مع بوغبا:»: the topic is not the speaker.
        if end > cue.first, let k = (cue.first + 1...end).first(where: { facts[$0].roles.contains(.topicPreposition) }) {
            end = k - 1
        }
        // «أولاً: يتجاوز …»، «الثاني: شخصية ابن حيان …»: an enumeration
        // (a time word or an ordinal of words.tsv) labels an item.
        if end == cue.first, [.time, .roleWord].contains(facts[cue.first].category) { return nil }
        // «وزاد: تركيزنا الآن …»، «وأردف: …»: one short word with و fused
        // to it, that no list knows as a name, place or speaker, is a verb
        // of saying the lexicon lacks, continuing the last speaker.
        if end == cue.first, isConjoinedVerb(cue.first) { return speaker(nil, cue: cue, contentFrom: cue.last + 1) }
        // «والشكوى التي سمعتها مرارا هي كالتالي: …»: a relative clause or
        // a pronoun makes the words a sentence introducing what follows,
        // not a name.
        if end > cue.first, (cue.first...end).contains(where: { facts[$0].roles.contains(.relativePronoun) || facts[$0].category == .pronoun }) {
            return nil
        }
        // «وختمت قائلة: …»، «وختمت كيم حديثها قائلة: …»: a reporting
        // participle right before the colon says the words are a clause
        // continuing the last speaker, not a name.
        if end > cue.first, facts[end].stemCategory == nil, let form = lexicon.verbForms[text.tokens[end].norm], form.shape == .participle,
           !form.complements.contains("strict") {
            return speaker(nil, cue: cue, contentFrom: cue.last + 1)
        }
        // A reporting verb that ends the words, with no subject after it,
        // continues the last speaker («لكنه استدرك:»، «وأخبرونا:»).
        func isVerb(_ k: Int) -> Bool { facts[k].givenName == nil && facts[k].speakerWord == nil && facts.isVerbCue(k) }
        if end >= cue.first, end > cue.first || !opensWithClauseWord(end), isVerb(end) {
            return speaker(nil, cue: cue, contentFrom: cue.last + 1)
        }
        // «وإليك ما يجب فعله:»، «أما الرؤية الثانية:»، «هناك نمط مشترك:»،
        // «سألته ذاته مرة:»: words that open with a clause word of
        // words.tsv, or hold a reporting verb, make a sentence that
        // introduces what follows, not a name.
        if end >= cue.first, opensWithClauseWord(cue.first) || (cue.first...end).contains(where: isVerb) {
            return nil
        }
        guard end >= cue.first, let p = classifier.profile(cue.first...end, verbGender: nil) else { return nil }
        // The head is no speaker noun, given name or place of the lists.
        let unlistedHead = facts[cue.first].speakerWord == nil && facts[cue.first].givenName == nil && facts[cue.first].place == nil
        // «حراسة المرمى:»، «فرص الفوز:»، «حقائق سريعة:»: below the title
        // and lead, words no list knows, with no given name and shaped as
        // common nouns, label a part of the article, unless the article
        // writes them as a name elsewhere (`isSurname`). A bare unknown
        // word or two stay names («أوكسفام:»، «موردخاي فعنونو:»).
        // (A site's link line repeats the title after its label: «رابط
        // الخبر بصحيفة الوئام: صحة الرياض: …» is read as the title.)
        if p.kind == .person, p.anonymity == .named, !p.hasGivenName, unlistedHead, text.tokens[cue.first].paragraph > 1,
           text.tokens[cue.first].isWord, looksLikeLabel(cue.first...end), !isSurname(cue.first),
           !CueFinder.afterBoilerplate(cue.first, in: text, lexicon: lexicon) {
            return nil
        }
        // «مسيرات غزة: مشاركة حاشدة في تشييع …»: a head no list knows, in
        // the plural of things (-ات) and without the article, labels the
        // story's topic; no one is named by it («الجوازات:»، «الولايات
        // المتحدة:» are bodies and places).
        if p.kind == .person, p.anonymity == .named, facts[cue.first].speakerWord == nil, facts[cue.first].givenName == nil,
           !text.tokens[cue.first].isDefinite, text.tokens[cue.first].norm.hasKeySuffix("ات") {
            return nil
        }
        // «الحرب في سوريا: …»، «الطقس: …»، «الخلفية التاريخية: …»: a head
        // with the article that no list knows, read as a person's name for
        // want of anything better, labels the story's topic or a field,
        // unless the article writes it as a name elsewhere (`isSurname`).
        // (A nisba ending in ي may be a surname: «السيسي:»، «العبادي:».)
        if p.kind == .person, p.anonymity == .named, !p.hasGivenName, unlistedHead, facts[cue.first].category == nil,
           text.tokens[cue.first].isDefinite,
           text.tokens[cue.first].text.unicodeScalars.first == "ا", !text.tokens[end].norm.hasKeySuffix("ي"), !isSurname(cue.first) {
            return nil
        }
        // «بعد 15 عاما على الحرب: …»، «للاطلاع على المشروع كاملا: …»: a
        // preposition (roles.tsv notopener) or «لل» opens no name.
        if facts[cue.first].roles.contains(.notOpener) || text.tokens[cue.first].norm.hasKeyPrefix("لل") { return nil }
        // «كأس العالم 2018: …»، «قضية الجاسوس الروسي: …»، «اختفاء جمال
        // خاشقجي: …»: a noun that labels a story (words.tsv topicnoun), or
        // a verbal noun (an event) in construct with what follows, heading
        // the words, labels the topic. (A verbal noun's shape alone is no
        // proof: «توريس:»، «توخيل:»، «أدريان:» are names.)
        let head = text.tokens[cue.first].norm
        if unlistedHead, lexicon.derivedCategory(head) == .topicNoun || (end > cue.first && Morphology.looksLikeVerbalNoun(head)) {
            return nil
        }
        // «تركيا: أكبر أحزاب المعارضة يعلن عن مرشحه»: a place before a claim
        // with its own reporting verb is the story's topic, not its speaker.
        if p.kind == .place {
            let line = text.tokens[cue.first].paragraph
            var k = cue.last + 1
            while k < text.tokens.count, text.tokens[k].paragraph == line {
                if facts.isVerbCue(k) { return nil }
                k += 1
            }
        }
        var decision = speaker(p, cue: cue, contentFrom: cue.last + 1)
        decision.recipient = recipient
        return decision
    }

    /// «الجبير» in «الجبير: …» when the body has «عادل الجبير» or «وقال
    /// الجبير», «التعليم:» when it has «وزارة التعليم»: the word is
    /// written elsewhere in the article after a body's head word, a given
    /// name, a compound name («عبد الله البدري»: roles.tsv namecompound
    /// two words back), a name link («بن»), or a reporting verb.
    func isSurname(_ k: Int) -> Bool {
        let norm = text.tokens[k].norm
        if facts.isNamePart(norm) { return true }
        return text.tokens.indices.dropFirst().contains { i in
            i != k && text.tokens[i].norm.equalsKey(norm) && text.tokens[i - 1].isWord
                && (facts.isVerbCue(i - 1) || facts[i - 1].roles.contains(.nameLink) || lexicon.givenNames[text.tokens[i - 1].norm] != nil
                    || facts[i - 1].speakerWord?.category == .institution
                    || (i >= 2 && facts[i - 2].roles.contains(.nameCompound)))
        }
    }

    /// «حراسة المرمى»، «فرص الفوز»، «خامساً»: a word with the article (not
    /// a nisba, which may be a surname: «العبادي»), in ة or ات, a verbal
    /// noun, after «لل», or one accusative word.
    func looksLikeLabel(_ range: ClosedRange<Int>) -> Bool {
        let words = range.filter { text.tokens[$0].isWord }
        if words.count == 1, text.tokens[words[0]].norm.hasKeySuffix("ا"), text.tokens[words[0]].norm.keyLength > 3 { return true }
        return words.contains { k in
            let t = text.tokens[k]
            return (t.isDefinite && !t.norm.hasKeySuffix("ي")) || t.norm.hasKeySuffix("ة") || t.norm.hasKeySuffix("ات")
                || t.norm.hasKeyPrefix("لل") || Morphology.looksLikeVerbalNoun(t.norm)
        }
    }

    /// «أما»، «هناك»، «قد»، «وهنا»: a clause word (a words.tsv category
    /// that opens or joins clauses), bare or after و/ف. (The
    /// prepositions, pronouns and negations of roles.tsv `notopener` are
    /// `MentionClassifier.opensWithFunctionWord`'s.)
    func opensWithClauseWord(_ k: Int) -> Bool {
        let norm = text.tokens[k].norm
        if let c = lexicon.category(norm), Self.clauseWords.contains(c) { return true }
        return lexicon.withoutConjunction(norm).flatMap { lexicon.category($0) }.map { Self.clauseWords.contains($0) } == true
    }

    /// The words.tsv categories that open or join clauses.
    private static let clauseWords: Set<WordCategory> = [.complementiser, .time, .particle, .continuation, .kana, .auxiliary,
                                                         .pronoun, .interrogative, .demonstrative, .notCue]

    /// «وزاد»، «وأردف»: و and three or four letters; no given name, place,
    /// speaker word or function word (not «وليد»، «وائل»).
    func isConjoinedVerb(_ k: Int) -> Bool {
        let norm = text.tokens[k].norm
        guard norm.hasKeyPrefix("و"), (4...5).contains(norm.keyLength), facts[k].givenName == nil, facts[k].place == nil,
              facts[k].speakerWord == nil, facts[k].category == nil, facts[k].roles.isEmpty else { return false }
        let stem = String(norm.dropFirst())
        return lexicon.givenNames[stem] == nil && lexicon.speakerWord(stem) == nil
    }

    /// «العيد يعلن برامج جديدة»: a headline or lead in subject-verb order,
    /// whose verb is imperfect and whose subject opens the line.
    func headlineSubject(_ cue: CueMatch) -> SpeakerProfile? {
        guard cue.shape == .imperfect, !cue.conjoined, let back = parser.backward(from: cue.first, imperfect: true),
              text.tokens[back.lowerBound].startsLine, back.count <= 4,
              let p = classifier.profile(back, verbGender: cue.gender) else { return nil }
        return p
    }
}
