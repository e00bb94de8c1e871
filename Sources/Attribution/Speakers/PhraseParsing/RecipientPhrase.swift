/// The recipient or medium phrase after a cue: whom the speaker spoke to.
///
///     وقال المتحدث باسم الوزارة للصحفيين إن …
///     recipientPhrase(at: 4)   // («الصحفيين», 5: the index of «إن»)
///
/// «لـ«الشرق الأوسط»»، «لوكالة الأنباء»، «للصحفيين»، «له»: ل with a
/// quoted name, a media head (`speakers.tsv` category media), the press
/// (role `press` in roles.tsv) or a pronoun (role `recipientpronoun`);
/// a media noun goes on it («لوسائل الإعلام الألمانية»). The clitic may
/// stand apart, after a tatweel, before an outlet in Latin letters
/// («لـCNN»، «لـ CNN»: CNN is a media word of speakers.tsv).
/// A channel the lexicon does not know as media is not one: in «وقال
/// مصدر مطلع لسكاي نيوز عربية إن» «سكاي» is no media head, and the
/// channel stays in the speaker phrase (a known issue of
/// `PhraseParserTests`).
extension SpeakerPhraseParser {
    /// لـ«الشرق الأوسط»، لوكالة الأنباء، للصحفيين، له: returns the
    /// recipient as written and the index after it.
    func recipientPhrase(at k: Int) -> (String, Int)? {
        let t = text.tokens[k]
        guard t.isWord, t.norm.hasKeyPrefix("ل") else { return nil }
        if facts[k].roles.contains(.recipientPronoun) { return (t.text, k + 1) }
        if t.norm.isKey("ل"), k + 1 < text.tokens.count, let q = text.quote(openingAt: k + 1), !q.isSpeech {
            return (text.text(k + 2, q.close - 1), q.close + 1)
        }
        // «لـ CNN»: the clitic alone, the medium the next word.
        let apart = t.norm.isKey("ل") && k + 1 < text.tokens.count && text.tokens[k + 1].isWord
        let rest = apart ? text.tokens[k + 1].norm
            : Self.withoutClitic(t.norm)
        guard lexicon.speakerWord(rest)?.category == .media
                || lexicon.roles(rest).contains(.press) else { return nil }
        var end = apart ? k + 1 : k
        while end + 1 < text.tokens.count, end - k < 3, text.tokens[end + 1].isWord,
              !isBoundary(end + 1, phraseStarted: true), text.tokens[end + 1].sentence == t.sentence,
              // («لوكالة الأنباء الألمانية»: «الأنباء», a vague source
              // elsewhere, is the agency's genitive here.)
              facts[end + 1].speakerWord.map({ $0.category == .media || (end == k && $0.category == .vague)
                  || lexicon.roles(text.tokens[end + 1].stem).contains(.mediaNoun) }) ?? true {
            end += 1
        }
        if end + 1 < text.tokens.count, let q = text.quote(openingAt: end + 1), !q.isSpeech {
            end = q.close
        }
        // «للصحافيين» → «الصحافيين»، «لوكالة الأنباء» → «وكالة الأنباء».
        return (apart ? text.text(k + 1, end) : MentionClassifier.dropLam(text.text(k, end)), end + 1)
    }

    /// «وقالت ماي لأعضاء البرلمان إن …»، «وقال أوباما للنواب …»: after a
    /// phrase opened by a name (no office before it), ل on a plural group
    /// of speakers.tsv right after a name word is the audience spoken to,
    /// not more of the name. (After an office the same words are its
    /// affiliation: «رئيس لجنة …» is never opened by a name.)
    ///
    /// «أبلغ رئيس بلدية نيويورك بيل دي بلازيو الصحفيين يوم السبت أن …»:
    /// the group with the article (or the press, roles.tsv, or a body),
    /// right after a person's name (a given name and up to two
    /// name words; an office before them or not), is the audience or the
    /// object: a singular person has none of these in apposition. (Not
    /// after an office: «عضو هيئة كبار العلماء».)
    func groupRecipientAfterName(at j: Int, from k: Int) -> Bool {
        guard j > k, text.tokens[j].isWord, text.tokens[j - 1].isWord,
              facts[j - 1].speakerWord == nil, facts[j - 1].place == nil,
              facts[j - 1].category == nil, facts[j].givenName == nil else { return false }
        let norm = text.tokens[j].norm
        if norm.hasKeyPrefix("ل") {
            guard facts[j].place == nil, !text.tokens[j - 1].isDefinite || facts[k].givenName != nil, facts[k].speakerWord == nil,
                  let word = lexicon.speakerWord(Self.withoutClitic(norm)) else { return false }
            return word.category == .group && word.number == .plural
        }
        // (The given name opens a name: not «منظم سحور الإعلاميين», a noun
        // no list knows before a homograph. A family name in ي may follow
        // it: «أسامة النجيفي».)
        guard text.tokens[j].isDefinite, facts[j].place == nil, let g = (k..<j).last(where: { facts[$0].givenName != nil }), j - g <= 3,
              (g + 1..<j).allSatisfy({ looksLikeNameWord($0) || facts[$0].givenName != nil || isFamilyNisba($0) }),
              g == k || facts[g - 1].givenName != nil || facts[g - 1].speakerWord != nil || facts[g - 1].roles.contains(.nameLink)
        else { return false }
        if facts[j].roles.contains(.press) { return true }
        guard let word = facts[j].speakerWord else { return false }
        // «ودعا عبدالله الثاني الحكومة الجديدة إلى …»، «ويطالب محمد السبيعي
        // الوزارة»: a body is no apposition of a person either, but the
        // verb's object or the one addressed; after a family name, not
        // right after the given name («سيف الإسلام» is one name). (Not a
        // country: «حاكم طوكيو» is an office no list knows.)
        return (word.category == .group && word.number == .plural) || (word.category == .institution && j - g >= 2)
    }

    /// «النجيفي»، «الحارثي»: a definite word in ي that no list knows, a
    /// family name after a given name.
    func isFamilyNisba(_ i: Int) -> Bool {
        text.tokens[i].isDefinite && text.tokens[i].norm.hasKeySuffix("ي") && facts[i].speakerWord == nil
            && facts[i].place == nil && facts[i].category == nil
    }

    /// «ثم اعترف لرجل الدين الذي يتبعه بما حدث»، «وقال للوزير إن …»: right
    /// after a verb, ل on a person, office or group of `speakers.tsv`
    /// (the clitic, not part of the word: «لجنة»، «لبنان» stay) is the
    /// one spoken to, and the phrase it opens is no subject. (Inside a
    /// speaker phrase ل on such a word is its genitive or affiliation
    /// instead: «رئيس لجنة … التابعة لهيئة …»; only `forward` asks this.)
    func personRecipient(at k: Int, sentence: Int) -> (String, Int)? {
        let t = text.tokens[k]
        guard t.isWord, t.norm.hasKeyPrefix("ل"), facts[k].place == nil, facts[k].givenName == nil else { return nil }
        guard let word = lexicon.speakerWord(Self.withoutClitic(t.norm)), [.role, .person, .anonymous, .group, .title].contains(word.category) else { return nil }
        let end = max(k, phraseEnd(from: k, sentence: sentence))
        return (MentionClassifier.dropLam(text.text(k, end)), end + 1)
    }
}
