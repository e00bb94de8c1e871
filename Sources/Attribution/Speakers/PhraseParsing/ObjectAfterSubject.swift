/// Where a word opens a new constituent after a speaker phrase, and so
/// ends it (`phraseEnd`): the verb's object after a definite head or a
/// personal name, an adjective that does not agree, an adjunct.
///
///     «دانت القناة عملية الاقتحام»       → «عملية» opens the object
///     «وحض … مايك بومبيو السلطات التركية» → «السلطات» opens the object
///     «المرصد السوري لحقوق الإنسان»       → «لحقوق» goes on the body's name
extension SpeakerPhraseParser {
    /// After a definite word, an indefinite one starts a new constituent
    /// («دانت القناة عملية الاقتحام»: the object), unless it opens a
    /// personal name after a role («وزير الخارجية وليد المعلم»).
    func endsDefinitePhrase(_ j: Int, from k: Int) -> Bool {
        let norm = text.tokens[j].norm
        guard j > k, isDefiniteWord(j - 1), !isDefiniteWord(j) else { return false }
        let roles = facts[j].roles
        if facts[j].givenName != nil || roles.contains(.nameLink) || roles.contains(.spokesFor) { return false }
        // A preposition after the head («المسؤول عن الطوارئ»، «مصدر في
        // الوزارة») was already judged by `isBoundary`.
        if roles.contains(.officePreposition) { return false }
        // «التابعة لغرفة تجارة جدة»، «المدير الفني للفريق الأول لكرة القدم»:
        // an affiliation with ل continues a body or an office.
        if norm.hasKeyPrefix("ل"), facts[j].speakerWord != nil
            || facts[k].speakerWord?.category.isRoleLike == true { return false }
        // «المرصد السوري لحقوق الإنسان»: the body's own name.
        if continuesBodyName(j, from: k) { return false }
        // «المستشار بأكاديمية ناصر العسكرية»، «لكرة القدم بنادي الهلال»:
        // بـ after a role, or before a body, names where the office is.
        if norm.hasKeyPrefix("ب"), facts[j - 1].speakerWord?.category.isRoleLike == true
            || facts[j].speakerWord?.category == .institution { return false }
        // «سامر العنيني مدير هيئة السياحة»: a role in apposition continues.
        if facts[j].speakerWord?.category.isRoleLike == true { return false }
        // «إمام وخطيب المسجد الحرام فضيلة الشيخ سعود الشريم»: a title
        // opens the name of the office holder.
        if facts[j].speakerWord?.category == .title { return false }
        guard let head = facts[k].speakerWord?.category else {
            return false   // a name («الكسندر نوفاك») mixes definite and indefinite words
        }
        let nameHead = head.isRoleLike || head == .title || head == .anonymous
        return !(nameHead && !Morphology.looksLikeVerbalNoun(norm) && facts[j].category == nil
                 && facts[j].speakerWord == nil && !norm.hasKeySuffix("ة"))
    }

