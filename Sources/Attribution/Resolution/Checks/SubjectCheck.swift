/// Is the phrase after a verb its subject, or an object or a thing?
///
///     «وقال الكرملين إن» → yes (a known speaker word)
///     «وتشير تلك التغييرات …» → no (a demonstrative over a thing)
///     «ويتهمونه بتدبير …» → no (the verb's own preposition)
///     «ونفى جونسون ما …» after «بوريس جونسون» → yes (his surname)
///     «واتهموا روسيا بمواصلة القصف» → no (the verb's ending is its subject)
extension SpeakerResolver {
    /// An overt phrase is the subject if its head is a known speaker word,
    /// or if what follows it opens the content (a name before «إن»).
    func isSpeaker(_ p: SpeakerProfile, range: ClosedRange<Int>, followedBy next: Int, cue: CueMatch) -> Bool {
        // «وطالبوا الفريق الإسباني بتسليم …»، «ويتهمون العراقيين بعدم …»:
        // a verb whose ending holds a plural or dual subject (قالوا،
        // يقولون، قالا) is not followed by one; the phrase is its object.
        if cue.number == .plural { return false }
        // «ويتهمونه بتدبير …»: the verb's own preposition opens its
        // complement, not a subject.
        let first = text.tokens[range.lowerBound]
        // «وذكر بالبيان بأن …»: ب on a speaker noun with the article says
        // where («in the statement»), never who.
        if first.norm.hasKeyPrefix("بال"), lexicon.speakerWord(String(first.norm.dropFirst())) != nil { return false }
        if first.norm.hasKeyPrefix("ب"), facts[range.lowerBound].speakerWord == nil, facts[range.lowerBound].givenName == nil,
           facts[range.lowerBound].place == nil {
            let rest = String(first.norm.dropFirst())
            if cue.complements.contains("ب") || Morphology.looksLikeVerbalNoun(rest) || lexicon.category(rest) != nil {
                return false
            }
        }
        // «وصفته "بفضيحة" استغلال البيانات»، «تطالب "بالحرية"»: a quoted
        // word opening the phrase that is ب on a definite word, a verbal
        // noun or an object noun is the object. (A quoted name may open
        // with ب, «ونوه "بلو" بحرص …»، «"بوابة الأهرام"», or be a
        // verbal noun, «طالبَ «التعليم» باستحداث …».)
        if text.quote(openingAt: range.lowerBound) != nil, opensWithPrepositionalWord(range) { return false }
        // «وحثت المواطنين الأتراك على …»، «تنصح المستخدمين بـ …»: a sound
        // masculine plural of people (ـون، ـين) never follows a feminine
        // verb as its subject; it is the object. (A quantifier before a
        // plural takes the plural's agreement: «أشارت بعض المصادر».)
        if cue.gender == .feminine, let head = facts[range.lowerBound].speakerWord, head.category == .group,
           head.gender == .masculine, head.number == .plural,
           first.norm.hasKeySuffix("ون") || first.norm.hasKeySuffix("ين") { return false }
        // «وأبلغ مؤتمرا صحفيا …»: a known noun with the accusative ending
        // (tanwin ا) is the verb's object.
        if isAccusativeNoun(range.lowerBound) { return false }
        // «ويوضح مبتسما: …»: a participle in the accusative alone is a ḥāl.
        if range.count == 1, facts[range.lowerBound].givenName == nil, facts[range.lowerBound].speakerWord == nil,
           Morphology.looksLikeAccusativeParticiple(first.norm) { return false }
        // «وتشير تلك التغييرات …»: a demonstrative points at a thing, unless
        // a source noun follows it («هذه المصادر»).
        if lexicon.category(first.norm) == .demonstrative, range.count > 1,
           facts[range.lowerBound + 1].speakerWord == nil { return false }
        if isKnownSpeaker(p, range: range) { return true }
        // «أكدت #عائلة_كبها التي …»: a phrase that is one hashtag of
        // several words names its subject. (The tokenizer splits it at
        // «_»; the phrase's text keeps it, with no space.)
        if range.count > 1, p.text.unicodeScalars.contains("_"), !p.text.unicodeScalars.contains(" ") { return true }
        // «ونفى جونسون ما …» after «بوريس جونسون»: the surname or short
        // form of a person the article has already quoted.
        // A homograph verb (عبر = via) also needs its complement right
        // after the name («وكتب ترامب "…"»).
        if namesEarlierPerson(p, range: range),
           !cue.complements.contains("strict") || text.opensContent(next, lexicon: lexicon) || directComplement(cue, at: next)
            || mediumBeforeContent(at: next, cue: cue) || sayingThenContent(next) {
            return true
        }
        // «وعبر البريد دون أن …»: a homograph verb needs a known speaker,
        // or a name set off by quotation marks or brackets («وبيّن "العصيمي"»).
        // «وعبّرت أسر الشهداء عن …»: or a short phrase right before the
        // verb's own preposition, when the verb takes no object.
        if cue.complements.contains("strict") {
            return text.tokens[range.lowerBound].kind == .punctuation || subjectBeforeOwnPreposition(cue, range: range, next: next)
                || (facts[range.lowerBound].givenName != nil && looksLikeName(range) && mediumBeforeContent(at: next, cue: cue))
                || (opensClause(cue) && !text.tokens[range.upperBound].hasTanwinFatha
                    && (isShortName(range) || isBareSurname(range))
                    && clauseFollows(next, colon: facts[range.lowerBound].givenName != nil))
        }
        // «أموس هوكستين المبعوث الخاص …»: a name with its office.
        if p.kind == .person, p.anonymity == .named, p.role != nil { return true }
        if p.kind == .group { return true }
        // «قال سايمن شو أحد مسؤولي الفن …، إن»: a role or «أحد» (one of)
        // opens the name's apposition; only the words before it count.
        let comma = range.first {
            text.isMark($0, "،") || text.isMark($0, ",") || facts[$0].speakerWord?.category.isRoleLike == true
                || ($0 > range.lowerBound && facts[$0].roles.contains(.oneOf))
        } ?? range.upperBound + 1
        let words = range.filter { $0 < comma && text.tokens[$0].isWord }.count
        // Two or three words and «أحد …» after them: a name with its office.
        if comma <= range.upperBound, facts[comma].roles.contains(.oneOf), (2...3).contains(words) { return true }
        // «قال رجل الأعمال علي حسين علي رضا: إن …»: a description the
        // lexicon lacks, then a given name, right before the content.
        if next < text.tokens.count, text.opensContent(next, lexicon: lexicon), range.count <= 8,
           range.contains(where: { $0 > range.lowerBound && facts[$0].givenName != nil && text.tokens[$0].isWord }),
           !first.norm.hasKeyPrefix("ب"), !first.norm.hasKeyPrefix("لل"), !facts.isVerbCue(range.lowerBound) { return true }
        // «وقال كبير المفاوضين الفلسطينيين صائب عريقات إن …»: a description
        // the lexicon lacks (opening with the article, a speaker word or a
        // role word), then two words shaped like a name that no list knows,
        // right before the content.
        if next < text.tokens.count, text.opensContent(next, lexicon: lexicon), (3...8).contains(range.count),
           parser.looksLikeNamePart(range.upperBound), parser.looksLikeNamePart(range.upperBound - 1),
           first.isDefinite || facts[range.lowerBound].speakerWord != nil || facts[range.lowerBound].category == .roleWord,
           !first.norm.hasKeyPrefix("بال"), !first.norm.hasKeyPrefix("لل"), !facts.isVerbCue(range.lowerBound),
           !Morphology.looksLikeVerbalNoun(text.tokens[range.lowerBound].stem) { return true }
        // «وقال تاكويا هاشيموتو عالم الفضاء بجامعة أوساكا: …»: two name
        // words the lists lack, then a description in construct with a
        // definite noun, right before the content.
        if next < text.tokens.count, text.opensContent(next, lexicon: lexicon), range.count <= 10, range.count >= 4,
           (0...1).allSatisfy({ parser.looksLikeNamePart(range.lowerBound + $0) }),
           describes(range.lowerBound + 2) { return true }
        // «تعهدت بالاستمرار في …»: a subject never opens with a preposition.
        guard next < text.tokens.count, words <= 4, !Morphology.looksLikeVerbalNoun(first.norm),
              !first.norm.hasKeyPrefix("بال"), !first.norm.hasKeyPrefix("لل"),
              !facts.isVerbCue(range.lowerBound) else { return false }
        let t = text.tokens[next]
        return text.opensContent(next, lexicon: lexicon)
            || t.isMark("،") || t.isMark(",") || lexicon.category(t.norm) == .frameNoun
            // «وتابع العقيل بقوله: …»: a noun of saying after the subject.
            || nounOfSayingOpensContent(at: next)
            || facts[next].roles.contains(.clauseOpener)
            || (!cue.complements.contains("any") && directComplement(cue, at: next))
            || namesBeforeRelativeClause(range, next: next)
            // «ونفت طالبان مسؤوليتها»، «وأكد السيسي حرصه على …»: the verb's
            // possessed object follows a name, its subject.
            || (parser.opensPossessedObject(next) && looksLikeName(range))
            // «ووصف كامينغز التقرير بأنه …»: a name, then the object of a
            // verb that takes one and the verb's complement.
            || (cue.complements.contains("object") && looksLikeName(range) && text.tokens[next].isDefinite
                && prepositionAfterObject(cue, at: next))
    }

