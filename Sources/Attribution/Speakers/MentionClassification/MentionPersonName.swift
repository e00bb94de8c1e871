/// Where a personal name starts inside a speaker phrase (the mention it
/// makes named is `named` in `MentionAnonymity.swift`).
///
///     وأكد وزير الخارجية الروسي سيرغي لافروف أن …
///     personName(in: «وزير الخارجية الروسي سيرغي لافروف», after: 1)   // 3: «سيرغي» (names.tsv)
///
/// A name opens with a given name, or else with the first word that is
/// neither definite, nor known to the lexicon, nor a nisba or plural;
/// after a second office in the genitive («المتحدث باسم … لرئيس الوزراء
/// حيدر العبادي») it is that office holder's.
extension MentionClassifier {
    /// «المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي»: the name
    /// follows a second office in the genitive (لرئيس، باسم وزير) and is
    /// that office holder's, not the speaker's.
    func namesAGenitive(_ words: [Int], _ nameStart: Int) -> Bool {
        words[1..<nameStart].contains { k in
            let t = text.tokens[k]
            return (t.norm.hasKeyPrefix("ل") || t.norm.hasKeyPrefix("ب")) && !t.norm.hasKeyPrefix("لل")
                && facts[k].speakerWord?.category.isRoleLike == true
        }
    }

    /// Index (into `words`) where a personal name starts: the first given
    /// name, or else the first word that is neither definite, nor known to
    /// the lexicon, nor attached to a clitic.
    func personName(in words: [Int], after skip: Int) -> Int? {
        guard words.count > skip else { return nil }
        if let k = givenName(in: words, after: skip) { return k }
        // A personal name runs to the end of the phrase and has at most five
        // words («عبدالله بن عبدالعزيز آل سعود»); a longer run is a clause
        // («اللاعب خيار رائع كلاعب آسيوي …»).
        return (skip..<words.count).first { k in
            guard words.count - k <= 5 else { return false }
            let t = text.tokens[words[k]]
            if k > 0, facts[words[k - 1]].category == .placeNoun { return false }
            if namesAPlace(words[k]) { return false }
            // «معلمة تبوك»، «خبير شفرات»، «مدير فرع الجمعية»: an
            // indefinite person noun or office opens a construct chain, and
            // its words are genitives, not a name. A name comes only after
            // the chain is closed by a definite word, a known place or a
            // quoted name («رئيس تحرير الصحيفة ستيج ابيل»، «رئيس مجلس
            // إدارة مجموعة «نيكاي» تسونيو كيتا»).
            if k >= 1, chainOpen(words, before: k) { return false }
            // «الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ»، «رئيس شركة
            // أبل تيم كوك»: the word right after an indefinite body or
            // outlet noun is its genitive, the body's name, not a person's
            // («عضو الهيئة السياسية للائتلاف نصر الحريري»: «لل» is definite).
            if k >= 1, !text.tokens[words[k - 1]].isDefinite, !text.tokens[words[k - 1]].norm.hasKeyPrefix("لل"),
               let body = facts[words[k - 1]].speakerWord?.category, body == .institution || body == .media { return false }
            // «الرئيس الأمريكي في اجتماع لمجلس الأمن»: after a preposition
            // comes where the office is or the occasion, not a name.
            if k > 0, facts[words[k - 1]].roles.contains(.officePreposition),
               !facts[words[k - 1]].roles.contains(.alaOrAli) { return false }
            // «خبير في مسائل تأجير الأرحام ساعد العائلتين»: after such a
            // preposition anywhere before, the words are where the office
            // is or its field; a name there runs to the phrase's end with
            // no ة and no article but on a last nisba («سفير ألمانيا لدى
            // الأمم المتحدة هارالد براون»، «… في مجلس النواب العراقي شروق
            // العبايجي»).
            if k > 1, words[1..<(k - 1)].contains(where: { i in
                facts[i].roles.contains(.officePreposition) && !facts[i].roles.contains(.alaOrAli)
            }), words[k...].contains(where: { i in
                let t = text.tokens[i]
                return t.norm.hasKeySuffix("ة") || (t.isDefinite && !(i == words.last! && t.norm.hasKeySuffix("ي")))
            }) {
                return false
            }
            // Nisba adjectives (تركي، أمني، مصرية) and plurals are not names.
            // Names end so too («رؤوفين ريفيلين»، «لافي اللهيبي»); right after
            // a definite word (or a possessed person noun, «والدها اندي
            // فانسيك») an indefinite one is in apposition, not its
            // adjective (which would be definite) or a plural.
            let afterDefinite = k > 0 && (text.tokens[words[k - 1]].isDefinite || isPossessedPerson(words[k - 1]))
            if t.norm.hasKeySuffix("ة") { return false }
            // «الرئيس العام لشؤون المسجد الحرام والمسجد النبوي»: ل on a
            // common noun (a plural, a verbal noun, a word of the lists) is
            // the office's field, not a name («لافروف»، «ليون» are names).
            if k > 0, t.norm.hasKeyPrefix("ل"), !t.norm.hasKeyPrefix("لل"), facts[words[k]].givenName == nil {
                let rest = String(t.norm.unicodeScalars.dropFirst())
                if rest.keyLength >= 4, Morphology.looksLikeCommonNoun(rest) || lexicon.category(rest) != nil { return false }
            }
            // «الناطق باسم القوات الموالية لهادي»: after a definite feminine
            // adjective (a definite word in ة after another definite word) a
            // word in ل is its complement; not after a noun in construct
            // («أخصائي التغذية لافي اللهيبي»).
            if afterDefinite, k >= 2, t.norm.hasKeyPrefix("ل"), text.tokens[words[k - 1]].norm.hasKeySuffix("ة"),
               text.tokens[words[k - 2]].isDefinite { return false }
            if !afterDefinite, ["ي", "ون", "ين", "ان"].contains(where: { t.norm.hasKeySuffix($0) }) { return false }
            // A possessive pronoun marks a common noun: «في نهاية خطبته».
            if lexicon.hasSuffix(t.norm, .commonPossessive) { return false }
            // «وزير التربية والتعليم»، «وكيل الوزارة للتفتيش وتطوير بيئة
            // العمل»: a definite word or a verbal noun joined by و goes on
            // with the office; no name opens so.
            let prefixed = ["ل", "ب", "و"].contains { t.norm.hasKeyPrefix($0) } && facts[words[k]].speakerWord != nil
                || t.norm.hasKeyPrefix("وال") || Morphology.looksLikeJoinedVerbalNoun(t.norm)
            return !t.isDefinite && !prefixed && facts[words[k]].speakerWord == nil && facts[words[k]].place == nil
                && facts[words[k]].category == nil && facts[words[k]].stemCategory == nil
                && !facts[words[k]].roles.contains(.spokesFor)
                && !(facts[words[k]].roles.contains(.officePreposition) && !facts[words[k]].roles.contains(.alaOrAli))
                && !t.norm.hasKeyPrefix("لل") && !t.norm.hasKeyPrefix("بال")
        }
    }