    /// «المرصد السوري لحقوق الإنسان»، «مكتب الأمم المتحدة لتنسيق الشؤون
    /// الإنسانية»: right after a body and its adjectives, ل on a noun in
    /// construct with a definite word (and nisba adjectives) is the body's
    /// own name when the phrase ends cleanly there: before punctuation, a
    /// complementiser, a preposition, a time or frame word. Not the one
    /// spoken to («لوكالة الأنباء»), not a word in ل («ليل الاثنين»), not
    /// before an object («أعلنت الرئاسة العامة لرعاية الشباب القائمة …»:
    /// the name is cut at ل there, as before).
    func continuesBodyName(_ j: Int, from k: Int) -> Bool {
        let norm = text.tokens[j].norm
        guard norm.hasKeyPrefix("ل"), !norm.hasKeyPrefix("لل"), norm.keyLength >= 4, facts[j].category == nil,
              facts[k].speakerWord?.category == .institution,
              j >= k + 2, (k + 1..<j).allSatisfy({ text.tokens[$0].isWord && isDefiniteWord($0) && facts[$0].roles.isEmpty }),
              // an adjective right before ل («السوري»، «الوطنية»، «المتحدة»،
              // «العليا»), not a noun («قوات التحالف لوقف العمليات»: a purpose)
              Morphology.endsLikeAdjective(text.tokens[j - 1].norm),
              j + 1 < text.tokens.count, text.tokens[j + 1].isWord,
              text.tokens[j + 1].sentence == text.tokens[j].sentence, isDefiniteWord(j + 1),
              recipientPhrase(at: j) == nil else { return false }
        var e = j + 2
        while e < text.tokens.count, e <= j + 4, text.tokens[e].isWord, isDefiniteWord(e), facts[e].roles.isEmpty,
              Morphology.endsLikeNisba(text.tokens[e].norm) { e += 1 }
        // «الاتحاد الدولي لكرة القدم (فيفا) …»: what follows the bracket.
        if e < text.tokens.count, text.isMark(e, "("), let close = closing(")", after: e, within: 5) { e = close + 1 }
        guard e < text.tokens.count, text.tokens[e].sentence == text.tokens[j].sentence else { return true }
        if !text.tokens[e].isWord { return true }
        let next = facts[e]
        return next.isComplementiser || next.roles.contains(.officePreposition)
            || next.category == .time || next.category == .frameNoun || facts.isVerbCue(e)
    }

    /// «الرئيس الاسرائيلي رؤوفين ريفيلين اقامة اتحاد …»: after a role and
    /// a name of two words or more, a common noun in ة, or a bare place
    /// name, is the verb's object, not a third name word.
    func endsPersonalName(_ j: Int, from k: Int) -> Bool {
        let norm = text.tokens[j].norm
        // «يتهم وزير الخارجية البريطاني بوريس جونسون روسيا بتخزين …»: a
        // bare place name after the name is the verb's object too.
        let object = norm.hasKeySuffix("ة") || norm.hasKeySuffix("ات") || (facts[j].place != nil && !isDefiniteWord(j))
        guard object, facts[j].givenName == nil,
              facts[j].speakerWord == nil,
              let head = facts[k].speakerWord?.category, head.isRoleLike || head == .title else { return false }
        var names = 0, i = j - 1
        while i > k, looksLikeNameWord(i) { names += 1; i -= 1 }
        return names >= 2
    }

    /// «أكد … لويس فان خال سعي النادي لضم …»، «وأرجع محمد خرمان ضعف
    /// النظافة إلى …»: after a personal name of two words or more opened
    /// by a given name, an indefinite word no list knows in construct with
    /// a definite word is the verb's object («سعي النادي»), not more of
    /// the name. Not a name word the lists know («عبد»، «آل»، «بن»), nor
    /// one the article writes again elsewhere (a surname: «محمد جواد ظريف
    /// … وقال ظريف»), nor before an office in apposition, nor a long bare
    /// word («هيلاري رودهام كلينتون المرشحة»).
    func opensObjectAfterName(_ j: Int, from k: Int) -> Bool {
        guard j + 1 < text.tokens.count, text.tokens[j + 1].isWord, text.tokens[j + 1].sentence == text.tokens[j].sentence,
              text.tokens[j + 1].isDefinite, !isDefiniteWord(j), facts[j].givenName == nil, facts[j].roles.isEmpty,
              facts[j].speakerWord == nil, facts[j].place == nil, facts[j].category == nil,
              facts[j - 1].roles.isEmpty,  // «آل فويز»، «بنت شاكر»: a name link's name
              facts[j + 1].speakerWord?.category.isRoleLike != true, facts[j + 1].speakerWord?.category != .title,
              let g = (k..<j).last(where: { facts[$0].givenName != nil }), j - g >= 2,
              (g + 1..<j).allSatisfy({ looksLikeNameWord($0) || facts[$0].givenName != nil || !facts[$0].roles.isEmpty })
        else { return false }
        // The object looks like an Arabic noun: short («سعي»، «ضعف»،
        // «نجاح»), with a pronoun or ة («رغبته»، «تشكيلة»), or a verbal
        // noun («اعتزاله»); a longer bare word is a foreign surname
        // («كلينتون»، «يونكر»).
        let word = text.tokens[j].norm
        guard word.keyLength <= 4 || word.hasKeySuffix("ة") || word.hasKeySuffix("ه") || lexicon.hasSuffix(word, .commonPossessive)
                || Morphology.looksLikeVerbalNoun(word) else { return false }
        return !text.recursElsewhere(j)
    }

