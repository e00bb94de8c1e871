/// The boundary test: whether a token ends the speaker phrase before it.
///
///     وقال الوزير خلال لقائه الصحفيين …     // «خلال» (role boundary) ends «الوزير»
///     وقال مصدر في الوزارة إن …              // «في» (role sourceplace) continues «مصدر»
///     وقال نيلز مويزنيكس وهو مواطن …          // «وهو» (role clauseopener) ends the name
///
/// A boundary is a complementiser, time word, particle, frame noun,
/// pronoun, formula or relay noun (`words.tsv` categories), a clause
/// opener, a reporting verb or ḥāl participle, or a preposition, judged
/// by what it follows (roles `boundary`, `sourceplace`, `alaorali`,
/// `represents` in roles.tsv).
extension SpeakerPhraseParser {
    /// Whether token j ends the phrase before it. `phraseStarted`: the
    /// phrase already has a word (a preposition right after the verb ends
    /// an empty phrase; after «مصدر» it may continue it); `head`: the
    /// phrase's first token, whose kind decides what a preposition does.
    func isBoundary(_ j: Int, phraseStarted: Bool, head: Int? = nil) -> Bool {
        // (The key and fields are read in place: a copy of the token
        // retains and releases its two strings, at every word of every phrase.)
        let norm = text.tokens[j].norm
        // A one-letter word ends the phrase, except the title «د» glued to
        // its name («د.إبراهيم»).
        if norm.isAtMostOneLetter { return !isGluedTitle(j) }
        let roles = facts[j].roles
        if roles.contains(.clauseOpener) { return true }
        if isPluralOfficeAfterName(j, phraseStarted: phraseStarted) { return true }
        // «دعا الدكتور شوقي علام مفتي مصر كافة الدول …»، «وأكدت سلامة جميع
        // الوصلات»: a quantifier (roles.tsv distributive) after the
        // phrase's first word opens the verb's object; first, it heads
        // the subject («وقال جميع المشاركين»).
        if phraseStarted, roles.contains(.distributive) { return true }
        // «ونفى جون بولتون أي ضلوع …»، «وتنفي إيران أي تدخل»: «أي» (any),
        // written with its hamza, opens the object. The key «اي» is also
        // the letter I of «آي ويوي»، «أف بي آي»، «إي بي سي»: only the
        // spelling «أي» before a word of three letters or more.
        if phraseStarted, norm.isKey("اي"), text.tokens[j].text == "أي", j + 1 < text.tokens.count,
           text.tokens[j + 1].isWord, text.tokens[j + 1].norm.keyLength >= 3 { return true }
        // «اتهم #ترمب #الصين بممارسات …»: a country or capital, bare (no
        // clitic: «بالرياض» says where), right after a person's name word
        // and not before another is the verb's object, not more of the name.
        if phraseStarted, j > 0, facts[j].place != nil, lexicon.place(text.tokens[j].norm) != nil, text.tokens[j - 1].isWord,
           facts[j - 1].place == nil, facts[j - 1].speakerWord == nil, facts[j - 1].category == nil,
           facts[j - 1].roles.isEmpty, facts[j - 1].givenName != nil || facts.isNamePart(text.tokens[j - 1].norm),
           !(j + 1 < text.tokens.count && text.tokens[j + 1].isWord && text.tokens[j + 1].sentence == text.tokens[j].sentence
             && (facts[j + 1].givenName != nil || facts.isNamePart(text.tokens[j + 1].norm))) {
            return true
        }
        // إمام (imam) and أمام (in front of) fold to the same key; the
        // hamza seat tells them apart when the writer kept it.
        if roles.contains(.imamHomograph), text.tokens[j].text.unicodeScalars.first == "إ" { return false }
        if !roles.contains(.sourcePlace), facts[j].category == .frameNoun || facts[j].stemCategory == .frameNoun,
           phraseStarted || facts[j].speakerWord == nil { return true }
        let category = facts[j].category
        // «لويس فان جال»: «فان» (the key of «فإن») between a given name and
        // a bare name word is the particle of a name (role namelink); so it
        // is right after a reporting verb, where «فإن» does not stand
        // («وأوضح فان جال أنه …»، «كشف فان بيرسي بأن …»).
        if category == .complementiser, roles.contains(.nameLink), j > 0, j + 1 < text.tokens.count,
           phraseStarted ? facts[j - 1].givenName != nil : facts.isVerbCue(j - 1),
           text.tokens[j + 1].isWord, looksLikeNameWord(j + 1) {
            return false
        }
        if [.complementiser, .time, .particle, .pronoun, .formula, .relayNoun].contains(category)
            || (phraseStarted && category == .demonstrative) {
            return true
        }
        // «وقال مرغلاني حسب اللوائح الصحية …»: a one-word source frame
        // (frames.tsv: حسب، بحسب، وفق، وفقا) opens another phrase; not the
        // name «حسب الله».
        if phraseStarted, let frames = lexicon.frames[norm], frames.contains(where: { $0.words.count == 1 }),
           !(j + 1 < text.tokens.count && text.tokens[j + 1].norm == "الله") { return true }
        // «قال الشهر الماضي»: a noun of time and its adjective; after a
        // subject, also with «في» («وندد الحزب في وقت سابق»).
        if roles.contains(.timeNoun), timePhraseEnd(at: j) != nil { return true }
        if phraseStarted, isTimeAdjunct(at: j) { return true }
        if phraseStarted, facts[j].stemCategory == .frameNoun, text.tokens[j].stem != norm { return true }
        // A ḥāl participle ends the phrase («… مؤكداً أن»), or leaves it
        // empty right after the verb («وأضاف قائلاً:»، «وأضافت قائلة:»): a
        // subject is never an indefinite participle in the accusative. Its
        // feminine or plural form after a noun is an adjective («مصادر
        // مؤكدة»).
        // A homograph right after an indefinite noun is its genitive (علم =
        // knowledge in «أخصائي علم النفس»), not a verb.
        // (The verb table is asked once, for both tests: `isStrictHomograph`.)
        let form = lexicon.verbForms[norm]
        // («مملوكة للدولة طلب عدم نشر اسمه»: «للدولة» is definite too.)
        // («ترامب عبر تويتر»: after a surname the homograph is the
        // function word; a genitive follows a speaker noun, and a surname
        // a given name: «وائل عُلما»، «هيلاريون أمل».)
        let genitive = phraseStarted && form?.complements.contains("strict") == true && j > 0 && text.tokens[j - 1].isWord
            && !text.tokens[j - 1].isDefinite && !text.tokens[j - 1].norm.hasKeyPrefix("لل")
            && (facts[j - 1].speakerWord != nil || facts[j - 1].givenName != nil || !looksLikeNameWord(j - 1))
        // «كشفت أمل حجازي أنها …»: a verb that is also a given name opens
        // the subject (`GivenNameVerb.swift`).
        // «فقال طالب العلم: …»: a perfect right after the verb is its subject
        // (`SubjectAfterVerb.swift`).
        if facts.isVerbCue(j), !genitive,
           phraseStarted || !(lexicon.isGivenNameNotVerb(at: j, in: text) || lexicon.isSubjectAfterVerb(at: j, in: text)) { return true }
        if form?.shape == .participle {
            // «متحدثة باسم الجيش» is a speaker noun, not a ḥāl.
            let hal = norm.hasKeySuffix("ا") || (!phraseStarted && norm.hasKeySuffix("ة") && facts[j].speakerWord == nil)
            if hal || (phraseStarted && !text.tokens[j - 1].isWord) { return true }
        }
        // «بيان صادر عن وزارة الداخلية»، «الإحصاءات الصادرة عن الهيئة»: a
        // document's issuer after «صادر عن» is part of the phrase
        // (`MentionClassifier.documentIssuer`).
        if roles.contains(.issuedBy), phraseStarted, j > 0, facts[j - 1].roles.contains(.issuedParticiple),
           let h = head, facts[h].speakerWord?.category == .document,
           j + 1 < text.tokens.count, text.tokens[j + 1].isWord, facts[j + 1].category != .demonstrative { return false }
        if roles.contains(.alaOrAli) {
            // «علي الأحمدي» is a name; «على أن»، «على ضرورة» a preposition;
            // «المشرف العام على القناة» part of an office.
            guard phraseStarted, j + 1 < text.tokens.count else { return true }
            if !text.tokens[j].endsInAlefMaqsura, facts[j].givenName != nil { return false }
            if isRoleAffiliation(j) || facts[j - 1].category == .roleWord {
                return facts[j + 1].isComplementiser
            }
            let next = text.tokens[j + 1]
            return !(facts[j + 1].givenName != nil || (next.isDefinite && next.norm.hasKeySuffix("ي")))
        }
        if roles.contains(.boundary) {
            guard roles.contains(.represents), phraseStarted else { return true }
            return !(isRoleAffiliation(j) || representsInOfficePhrase(j, head: head))
        }
        if roles.contains(.sourcePlace) {
            // «مصدر في الوزارة»، «مسؤول من موسكو»: after a source noun or an
            // office, not after a name («أكد "العيد" في ردّه»).
            guard phraseStarted, j + 1 < text.tokens.count else { return true }
            if let h = head, facts[h].speakerWord == nil || facts[h].place != nil {
                return true
            }
            // «… فرانك فالتر شتاينماير في برلين»: after a personal name the
            // preposition opens an adjunct, not the office; so after a
            // surname the article wrote after a given name («الرئيس هادي في
            // الاجتماع» after «عبدربه منصور هادي»).
            if let h = head, h < j, (h..<j).contains(where: { facts[$0].givenName != nil || isKnownSurname($0) }) {
                return true
            }
            let next = text.tokens[j + 1]
            // «يحذر الخبراء من التغير المفاجئ»: after a group of people the
            // preposition says where they are from only before a place or
            // a body («ناشطون من المعارضة»); otherwise it is the verb's.
            // So after a plural office («وقال الوزراء في مشاريع قرارات …»).
            if let h = head, let word = facts[h].speakerWord,
               [.group, .vague].contains(word.category) || word.isPluralOffice,
               facts[j + 1].place == nil, facts[j + 1].speakerWord == nil {
                return true
            }
            // «الوكالة في تقرير»، «الباحثون في دراسة»: a document after the
            // preposition is the frame the words come in, as «في بيان» is.
            return facts[j + 1].stemCategory == .frameNoun || facts[j + 1].category == .frameNoun
                || facts[j + 1].category == .time || !next.isWord
                || (facts[j + 1].speakerWord?.category == .document && !next.isDefinite)
        }
        // «أعلنت مصادر رسمية مقتل عسكريين»: the object ends the subject.
        return category == .objectNoun || (!phraseStarted && category == .normNoun)
    }