    /// «"بالتدخل" الكندي»: the phrase's first word (past a quotation
    /// mark) is ب on a definite word, a verbal noun or an object noun
    /// (`isPrepositionalWord`), and no speaker word, given name or place.
    func opensWithPrepositionalWord(_ range: ClosedRange<Int>) -> Bool {
        guard let lead = range.first(where: { text.tokens[$0].isWord }) else { return false }
        return facts[lead].speakerWord == nil && facts[lead].givenName == nil && facts[lead].place == nil
            && parser.isPrepositionalWord(text.tokens[lead].norm, lam: false)
    }

    /// Name words the lists lack or given names, or one nisba surname
    /// («السيسي»); not «مواصلة تركيا»، «حزمة تحفيز».
    /// «وكتب سواريز في حسابه على تويتر "…"»، «وكتب حماد عبر صفحته الرسمية
    /// "…"»: an adverbial phrase (في، عبر، خلال; roles.tsv
    /// `adverbialOpener`), then the content.
    private func mediumBeforeContent(at next: Int, cue: CueMatch) -> Bool {
        next < text.tokens.count && facts[next].roles.contains(.adverbialOpener) && complementFits(cue, at: next)
    }

    /// «وأبان البلوي أن …»، «وبين الفارس، أن …»: a complementiser (after
    /// a comma or not) right after a name, or a colon after one that opens
    /// with a given name («كتب دودي سالم: «…»»): no preposition (بين
    /// «between»، إبان «during») is followed by that.
    private func clauseFollows(_ next: Int, colon: Bool) -> Bool {
        guard next < text.tokens.count else { return false }
        if sayingThenContent(next) { return true }
        if text.isMark(next, ":") { return colon }
        let k = next + 1 < text.tokens.count && (text.isMark(next, "،") || text.isMark(next, ",")) ? next + 1 : next
        return facts[k].isComplementiser
    }