    /// «وقال غني الاعتراف بحركة طالبان …» after «أشرف غني»، «ولفت السفير بدر
    /// عبدالعاطي الانتباه إلى …»: after a given name and up to two name
    /// words the lists lack, a verbal noun with the article is the verb's
    /// object; a family name with the article has no verbal-noun shape
    /// («الحارثي»، «السديس»).
    ///
    /// «أعلنت شركة المياه الوطنية الانتهاء من …»، «واعتبر السعدون
    /// استهداف المساجد …»: after any word with the article a verbal noun,
    /// with the article or without, is no genitive (a definite word is no
    /// construct head) nor an adjective (verbal nouns describe nothing),
    /// so it opens the object too.
    func opensVerbalNounObject(_ j: Int, from k: Int) -> Bool {
        guard j > k, facts[j].speakerWord == nil, facts[j].category == nil, facts[j].place == nil,
              facts[j].givenName == nil, facts[j].roles.isEmpty, Morphology.looksLikeVerbalNoun(text.tokens[j].norm)
        else { return false }
        // (Not in ة or ي: «التركية»، «التجارية» are adjectives of that shape.)
        if text.tokens[j - 1].isWord, text.tokens[j - 1].isDefinite, !text.tokens[j].norm.hasKeyPrefix("و"),
           !text.tokens[j].norm.hasKeySuffix("ة"), !text.tokens[j].norm.hasKeySuffix("ي") { return true }
        // «وأعلن زعيم الحزب كمال كيليتشدار أوغلو ترشيح محرم إينجه»: right
        // after a personal name, without the article too when the word has
        // a shape of verbal noun few surnames have (تفعيل، استفعال: not
        // «أوربان»، «أكشنار»), its genitive follows, and the name has a word
        // after its given name («كارلوس تيفيز»، «محمد توهير» are names).
        guard looksLikeBareNameWord(j - 1), personalNameEnds(before: j, from: k) else { return false }
        if text.tokens[j].isDefinite { return true }
        guard facts[j - 1].givenName == nil else { return false }
        return Morphology.looksLikeTafilOrIstifal(text.tokens[j].norm)
            && j + 1 < text.tokens.count && text.tokens[j + 1].isWord && text.tokens[j + 1].sentence == text.tokens[j].sentence
    }

    /// «استنكر … عبدالرحمن بن حمد الداود التفجير الإرهابي»، «وأوصى الشيخ
    /// سعود بن إبراهيم الشريم المسلمين بتقوى الله»، «ودعا الشيخ السديس
    /// الشباب إلى …»: after a personal name (a given name or a title
    /// before it) that ends in a family name with the article, a definite
    /// common noun (a verbal noun, or ة، ات، ين، ون) is the verb's object.
    func opensObjectAfterFamilyName(_ j: Int, from k: Int) -> Bool {
        guard j - 1 > k, text.tokens[j].isDefinite, text.tokens[j - 1].isWord, text.tokens[j - 1].isDefinite,
              facts[j].speakerWord == nil, facts[j].givenName == nil, facts[j].place == nil, facts[j].category == nil,
              facts[j].roles.isEmpty, Morphology.looksLikeCommonNoun(text.tokens[j].norm),
              !Morphology.looksLikeCommonNoun(text.tokens[j - 1].norm), facts[j - 1].speakerWord == nil,
              facts[j - 1].place == nil, facts[j - 1].category == nil, facts[j - 1].givenName == nil,
              !facts[j - 2].roles.contains(.nameLink), !facts[j - 2].roles.contains(.nameCompound),  // «عبد الله»: «الله» is the given name's
              let g = (k..<(j - 1)).last(where: { facts[$0].givenName != nil || facts[$0].speakerWord?.category == .title })
        else { return false }
        // Only name words between the given name and the family name: not
        // an office's words («مهاب مميش رئيس هيئة قناة السويس المصرية»).
        return (g + 1..<(j - 1)).allSatisfy {
            looksLikeNameWord($0) || facts[$0].givenName != nil || facts[$0].roles.contains(.nameLink)
                || facts[$0].speakerWord?.category == .title
        }
    }