    /// «وطالب الجبوري رؤساء الكتل السياسية بتأييد …»: a plural office
    /// right after a name (a word the lists lack, not in ة) is the verb's
    /// object; after an office, a body or a noun in ة it is a genitive
    /// («رئيس وزراء …»، «مجلس الوزراء»، «رئاسة الوزراء»).
    func isPluralOfficeAfterName(_ j: Int, phraseStarted: Bool) -> Bool {
        guard phraseStarted, j > 0, facts[j].speakerWord?.isPluralOffice == true, text.tokens[j - 1].isWord,
              !text.tokens[j - 1].norm.hasKeySuffix("ة"), facts[j - 1].speakerWord == nil, facts[j - 1].category == nil,
              facts[j - 1].roles.isEmpty else { return false }
        return facts[j - 1].givenName != nil || facts.isUnlistedWord(j - 1) || facts.isNamePart(text.tokens[j - 1].norm)
    }

    /// «هادي» after «عبدربه منصور هادي»: a word no list knows that the
    /// article writes right after a given name (`TokenFacts.isNamePart`),
    /// four letters or more and not shaped as a common noun.
    private func isKnownSurname(_ k: Int) -> Bool {
        facts.isUnlistedWord(k) && text.tokens[k].norm.keyLength >= 4 && !Morphology.looksLikeCommonNoun(text.tokens[k].norm)
            && facts.isNamePart(text.tokens[k].norm)
    }