    /// «صيرفي»، «دودي سالم»: one word that looks like a name, or two
    /// opening with a given name (`looksLikeName`); not «مشاركته يريد»،
    /// «إعلانه» (a possessed verbal noun, `opensPossessedObject`).
    private func isShortName(_ range: ClosedRange<Int>) -> Bool {
        looksLikeName(range) && !parser.opensPossessedObject(range.lowerBound)
            && (range.count == 1 || (range.count == 2 && facts[range.lowerBound].givenName != nil))
    }

    /// «بينه وبين ترامب أن …»: the word with و repeats one a few words
    /// back (with or without a pronoun), the second half of a pair of
    /// prepositions (بين … وبين، عبر … وعبر).
    private func pairsAnEarlierWord(_ k: Int) -> Bool {
        let stem = String(text.tokens[k].norm.unicodeScalars.dropFirst())
        var j = k - 1
        while j >= 0, k - j <= 10, text.tokens[j].sentence == text.tokens[k].sentence {
            let norm = text.tokens[j].norm
            if norm.hasKeyPrefix(stem), norm.keyLength <= stem.keyLength + 2 { return true }
            j -= 1
        }
        return false
    }

    /// «الصباغ»، «الفارس»: one definite word that no list knows, with no
    /// verbal-noun shape and no feminine or plural ending (not «الهاتف»'s
    /// kin «البيئة»، «الموقعين»), the way a family name is written.
    private func isBareSurname(_ range: ClosedRange<Int>) -> Bool {
        let k = range.lowerBound
        return range.count == 1 && text.tokens[k].isDefinite && facts[k].speakerWord == nil && facts[k].place == nil
            && facts[k].category == nil && facts[k].stemCategory == nil && !Morphology.looksLikeCommonNoun(text.tokens[k].norm)
    }