    /// Whether the words from `k` up to `j` end in a personal name: a
    /// given name, then at most two name words the lists lack («أشرف
    /// غني»، «مايك بومبيو»; not «صاحبة أحد مشاريع التصوير»).
    func personalNameEnds(before j: Int, from k: Int) -> Bool {
        guard let g = (k..<j).last(where: { facts[$0].givenName != nil }), j - g <= 3 else { return false }
        return (g + 1..<j).allSatisfy { looksLikeNameWord($0) }
    }

    /// «وحض وزير الخارجية الأميركي مايك بومبيو السلطات التركية على …»:
    /// after a personal name (a given name and up to two name words), a
    /// body, group or place with the article is
    /// the verb's object (an office there is an apposition: «… بومبيو
    /// الوزير»).
    func opensBodyAfterName(_ j: Int, from k: Int) -> Bool {
        guard j > k, text.tokens[j].isDefinite, text.tokens[j - 1].isWord, !text.tokens[j - 1].isDefinite,
              personalNameEnds(before: j, from: k) else { return false }
        // «مساعد الشؤون التعليمية»: a given name that is also an office
        // (speakers.tsv) is the office, in construct with the body.
        if facts[j - 1].speakerWord?.category.isRoleLike == true { return false }
        // (A singular group or source noun may be a family name there:
        // «يوسف الشاهد»؛ «المسؤول عن …» is an apposition.)
        if let head = facts[j].speakerWord {
            return [.institution, .vague, .place].contains(head.category) || (head.category == .group && head.number != .singular)
        }
        // A place written with its article («الصين»، «العراق»); not a bare
        // place's word after ال («سيف الإسلام»: «إسلام» of «إسلام آباد»).
        let norm = text.tokens[j].norm
        return lexicon.place(norm) != nil && lexicon.place(String(norm.dropFirst(2))) == nil
    }