    /// «النائبة الفرنسية في البرلمان الأوروبي عن حزب الخضر إيفا جولي»:
    /// «عن» further on in an office's phrase, before a body, while no name
    /// has come («النائبة سيليا دوغ غونارسدوتير عن الحزب التقدمي» ends at
    /// the name).
    private func representsInOfficePhrase(_ j: Int, head: Int?) -> Bool {
        guard let h = head, h < j, let word = facts[h].speakerWord, word.category.isRoleLike, !word.isPluralOffice,
              j + 1 < text.tokens.count, facts[j + 1].speakerWord?.category == .institution else { return false }
        return !(h + 1..<j).contains { facts[$0].givenName != nil || facts.isUnlistedWord($0) }
    }

    /// «النائب عن كتلة …»: عن after a role marks whom it represents; not
    /// after a plural office («وحرص رئيس الوزراء على استذكار …»).
    private func isRoleAffiliation(_ j: Int) -> Bool {
        guard j > 0, let word = facts[j - 1].speakerWord else { return false }
        return (word.category.isRoleLike && !word.isPluralOffice) || word.category == .anonymous
    }

    /// A finite reporting verb, possibly with و/ف (a new clause begins).
    /// The speaker code asks it per token through `TokenFacts.isVerbCue`.
    /// (The readings of `verbForm`, without copying a form out: this runs on
    /// many tokens, and returning a `VerbForm` retains its strings, which
    /// cost 4–5 % of a bench run when tried.)
    static func isVerbCue(_ norm: String, lexicon: Lexicon) -> Bool {
        var norm = norm
        return norm.withUTF8 { word in
            for (stem, _) in Clitics.stems(word) {
                if let form = lexicon.verbForms[utf8: stem], form.shape != .participle { return true }
                if let form = Clitics.underObjectPronoun(stem, { lexicon.verbForms[utf8: $0] }), form.shape != .participle {
                    return true
                }
            }
            return false
        }
    }