    /// «وأبان …»، «كما بينت …»، «بدوره، بين …»: the verb opens its clause
    /// (with و or ف, after a sentence end, a comma or a particle), where a
    /// verb stands; not «حاولنا عبر سنوات أن»، «أستاذ علم البيئة، أن»، «لم
    /// يعد كافيا أن» (after a negator the verb is «no longer»).
    private func opensClause(_ cue: CueMatch) -> Bool {
        let k = cue.first
        if cue.conjoined { return !pairsAnEarlierWord(k) }
        guard k > 0 else { return true }
        let before = text.tokens[k - 1]
        if before.sentence != text.tokens[k].sentence { return true }
        if !before.isWord { return text.isMark(k - 1, "،") || text.isMark(k - 1, ",") || text.isMark(k - 1, "؛") }
        return !lexicon.hasRole(.verbNegator, orAfterConjunction: before.norm)
            && (facts[k - 1].category == .particle || facts[k - 1].roles.contains(.mainClauseOpener))
    }

    private func looksLikeName(_ range: ClosedRange<Int>) -> Bool {
        if range.count == 1, text.tokens[range.lowerBound].isDefinite, text.tokens[range.lowerBound].norm.hasKeySuffix("ي") {
            return facts[range.lowerBound].speakerWord == nil && facts[range.lowerBound].place == nil
        }
        return range.count <= 3 && range.allSatisfy { facts[$0].givenName != nil || parser.looksLikeNamePart($0) }
    }

    /// «عالم الفضاء»، «أستاذ الاقتصاد»: an indefinite word the lists lack
    /// (or an office) in construct with a definite one.
    private func describes(_ k: Int) -> Bool {
        guard k + 1 < text.tokens.count, text.tokens[k].isWord, text.tokens[k + 1].isWord, !text.tokens[k].isDefinite,
              text.tokens[k + 1].isDefinite, facts[k].givenName == nil, facts[k].place == nil else { return false }
        let norm = text.tokens[k].norm
        return !norm.hasKeyPrefix("ب") && !norm.hasKeyPrefix("ل") && !norm.hasKeyPrefix("و")
    }

    /// «وعبّرت أسر الشهداء عن اعتزازهم»: a phrase of up to four words
    /// (not a verbal noun, not «بال…»، «لل…») right before a preposition
    /// the verb governs (the whole word, as عن، إلى), when the verb takes
    /// no object (`object` in verbs.tsv), can only be its subject.
    func subjectBeforeOwnPreposition(_ cue: CueMatch, range: ClosedRange<Int>, next: Int) -> Bool {
        guard next < text.tokens.count, !cue.complements.contains("object"),
              cue.complements.contains(text.tokens[next].norm), range.count <= 4 else { return false }
        let first = text.tokens[range.lowerBound].norm
        return range.allSatisfy { text.tokens[$0].isWord } && !Morphology.looksLikeVerbalNoun(first)
            && !first.hasKeyPrefix("بال") && !first.hasKeyPrefix("لل") && !facts.isVerbCue(range.lowerBound)
    }

