/// A conjoined pro-drop verb shares the subject of the clause its sentence
/// opens with, when that clause reports nothing.
///
///     «وألقت إيران باللائمة على إسرائيل وتعهدت بالرد.» → وتعهدت: إيران
///     (not the news agency quoted in the sentence before)
///
/// The sentence opens with a verb the lexicon does not know as a cue
/// («وألقت»), then a country or capital as its subject, and no statement
/// stands in the sentence before the verb: «وتعهدت» continues that
/// clause. The subject must agree with the verb in gender; its verb must
/// be no noun or function word. (Only places: the phrase after an
/// unknown verb runs into its object, and a person or body would need
/// the phrase's end; tried on the bench, that made names of objects.)
extension SpeakerResolver {
    /// The first token of the cue's sentence when it is a plain word no
    /// list knows (a verb the lexicon lacks opens the sentence) and the
    /// sentence holds no statement yet: its subject may speak for a later
    /// pro-drop verb or tag of the sentence.
    func unknownVerbOpening(sentenceOf cue: CueMatch) -> Int? {
        let sentence = text.tokens[cue.first].sentence
        guard !statements.contains(where: { $0.sentence == sentence }) else { return nil }
        let first = firstToken(ofSentenceAt: cue.first)
        return isPlainWord(first) ? first : nil
    }

    /// «وقد احتلت إسرائيل …»: the plain word after a sentence-opening
    /// «وقد» (words.tsv particle), when the sentence holds no statement.
    func verbAfterPerfectParticle(sentenceOf cue: CueMatch) -> Int? {
        let sentence = text.tokens[cue.first].sentence
        let start = firstToken(ofSentenceAt: cue.first)
        let verb = start + 1
        guard text.tokens[start].norm.isKey("وقد"), verb < cue.first, isPlainWord(verb), !facts.isVerbCue(verb),
              !statements.contains(where: { $0.sentence == sentence }) else { return nil }
        return verb
    }

    /// A word without the article that no list knows: a verb the lexicon
    /// lacks, where a clause opens.
    private func isPlainWord(_ i: Int) -> Bool {
        text.tokens[i].isWord && !text.tokens[i].isDefinite && facts[i].category == nil && facts[i].speakerWord == nil
            && facts[i].place == nil && facts[i].givenName == nil && facts[i].roles.isEmpty
    }

    func clauseSubject(of cue: CueMatch) -> SpeakerProfile? {
        // «… ثم أعلنت …»: «ثم» joins the verb as و does.
        let joined = cue.conjoined || (cue.first > 0 && text.tokens[cue.first - 1].norm.isKey("ثم"))
        guard joined, cue.kind == .verb, cue.number == .singular, let gender = cue.gender else { return nil }
        let sentence = text.tokens[cue.first].sentence
        // The opening verb: a plain word with و, known to no list; or one
        // after «وقد» («وقد احتلت إسرائيل الشطر الشرقي من القدس عام 1967
        // ثم أعلنت العام 1980 القدس برمتها "عاصمة أبدية"»).
        guard let first = unknownVerbOpening(sentenceOf: cue).flatMap({ text.tokens[$0].norm.hasKeyPrefix("و") ? $0 : nil })
                ?? verbAfterPerfectParticle(sentenceOf: cue) else { return nil }
        // The subject: a country or capital standing for its government,
        // one word (the phrase parser would run on into the verb's
        // object: «إيران باللائمة»); or a person named in full.
        let subject = first + 1
        guard subject < cue.first else { return nil }
        if facts[subject].place != nil, !text.tokens[subject].isDefinite,
           let p = classifier.profile(subject...subject, verbGender: nil), p.kind == .place {
            return p.gender == gender ? p : nil
        }
        return namedPersonSubject(at: subject, before: cue.first, sentence: sentence, gender: gender)
    }