    /// Whether `words[0]` is an indefinite office or person noun and
    /// `words[1..<k]` continue its construct chain: none is definite, a
    /// known place, or a name closed by a quotation mark. A proper noun
    /// in the genitive closes it too when a name of two words or more can
    /// follow: «عمدة تشاتانوغا اندي بيرك» (the proper noun is a word no
    /// list knows, not shaped as a common noun).
    func chainOpen(_ words: [Int], before k: Int) -> Bool {
        guard !text.tokens[words[0]].isDefinite, !isPossessedPerson(words[0]),
              facts[words[0]].speakerWord?.category.isRoleLike == true else { return false }
        if k >= 2, k <= words.count - 2, facts.isUnlistedWord(words[k - 1]), facts[words[k - 1]].givenName == nil,
           !Self.looksLikeCommonNoun(text.tokens[words[k - 1]].norm) {
            return false
        }
        return words[1..<k].allSatisfy { i in
            !text.tokens[i].isDefinite && facts[i].place == nil
                && !(i + 1 < text.tokens.count && text.quotations.contains { $0.close == i + 1 })
        }
    }

    /// A given name followed by at least one more name word («سعد الحديثي»);
    /// a lone one at the end is a nisba adjective («مسؤول تركي»).
    /// «بجامعة الملك سعود»، «مستشفى الملك فيصل التخصصي»، «مطار الملك خالد»:
    /// a given name after a title that names places (roles.tsv eponymtitle:
    /// الملك، الأمير، الشيخ …) and follows a body or a place noun
    /// (speakers.tsv institution, words.tsv placenoun, also with ب، ل، و)
    /// names the body or place, not the speaker.
    func namesAPlace(_ i: Int) -> Bool {
        guard i >= 2, facts[i - 1].roles.contains(.eponymTitle), text.tokens[i - 2].isWord else { return false }
        if facts[i - 2].speakerWord?.category == .institution || facts[i - 2].stemCategory == .placeNoun { return true }
        let norm = text.tokens[i - 2].norm
        guard norm.keyLength > 4, norm.hasKeyPrefix("ب") || norm.hasKeyPrefix("ل") || norm.hasKeyPrefix("و") else { return false }
        let rest = String(norm.unicodeScalars.dropFirst())
        return lexicon.category(rest) == .placeNoun || lexicon.speakerWord(rest)?.category == .institution
    }

    func givenName(in words: [Int], after skip: Int) -> Int? {
        guard words.count > skip + 1 else { return nil }
        guard let k = (skip..<(words.count - 1)).first(where: {
            (facts[words[$0]].givenName != nil && !text.tokens[words[$0]].endsInAlefMaqsura && !namesAPlace(words[$0]))
                || ($0 > skip && facts[words[$0]].roles.contains(.nasab) && facts.isUnlistedWord(words[$0 - 1]))
        }) else { return nil }
        // «العقيد دكتور عاطي بن عطيه القرشي»: after a word no list knows,
        // «بن» links the nasab and the name opens at that word
        // (`TokenFacts.isUnlistedWord`).
        if k > skip, facts[words[k]].roles.contains(.nasab), facts.isUnlistedWord(words[k - 1]) { return k - 1 }
        return k
    }

    /// «والدها»: a person noun with its possessive is definite
    /// (`Lexicon.possessedPerson`): no construct chain follows it.
    /// (The token's speaker word, cached, is the possessed one's; only a
    /// person noun is looked up again, to tell «الزوج» from «زوجها».)
    func isPossessedPerson(_ k: Int) -> Bool {
        guard facts[k].speakerWord?.category == .person else { return false }
        return lexicon.speakerWord(text.tokens[k].norm) == nil
    }
}