    /// «وقال الكيميائي فيل ميرزيانوف الذي كشف عن …»: a relative clause
    /// on a name, whose last two words look like name words (no article,
    /// no clitic ل or ب, no ة, known to no list): an object («وأكد الاتفاق
    /// النووي الذي …»، «وتمنى بلاتر التوفيق لجميع …») stays an object.
    func namesBeforeRelativeClause(_ range: ClosedRange<Int>, next: Int) -> Bool {
        guard facts[next].roles.contains(.relativePronoun), range.count >= 2 else { return false }
        return [range.upperBound - 1, range.upperBound].allSatisfy { k in
            parser.looksLikeBareNameWord(k)
        }
    }

    /// One or two words that name a person the article has already
    /// quoted, by given name or surname («جونسون» after «بوريس جونسون»).
    func namesEarlierPerson(_ p: SpeakerProfile, range: ClosedRange<Int>) -> Bool {
        guard p.kind == .person, p.anonymity == .named, range.count <= 2, text.tokens[range.upperBound].isWord else { return false }
        if registry.namesQuotedPerson(range.map { text.tokens[$0].text }.joined(separator: " ")) { return true }
        return range.count == 1 && surnameOfIntroducedPerson(range.lowerBound)
    }

    /// «وجاء حديث وانغ بعد أن اتهم ترامب بكين …» after «للرئيس الأمريكي
    /// دونالد ترامب»: one word that is the surname of a person the article
    /// introduced before (a member of the cast, quoted or not).
    func surnameOfIntroducedPerson(_ i: Int) -> Bool {
        let word = text.tokens[i].stem
        // (A function word is no surname: «حينما قال».)
        guard word.keyLength > 2, facts[i].category == nil, facts[i].roles.isEmpty else { return false }
        // Cheap first: the article writes the word right after a given name
        // somewhere (`Cast.mayBeSurname`); only then is the cast asked.
        guard registry.cast.mayBeSurname(text.tokens[i].norm) else { return false }
        openCast()
        return registry.introducedPerson(surname: word, before: text.tokens[i].start) != nil
    }

    /// A phrase opening with a speaker word, place or given name of the
    /// lists, or pointing back to someone.
    func isKnownSpeaker(_ p: SpeakerProfile, range: ClosedRange<Int>) -> Bool {
        let first = text.tokens[range.lowerBound]
        return lexicon.speakerWord(first.norm) != nil || lexicon.place(first.norm) != nil
            || lexicon.givenNames[first.norm] != nil || p.backReference != nil
    }

    /// The same for a phrase that may be missing: false without one.
    func isKnownSpeaker(_ p: SpeakerProfile?, range: ClosedRange<Int>?) -> Bool {
        guard let p, let range else { return false }
        return isKnownSpeaker(p, range: range)
    }

    /// «مؤتمرا»، «بيانا»: a word in ا whose stem without it is a noun of
    /// the lexicon, and which is no name, place or speaker word itself.
    /// Before a definite word, or of a noun for people, it is a dual in
    /// construct, a subject («وزيرا الداخلية»، «ممثلا الناديين»).
    func isAccusativeNoun(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.isWord, !t.isDefinite, t.norm.hasKeySuffix("ا"), t.norm.keyLength > 4,
              facts[i].speakerWord == nil, facts[i].givenName == nil, facts[i].place == nil,
              facts[i].category == nil else { return false }
        if i + 1 < text.tokens.count, text.tokens[i + 1].isWord, text.tokens[i + 1].isDefinite { return false }
        let stem = String(t.norm.unicodeScalars.dropLast())
        // «وزيرا خارجية سوريا وعمان»: a person noun in ا is a dual.
        if let word = lexicon.speakerWord(stem) {
            return ![.role, .person, .anonymous, .group, .title].contains(word.category)
        }
        return lexicon.category(stem) != nil
    }
}