    /// «وتبنت النائبة الفرنسية في البرلمان الأوروبي عن حزب الخضر إيفا
    /// جولي، … موقف موسكوفيسي، ودانت قرار …» then «وقالت "إن قرار اليوم
    /// …"»: a pro-drop verb opening its sentence goes on with the person
    /// the sentence before introduced as its subject (an office and a
    /// name, after a verb that reports nothing), when no statement stands
    /// in that sentence and the person agrees with the verb. Not after a
    /// sentence that quotes someone: the last speaker goes on then.
    func previousClauseSubject(of cue: CueMatch) -> SpeakerProfile? {
        guard cue.kind == .verb, cue.number == .singular, let gender = cue.gender else { return nil }
        let sentence = text.tokens[cue.first].sentence
        guard sentence > 0, cue.first == 0 || text.tokens[cue.first - 1].sentence < sentence,
              !statements.contains(where: { $0.sentence == sentence - 1 }) else { return nil }
        var first = cue.first - 1
        while first > 0, text.tokens[first - 1].sentence == sentence - 1 { first -= 1 }
        let verb = text.tokens[first]
        guard first >= 0, verb.sentence == sentence - 1, verb.isWord, verb.norm.hasKeyPrefix("و"), !verb.isDefinite,
              facts[first].category == nil, facts[first].speakerWord == nil, facts[first].place == nil,
              facts[first].givenName == nil, facts[first].roles.isEmpty, !facts.isVerbCue(first),
              first + 1 < cue.first else { return nil }
        return namedPersonSubject(at: first + 1, before: cue.first, sentence: sentence - 1, gender: gender)
    }

    /// «وحقق البنك الفرنسي نتائج تفوق التوقعات، حيث قال إنه …»، «وعقدت
    /// اللجنة اجتماعا تنسيقيا مع الحكام، أوضحت من خلاله …»، «وجاء نائب
    /// رئيس الوزراء العراقي، بهاء الأعرجي، ليؤكد …»: a verb with no subject
    /// after a comma or «حيث», in a sentence that opens with a verb the
    /// lexicon does not know (with or without و, after an opening phrase
    /// of function words and bare nouns up to a comma: «من جهة أخرى،»;
    /// not «لكن الصديق الصادق، نجل …»), goes on with that verb's subject
    /// when the sentence holds no statement yet. The subject is a person
    /// whose phrase opens with an office or a given name and holds a whole
    /// name (`isWholeName`; an office alone may be anyone's: «الرئيس
    /// الأميركي» was taken for another head of government), or a body
    /// opening with a speaker word and holding no function word (the
    /// phrase parser runs on into the verb's object: «الشركة في واجهة
    /// استخدام»); it agrees with the verb in gender. Not before «فيه»، «خلاله» (`inDocument`: a
    /// message's or a document's own rules), nor when a speaker word or
    /// given name follows the verb (an overt subject the checks refused:
    /// «حيث غرد أحد المتقدمين»).
    func openingSubject(before cue: CueMatch) -> SpeakerProfile? {
        guard cue.kind == .verb, cue.number == .singular, let gender = cue.gender, !cue.conjoined, cue.first > 1,
              cue.last + 1 < text.tokens.count else { return nil }
        let sentence = text.tokens[cue.first].sentence
        guard !statements.contains(where: { $0.sentence == sentence }) else { return nil }
        let before = cue.first - 1, after = cue.last + 1
        guard text.isMark(before, "،") || text.isMark(before, ",") || text.tokens[before].norm.isKey("حيث"),
              !facts[after].roles.contains(.inDocument), !facts[after].roles.contains(.oneOf),
              facts[after].speakerWord == nil, facts[after].givenName == nil else { return nil }
        // The opening verb, after an opening phrase up to a comma.
        var v = firstToken(ofSentenceAt: cue.first)
        if let comma = (v..<min(v + 5, cue.first)).first(where: { text.isMark($0, "،") || text.isMark($0, ",") }),
           facts[v].category != nil || facts[v].stemCategory != nil,
           (v..<comma).allSatisfy({ text.tokens[$0].isWord && !text.tokens[$0].isDefinite && !facts.isVerbCue($0)
               && facts[$0].speakerWord == nil && facts[$0].givenName == nil }) { v = comma + 1 }
        guard v + 1 < cue.first, isPlainWord(v), facts[v].stemCategory == nil, !facts.isVerbCue(v) else { return nil }
        let subject = v + 1
        let end = parser.phraseEnd(from: subject, sentence: sentence)
        guard end > v, end < cue.first, let p = classifier.profile(subject...end, verbGender: gender),
              p.anonymity == .named || p.anonymity == .role, p.gender == gender else { return nil }
        switch p.kind {
        case .person:
            guard facts[subject].speakerWord?.category.isRoleLike == true || facts[subject].givenName != nil,
                  p.hasGivenName, !endsInObject(p, in: subject...end), isWholeName(p, in: subject...end) else { return nil }
        case .institution:
            guard facts[subject].speakerWord != nil,
                  (subject...end).allSatisfy({ facts[$0].category == nil && facts[$0].stemCategory == nil }) else { return nil }
        default: return nil
        }
        return p
    }