    /// «وأكد السيسي حرصه على …»، «ونفت طالبان مسؤوليتها عن …»، «أعلن
    /// ترامب استعداده للاجتماع»: a noun with a possessive pronoun of the
    /// third person after the subject is the verb's object. Not the
    /// genitive of an office or body without the article («وزير خارجيتها»،
    /// «رئيس وزرائها»), not a speaker word («والده»), nor a word with the
    /// article («عبد الله»، «المتنزه») or a given name («طه»).
    ///
    /// Given the phrase's start `k`, also «وأكد الرئيس الفرنسي إيمانويل
    /// ماكرون دعمه للاتفاق»: after a personal name (`personalNameEnds`), a
    /// short word in ه, followed by a preposition or a word in ل or ب, is
    /// a noun with its possessive, unless the article writes the same word
    /// elsewhere (a surname: «زنغنه»، «عبده»); a name in ه before the
    /// content stays («وقال محرم إينجه إن …»).
    func opensPossessedObject(_ j: Int, from k: Int? = nil) -> Bool {
        let t = text.tokens[j]
        guard j > 0, t.isWord, !t.isDefinite, text.tokens[j - 1].isWord, facts[j].speakerWord == nil, facts[j].givenName == nil,
              facts[j].place == nil, facts[j].category == nil, facts[j].roles.isEmpty,
              !t.norm.hasKeyPrefix("و"), !t.norm.hasKeyPrefix("ل"), !t.norm.hasKeyPrefix("ب") else { return false }
        // «أحد أصدقائه»، «إحدى قريباتها»، «كل أعضائه»: the genitive of
        // «one of», «all of».
        if facts[j - 1].roles.contains(.oneOf) || facts[j - 1].roles.contains(.distributive) { return false }
        let letters = t.norm.unicodeScalars.count
        // ه after a noun's ة («مسؤوليته»، «رغبته») or on a verbal noun
        // («استعداده»، «التزامه»); a name may end in ه itself («محرم
        // إينجه»، «رزاق زاده»، «إريك ترابييه»).
        let possessed = (t.norm.hasKeySuffix("ته") && letters >= 4)
            || (t.norm.hasKeySuffix("ه") && !t.norm.hasKeySuffix("يه") && Morphology.looksLikeVerbalNoun(String(t.norm.dropLast())))
            || ((t.norm.hasKeySuffix("ها") || t.norm.hasKeySuffix("هم")) && letters >= 5)
        // «وزير خارجيتها»: the genitive of a head without the article.
        if possessed, facts[j - 1].speakerWord.map({ text.tokens[j - 1].isDefinite || $0.category == .place }) ?? true {
            return true
        }
        guard let k, j > k, t.norm.hasKeySuffix("ه"), !t.norm.hasKeySuffix("يه"), (4...5).contains(t.norm.keyLength),
              j + 1 < text.tokens.count, text.tokens[j + 1].isWord, text.tokens[j + 1].sentence == t.sentence,
              facts[j + 1].roles.contains(.officePreposition) || facts[j + 1].roles.contains(.contentPreposition)
                || text.tokens[j + 1].norm.hasKeyPrefix("ل") || text.tokens[j + 1].norm.hasKeyPrefix("ب"),
              personalNameEnds(before: j, from: k) else { return false }
        return !text.recursElsewhere(j)
    }

    /// «واتهمت أنقرة واشنطن …»، «وحملت بريطانيا روسيا المسؤولية»، «اتهمت
    /// تركيا بتنظيم انقلاب»، «تعتبر أنقرة منظمة إرهابية»: right after a
    /// place that speaks for its government (places.tsv), another place, a
    /// speaker noun (not an outlet: «موسكو تايمز»), a prepositional word
    /// (`isPrepositionalWord`), an accusative, a verbal noun («نفت أنقرة
    /// استهداف …»), or a definite speaker noun, plural in ات or word not
    /// shaped as an adjective («أنقرة الوحدات»، «العراق النصر») opens the
    /// verb's object; a place takes only definite adjectives («كوريا
    /// الشمالية»), and a two-word place goes on with a
    /// word no list knows («تل أبيب»، «إسلام آباد»).
    func opensObjectAfterPlace(_ j: Int, from k: Int) -> Bool {
        guard j == k + 1, facts[k].place != nil, text.tokens[j].isWord else { return false }
        let norm = text.tokens[j].norm
        if norm.hasKeyPrefix("و") { return false }  // «مصر والسعودية»: conjoined
        // «وبَّخت الصين الولايات المتحدة»: a place, with the article or not.
        if lexicon.place(norm) != nil { return true }
        // «وتعتبر أنقرة الوحدات الكردية …»، «تتهم موسكو الحكومة …»: a
        // definite speaker noun or plural in ات is no adjective of the place.
        if text.tokens[j].isDefinite {
            // («طلبت الكويت العضو غير الدائم …»: an office is in apposition.)
            if let head = facts[j].speakerWord { return head.category != .media && !head.category.isRoleLike && head.category != .title }
            // «وأعلن العراق النصر على داعش»: a definite word not shaped as
            // an adjective («الشمالية»، «المتحدة»، «الكبرى»، «العليا»).
            return !Morphology.endsLikeAdjective(norm) || (norm.hasKeySuffix("ات") && norm.keyLength >= 6)
        }
        if let head = facts[j].speakerWord { return head.category != .media }
        // «نفت أنقرة استهداف مدنيين»: a verbal noun.
        return text.tokens[j].hasTanwinFatha || isPrepositionalWord(norm, lam: true) || Morphology.looksLikeVerbalNoun(norm)
    }