    /// The first reading of a word (under its clitics, or before an object
    /// pronoun) that is a form of verbs.tsv, participles included:
    /// «واصفا» → وصف's participle.
    static func verbForm(_ norm: String, lexicon: Lexicon) -> VerbForm? {
        var norm = norm
        return norm.withUTF8 { word in
            for (stem, _) in Clitics.stems(word) {
                if let form = lexicon.verbForms[utf8: stem] { return form }
                if let form = Clitics.underObjectPronoun(stem, { lexicon.verbForms[utf8: $0] }) { return form }
            }
            return nil
        }
    }

    /// «د.إبراهيم العثمان»: a title whose full stop is glued to the name
    /// (one sentence, `GluedStop`); the phrase runs on over the stop.
    func isGluedTitle(_ j: Int) -> Bool {
        facts[j].speakerWord?.category == .title && j + 2 < text.tokens.count && text.isMark(j + 1, ".")
            && text.tokens[j + 2].isWord && text.tokens[j + 2].sentence == text.tokens[j].sentence
    }

    /// A verb form marked `strict` in verbs.tsv: also a common word
    /// (علم «knowledge»، عبر «via»), a verb only where a verb may stand.
    func isStrictHomograph(_ norm: String) -> Bool {
        lexicon.verbForms[norm]?.complements.contains("strict") == true
    }
}