    /// The person a clause's subject names: an office and a name («النائبة
    /// الفرنسية … إيفا جولي»), or in the cue's own sentence a name that
    /// opens with a given name («وتقدم عبدالرحمن بن صالح المويشير مدير عام
    /// … وقال: …»، «واعتذر المدير التنفيذي للمطار، روبرت سينكلير، وقال»),
    /// agreeing with the verb.
    private func namedPersonSubject(at subject: Int, before limit: Int, sentence: Int, gender: Gender) -> SpeakerProfile? {
        let roleFirst = facts[subject].speakerWord?.category.isRoleLike == true
        let sameSentence = limit < text.tokens.count && text.tokens[limit].sentence == sentence
        guard roleFirst || (sameSentence && facts[subject].givenName != nil) else { return nil }
        let end = parser.phraseEnd(from: subject, sentence: sentence)
        guard end > subject, end < limit, let p = classifier.profile(subject...end, verbGender: gender),
              p.kind == .person, p.anonymity == .named, p.gender == nil || p.gender == gender else { return nil }
        switch (sameSentence, roleFirst) {
        case (false, _):
            // The sentence before: an office, then a given name or a name
            // of two or three name words.
            guard p.role != nil, p.hasGivenName || ((2...3).contains(p.nameTokens.count)
                    && (end - p.nameTokens.count + 1...end).allSatisfy(parser.looksLikeNamePart)) else { return nil }
        case (true, true):
            guard p.hasGivenName, p.nameTokens.count <= 4, !endsInObject(p, in: subject...end) else { return nil }
        case (true, false):
            guard isWholeName(p, in: subject...end) else { return nil }
        }
        return p
    }

    /// Whether the name's last word looks like the verb's object run into
    /// it: a word in ا or ه the article writes nowhere else («فريدلاند
    /// اعتذارا»، «أردوغان ضغوطا»).
    private func endsInObject(_ p: SpeakerProfile, in range: ClosedRange<Int>) -> Bool {
        guard let last = range.last(where: { text.tokens[$0].isWord && text.tokens[$0].stem == p.nameTokens.last }) else { return false }
        let norm = text.tokens[last].norm
        return facts[last].givenName == nil && (norm.hasKeySuffix("ا") || norm.hasKeySuffix("ه")) && !text.recursElsewhere(last)
    }

    /// Whether the profile's name is a person's name and nothing more: a
    /// given name, then words each of which is a given name, a name link
    /// («بن»، «آل»), a word the article writes again (a surname), or the
    /// last before a comma or an office (no function word or verb). After
    /// an unknown verb the phrase parser runs on into the verb's object,
    /// which is none of these («محمود باكرا ليتأكد»، «فريدلاند اعتذارا»،
    /// «صلاح بالشكر»).
    private func isWholeName(_ p: SpeakerProfile, in range: ClosedRange<Int>) -> Bool {
        guard (2...5).contains(p.nameTokens.count),
              let first = range.first(where: { text.tokens[$0].isWord && text.tokens[$0].stem == p.nameTokens[0] }),
              first + p.nameTokens.count - 1 <= range.upperBound, facts[first].givenName != nil else { return false }
        let last = first + p.nameTokens.count - 1
        for k in (first + 1)...last {
            guard text.tokens[k].isWord, text.tokens[k].stem == p.nameTokens[k - first] else { return false }
            if facts[k].givenName != nil || facts[k].roles.contains(.nameLink) || facts[k].roles.contains(.nameCompound) { continue }
            // (A function word or a verb recurs too: «رمضان هو»، «كيري بين».)
            guard facts[k].category == nil, facts[k].roles.isEmpty, !facts.isVerbCue(k),
                  (k == last && closesName(k)) || text.recursElsewhere(k) else { return false }
        }
        return true
    }

    /// A comma or an office after the name's last word closes it; before an
    /// office, not a word in ب or ل («محمد صلاح بالشكر للرئيس»، «كيم باعدام
    /// زوج عمته»).
    private func closesName(_ k: Int) -> Bool {
        guard k + 1 < text.tokens.count else { return false }
        if text.isMark(k + 1, "،") || text.isMark(k + 1, ",") { return true }
        let norm = text.tokens[k].norm
        return facts[k + 1].speakerWord?.category.isRoleLike == true && !norm.hasKeyPrefix("ب") && !norm.hasKeyPrefix("ل")
    }
}