    /// «تنصح المنظمة الأفراد المقبلين …»: an adjective after a bare
    /// feminine head agrees with it (المنظمة الدولية، الوزارة الأمريكية);
    /// a definite word that does not is the verb's object.
    func endsFeminineHead(_ j: Int, from k: Int) -> Bool {
        guard j == k + 1, text.tokens[k].isDefinite, text.tokens[k].norm.hasKeySuffix("ة"),
              facts[k].speakerWord?.category == .institution else { return false }
        let norm = text.tokens[j].norm
        // Feminine adjectives also end in اء، ى، يا (الصفراء، الكبرى، العليا).
        let feminine = ["ة", "ات", "اء", "يا"].contains { norm.hasKeySuffix($0) } || text.tokens[j].endsInAlefMaqsura
        return text.tokens[j].isDefinite && !feminine && facts[j].speakerWord == nil && facts[j].place == nil
    }

    /// «بصورة دائمة»، «بتحري الدقة»، «صلتها بوفاة …»: a prepositional
    /// phrase with ب, or a noun with a possessive pronoun, follows a
    /// complete speaker phrase and is not part of it.
    func opensAdjunct(_ j: Int, from k: Int) -> Bool {
        let norm = text.tokens[j].norm
        // A name may start with ب too («دميتري بيسكوف أن»): an adjunct is
        // followed by more words, a name by the content.
        // (Nor by a role: «ماهيش بورا محامي خان» is a name and its office.)
        let followedByWord = j + 1 < text.tokens.count && text.tokens[j + 1].isWord
            && text.tokens[j + 1].sentence == text.tokens[j].sentence && !facts[j + 1].isComplementiser
            && facts[j + 1].speakerWord?.category.isRoleLike != true
        // «المستشار بأكاديمية ناصر»، «الأستاذ بجامعة»: after a role, بـ
        // names the place of the office.
        if facts[j - 1].speakerWord?.category.isRoleLike == true { return false }
        // After a name link the word is the name's («فان بيرسي»، «بن بطوطة»);
        // after a verbal noun joined by و inside an office, its genitive
        // («وكيل الوزارة للتفتيش وتطوير بيئة العمل»: «بيئة» is no ب + noun).
        if facts[j - 1].roles.contains(.nameLink) { return false }
        // «أحد مسؤوليها»، «أحد معجبيها»: the genitive of «one of».
        if facts[j - 1].roles.contains(.oneOf) { return false }
        let before = text.tokens[j - 1]
        // «وكالة بلومبرج»، «صحيفة واشنطن بوست»: right after an outlet's
        // head noun, or a word of its name without the article, a word in
        // ب is the name's (not «صحيفة الحياة بعددها»، «بتمويل»).
        if facts[k].speakerWord?.category == .media, j - k <= 2, j - 1 == k || !before.isDefinite,
           !lexicon.hasSuffix(norm, .adjunctPossessive), !Morphology.looksLikeVerbalNoun(Self.withoutClitic(norm)) {
            return false
        }
        let afterJoinedVerbalNoun = j - 1 > k && before.isWord && facts[j - 1].place == nil
            && Morphology.looksLikeJoinedVerbalNoun(before.norm)
        // (Of the name links, only «بن» opens with ب.)
        if norm.hasKeyPrefix("ب"), !norm.hasKeyPrefix("بال"), norm.keyLength > 3,
           !facts[j].roles.contains(.spokesFor), !facts[j].roles.contains(.nameLink),
           followedByWord, facts[j - 1].givenName == nil, facts[j].givenName == nil,
           facts[j - 1].speakerWord?.category != .title,
           facts[j].speakerWord == nil, facts[j].place == nil, !afterJoinedVerbalNoun, !namesOfficeHolder(j, from: k) { return true }
        // «لسؤاله»، «لزيارته»: ل with a pronoun suffix is a purpose adjunct.
        if norm.hasKeyPrefix("ل"), !norm.hasKeyPrefix("لل"), lexicon.hasSuffix(norm, .purposePossessive), norm.keyLength > 4,
           facts[j].speakerWord == nil, facts[j].givenName == nil { return true }
        return lexicon.hasSuffix(norm, .adjunctPossessive) && norm.keyLength > 4
            && facts[j].category != .anaphor && facts[j].speakerWord == nil
    }

    /// «قال رئيس وزراء موريشيوس برافند غوغناوث»، «نائب رئيس الوزراء باكير
    /// بوزداغ»، «المتحدث باسم المارينز براين بلوك»: after an office, a word
    /// in ب that no list knows and that is shaped like no common noun (no
    /// ة or ات, no verbal-noun shape, no pronoun), followed or preceded by
    /// another name word («براين بلوك»), is part of the office holder's
    /// name, not an adjunct («بصورة دائمة»، «بتحري الدقة»).
    func namesOfficeHolder(_ j: Int, from k: Int) -> Bool {
        // (Not after a preposition: «سفير فرنسا في منطقة الساحل بغرب
        // إفريقيا» is where he serves.)
        // Nor once a name has begun («طلال الفهد بشكل رسمي»، «رئيس جمعية
        // سيهات الخيرية عبدالرؤوف المطرود بدور …»).
        guard facts[k].speakerWord?.category.isRoleLike == true, j > k,
              !(k..<j).contains(where: { facts[$0].roles.contains(.officePreposition) || facts[$0].givenName != nil }) else { return false }
        let norm = text.tokens[j].norm, stem = Self.withoutClitic(norm)
        // A name word in ب before it («براين» of «براين بلوك»), or one
        // after it: not a plural in ات.
        let nameBefore = j - 1 > k && text.tokens[j - 1].norm.hasKeyPrefix("ب") && namesOfficeHolder(j - 1, from: k)
        // («مديرة الجمعية النسائية بجيزان منى رزيق»: before a given name,
        // ب names a place.)
        let nameAfter = j + 1 < text.tokens.count && text.tokens[j + 1].sentence == text.tokens[j].sentence
            && looksLikeNameWord(j + 1) && facts[j + 1].givenName == nil
            && !text.tokens[j + 1].norm.hasKeyPrefix("و") && !text.tokens[j + 1].norm.hasKeySuffix("ات")
        guard nameBefore || (nameAfter && (!looksLikeNameWord(j - 1) || facts[j - 1].place != nil)) else { return false }
        // (No name opens with ب and ت, or ب and a hamza: «بتبني سياسات»،
        // «بإنزال أشد العقوبات»، «بأداء فريقه»; a bare stem of three letters
        // first in the name is a common noun: «بشكل مفصل»، «بخفض مبلغ».)
        let second = text.tokens[j].text.unicodeScalars.dropFirst().first
        guard second != "أ", second != "إ", second != "آ", nameBefore || stem.keyLength > 3 else { return false }
        return !stem.hasKeySuffix("ة") && !stem.hasKeySuffix("ات") && !Morphology.looksLikeVerbalNoun(stem) && !stem.hasKeyPrefix("ت")
            && lexicon.category(stem) == nil && lexicon.speakerWord(stem) == nil && lexicon.place(stem) == nil
            && !lexicon.hasSuffix(norm, .adjunctPossessive) && !lexicon.hasSuffix(norm, .commonPossessive)
    }

    func isDefiniteWord(_ i: Int) -> Bool {
        let norm = text.tokens[i].norm
        return text.tokens[i].isDefinite || norm.hasKeyPrefix("لل") || norm.hasKeyPrefix("بال") || norm.hasKeyPrefix("وال")
    }
}
