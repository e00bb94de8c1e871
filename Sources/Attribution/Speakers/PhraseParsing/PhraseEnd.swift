/// Where a speaker phrase ends: the last token of the noun phrase that
/// starts at a given token.
///
///     وأكد وزير الخارجية الروسي سيرغي لافروف أن …
///     phraseEnd(from: 1, sentence: s)   // the index of «لافروف»: «أن» is a boundary
///
/// The phrase runs word by word until a boundary (`isBoundary`), a
/// recipient, or a word that starts a new constituent: an object after a
/// definite head («دانت القناة عملية الاقتحام»), a common noun after a
/// personal name, an adjective that does not agree with a feminine head,
/// an adjunct («بصورة دائمة»). Short quoted names, brackets, names
/// between commas and appositions («، المتحدث الرسمي …») stay inside.
extension SpeakerPhraseParser {
    /// Last token of a speaker phrase starting at k (k - 1 when empty).
    func phraseEnd(from k: Int, sentence: Int) -> Int {
        var j = k, last = k - 1, words = 0
        while j < text.tokens.count, text.tokens[j].sentence == sentence, words < 16 {
            if text.tokens[j].kind == .punctuation {
                if let q = text.quote(openingAt: j), !q.isSpeech, q.words <= 6 {
                    last = q.close; j = q.close + 1; words += q.words
                    // «الدكتور «ثاني» أيام الأعياد»: a quoted name after a
                    // title or role closes the phrase.
                    if j - q.words - 3 >= k, let c = facts[q.open - 1].speakerWord?.category,
                       c == .title || c.isRoleLike { break }
                    continue
                }
                // «إنييستا (34 عاماً)»: a bracket opening with a number (an
                // age, a date) is no part of the name (`numberInBrackets`).
                if text.isMark(j, "("), let close = closing(")", after: j, within: 7),
                   !lexicon.frames.contains(text.tokens[min(j + 1, close)].norm), numberInBrackets(at: j) == nil {
                    last = close; j = close + 1; continue
                }
                // «د.إبراهيم العثمان»: the full stop of a glued title stays in
                // the phrase (`isGluedTitle`).
                if last >= k, last == j - 1, isGluedTitle(last) {
                    j += 1; continue
                }
                // «معهد جي.اف.كيه»، «سي.إن.إن»: a full stop glued inside a
                // name (`GluedStop` left the sentence whole).
                if last == j - 1, last >= k, QuotationScanner.isGluedStop(text.tokens, marks: text.marks, j) {
                    j += 1; continue
                }
                // «كوين-تشيك»: a hyphen glued to a word on each side joins
                // one name.
                if last == j - 1, last >= k, isGluedHyphen(j) {
                    j += 1; continue
                }
                // «وقالت رفيف القحطاني -طالبة جامعية-: …»: an apposition
                // between two dashes, right before the content, stays.
                if last >= k, let close = dashApposition(at: j) {
                    last = close; j = close + 1; continue
                }
                if (text.isMark(j, "،") || text.isMark(j, ",")), last >= k, let name = nameBetweenCommas(j + 1, head: k) {
                    last = name; j = name + 1; continue
                }
                if (text.isMark(j, "،") || text.isMark(j, ",")), last >= k, opensApposition(j + 1) {
                    j += 1; continue
                }
                break
            }
            // «شاهد عيان يدعى أحمد اكاي»، «أحد المتظاهرين ويدعى صلاح
            // الخواجا»: «يدعى» (is named) and the name after it stay in the
            // phrase; the classifier takes the name (`isNamedAs`).
            if last >= k, isNamedAs(j), j + 1 < text.tokens.count, text.tokens[j + 1].isWord,
               text.tokens[j + 1].sentence == sentence, facts[j + 1].givenName != nil || looksLikeNameWord(j + 1) {
                last = j; j += 1; words += 1
                continue
            }
            if isBoundary(j, phraseStarted: last >= k, head: k) || (last >= k && recipientPhrase(at: j) != nil)
                || endsFeminineHead(j, from: k) || endsPersonalName(j, from: k)
                || endsDefinitePhrase(j, from: k) || (last >= k && opensAdjunct(j))
                || (last >= k && opensObjectAfterName(j, from: k)) || opensObjectAfterPlace(j, from: k)
                || (last >= k && opensVerbalNounObject(j, from: k)) || (last >= k && opensPossessedObject(j))
                || (last >= k && opensBodyAfterName(j, from: k))
                // «وقال بوتين واضعاً يده …»: tanwin ends the name (a ḥāl).
                || (last >= k && text.tokens[j].hasTanwinFatha && facts[j].speakerWord == nil)
                // «المدافع الأرجنتيني البالغ عمره 33 عاما»: an age.
                || (last >= k && facts[j].roles.contains(.ageOpener)) { break }
            last = j
            words += 1
            j += 1
            // «وقال فضيلته …»: an honorific is a whole noun phrase.
            if facts[last].category == .honorific { break }
        }
        // «وقال الرئيس الأمريكي في هذه المناسبة …»: a phrase never ends in
        // a preposition (في، من، لدى، عن، على; not the name «علي»).
        while last > k, facts[last].roles.contains(.officePreposition),
              !facts[last].roles.contains(.alaOrAli) || text.tokens[last].endsInAlefMaqsura {
            last -= 1
        }
        return last
    }

    /// «وأوضحت كوين-تشيك أن …»: a hyphen with no space on either side,
    /// between two words of the same sentence; not in a range of numbers
    /// («2010-2040»، «اف-16»).
    func isGluedHyphen(_ j: Int) -> Bool {
        guard j > 0, j + 1 < text.tokens.count, text.isMark(j, "-"),
              text.tokens[j - 1].isWord, text.tokens[j + 1].isWord,
              !text.tokens[j - 1].norm.contains(where: \.isNumber), !text.tokens[j + 1].norm.contains(where: \.isNumber),
              text.tokens[j + 1].sentence == text.tokens[j].sentence else { return false }
        return text.tokens[j - 1].end == text.tokens[j].start && text.tokens[j].end == text.tokens[j + 1].start
    }

    /// «رفيف القحطاني -طالبة جامعية-: …»، «أحمد – مدرس –: …»: one to
    /// four words between two dashes of the same kind, followed by the
    /// content (a colon, complementiser or quotation); the closing dash.
    func dashApposition(at j: Int) -> Int? {
        guard text.isMark(j, in: .dashes), j + 2 < text.tokens.count else { return nil }
        var k = j + 1
        while k < text.tokens.count, k <= j + 5, text.tokens[k].isWord, text.tokens[k].sentence == text.tokens[j].sentence { k += 1 }
        guard k > j + 1, k < text.tokens.count, k <= j + 5, text.tokens[k].text == text.tokens[j].text,
              k + 1 < text.tokens.count, text.opensContent(k + 1, lexicon: lexicon) else { return nil }
        return k
    }

    /// «إنييستا (34 عاماً)»، «الأصفهاني (280-360هـ)»: an age or dates in
    /// brackets after a name; the index of the closing bracket.
    func numberInBrackets(at j: Int) -> Int? {
        guard j + 1 < text.tokens.count, text.isMark(j, "("),
              text.tokens[j + 1].text.unicodeScalars.first.map(SegmentState.isDigit) == true else { return nil }
        return closing(")", after: j, within: 5)
    }

    func closing(_ mark: Character, after j: Int, within n: Int) -> Int? {
        var k = j + 1
        while k < text.tokens.count, k <= j + n {
            if text.tokens[k].isMark(mark) { return k }
            k += 1
        }
        return nil
    }

    /// «، المتحدث الرسمي …» — a comma followed by a role opens an apposition.
    private func opensApposition(_ j: Int) -> Bool {
        guard j < text.tokens.count, text.tokens[j].isWord else { return false }
        let category = facts[j].speakerWord?.category
        return category?.isRoleLike == true || category == .title || facts[j].givenName != nil
    }

    /// «وأكد المسؤول الإعلامي للجناح العسكري للحزب، بختيار دوغان، أن …»: a
    /// short run of unknown words set off by commas right before the
    /// content (or before the one spoken to and the content: «وقال رئيس
    /// ترامب للفنادق، إيريك دانزيغر، للصحيفة: …») is the name of the
    /// office holder. Returns its last token.
    ///
    /// After an office or an unnamed source, a name of two or three words
    /// between commas is its holder's wherever the sentence goes on
    /// («وقال المسؤول التنفيذي، كريس كوكس، على حسابه …»، «وكانت رئيسة
    /// اللجنة الوطنية الانتخابية، ألينا بالسيرو، أعلنت …»: a verb may
    /// follow), unless a third name follows (a list).
    func nameBetweenCommas(_ j: Int, head: Int? = nil) -> Int? {
        var k = j
        while k < text.tokens.count, k - j < 4, looksLikeNameWord(k) { k += 1 }
        guard k > j, k - j <= 3, k + 1 < text.tokens.count, text.isMark(k, "،") || text.isMark(k, ",") else { return nil }
        if facts[k + 1].isComplementiser { return k - 1 }
        if let (_, after) = recipientPhrase(at: k + 1), after < text.tokens.count,
           text.tokens[after].sentence == text.tokens[k].sentence, text.opensContent(after, lexicon: lexicon) {
            return k - 1
        }
        if let head, k - j >= 2, let category = facts[head].speakerWord?.category,
           category.isRoleLike || category == .anonymous || category == .title,
           text.tokens[k + 1].isWord, text.tokens[k + 1].sentence == text.tokens[k].sentence,
           !looksLikeNameWord(k + 1) || !facts[k + 1].roles.isEmpty || facts.isVerbCue(k + 1),
           facts[k + 1].givenName == nil, facts[k + 1].place == nil,
           // («مصدر بمجلس الوزراء، تغيير محلب، …»: a verbal noun in ت is no
           // name; the shapes in ا are also foreign names' «أفيشاي».)
           (j..<k).allSatisfy({ !(text.tokens[$0].norm.hasKeyPrefix("ت") && Morphology.looksLikeVerbalNoun(text.tokens[$0].norm)) }) {
            return k - 1
        }
        return nil
    }

    /// After a definite word, an indefinite one starts a new constituent
    /// («دانت القناة عملية الاقتحام»: the object), unless it opens a
    /// personal name after a role («وزير الخارجية وليد المعلم»).
    private func endsDefinitePhrase(_ j: Int, from k: Int) -> Bool {
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

    /// «الرئيس الاسرائيلي رؤوفين ريفيلين اقامة اتحاد …»: after a role and
    /// a name of two words or more, a common noun in ة, or a bare place
    /// name, is the verb's object, not a third name word.
    private func endsPersonalName(_ j: Int, from k: Int) -> Bool {
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
    private func opensObjectAfterName(_ j: Int, from k: Int) -> Bool {
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
    private func opensVerbalNounObject(_ j: Int, from k: Int) -> Bool {
        guard j > k, text.tokens[j].isDefinite, facts[j].speakerWord == nil, facts[j].category == nil, facts[j].place == nil,
              facts[j].givenName == nil, facts[j].roles.isEmpty, Morphology.looksLikeVerbalNoun(text.tokens[j].norm),
              looksLikeBareNameWord(j - 1)
        else { return false }
        return personalNameEnds(before: j, from: k)
    }

    /// `looksLikeNameWord` without the clitic ل or ب («لوزير»، «بالسيرو»).
    func looksLikeBareNameWord(_ k: Int) -> Bool {
        looksLikeNameWord(k) && !text.tokens[k].norm.hasKeyPrefix("ل") && !text.tokens[k].norm.hasKeyPrefix("ب")
    }

    /// A word that looks like part of a name no list knows: a bare name
    /// word (`looksLikeBareNameWord`) with no clitic و, no digit, no
    /// verbal-noun shape and no cue reading; not «حاد ومستمر»، «36
    /// عاما»، «تغيير».
    func looksLikeNamePart(_ k: Int) -> Bool {
        let t = text.tokens[k]
        return looksLikeBareNameWord(k) && !t.norm.hasKeyPrefix("و")
            && !t.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            && !Morphology.looksLikeVerbalNoun(t.norm) && !facts.isVerbCue(k)
    }

    /// Whether the words from `k` up to `j` end in a personal name: a
    /// given name, then at most two name words the lists lack («أشرف
    /// غني»، «مايك بومبيو»; not «صاحبة أحد مشاريع التصوير»).
    private func personalNameEnds(before j: Int, from k: Int) -> Bool {
        guard let g = (k..<j).last(where: { facts[$0].givenName != nil }), j - g <= 3 else { return false }
        return (g + 1..<j).allSatisfy { looksLikeNameWord($0) }
    }

    /// «وحض وزير الخارجية الأميركي مايك بومبيو السلطات التركية على …»:
    /// after a personal name (a given name and up to two name words), a
    /// body, group or place with the article is
    /// the verb's object (an office there is an apposition: «… بومبيو
    /// الوزير»).
    private func opensBodyAfterName(_ j: Int, from k: Int) -> Bool {
        guard j > k, text.tokens[j].isDefinite, text.tokens[j - 1].isWord, !text.tokens[j - 1].isDefinite,
              personalNameEnds(before: j, from: k) else { return false }
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
    func opensPossessedObject(_ j: Int) -> Bool {
        let t = text.tokens[j]
        guard j > 0, t.isWord, !t.isDefinite, text.tokens[j - 1].isWord, facts[j].speakerWord == nil, facts[j].givenName == nil,
              facts[j].place == nil, facts[j].category == nil, facts[j].roles.isEmpty,
              !t.norm.hasKeyPrefix("و"), !t.norm.hasKeyPrefix("ل"), !t.norm.hasKeyPrefix("ب") else { return false }
        let letters = t.norm.unicodeScalars.count
        // ه after a noun's ة («مسؤوليته»، «رغبته») or on a verbal noun
        // («استعداده»، «التزامه»); a name may end in ه itself («محرم
        // إينجه»، «رزاق زاده»، «إريك ترابييه»).
        let possessed = (t.norm.hasKeySuffix("ته") && letters >= 4)
            || (t.norm.hasKeySuffix("ه") && !t.norm.hasKeySuffix("يه") && Morphology.looksLikeVerbalNoun(String(t.norm.dropLast())))
            || ((t.norm.hasKeySuffix("ها") || t.norm.hasKeySuffix("هم")) && letters >= 5)
        guard possessed else { return false }
        // «وزير خارجيتها»: the genitive of a head without the article.
        if let head = facts[j - 1].speakerWord, !text.tokens[j - 1].isDefinite, head.category != .place { return false }
        return true
    }

    /// «واتهمت أنقرة واشنطن …»، «وحملت بريطانيا روسيا المسؤولية»، «اتهمت
    /// تركيا بتنظيم انقلاب»، «تعتبر أنقرة منظمة إرهابية»: right after a
    /// place that speaks for its government (places.tsv), another place, a
    /// speaker noun (not an outlet: «موسكو تايمز»), a prepositional word
    /// (`isPrepositionalWord`), an accusative, or a definite speaker noun or
    /// plural in ات («أنقرة الوحدات») opens the verb's object; a place takes only definite
    /// adjectives («كوريا الشمالية»), and a two-word place goes on with a
    /// word no list knows («تل أبيب»، «إسلام آباد»).
    private func opensObjectAfterPlace(_ j: Int, from k: Int) -> Bool {
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
            return norm.hasKeySuffix("ات") && norm.keyLength >= 6
        }
        if let head = facts[j].speakerWord { return head.category != .media }
        return text.tokens[j].hasTanwinFatha || isPrepositionalWord(norm, lam: true)
    }

    /// «بالوقوف»، «بتنظيم»، «للتدخل»: ب (or ل, when `lam`) on a definite
    /// word, a verbal noun or an object noun (words.tsv objectnoun) opens a
    /// prepositional phrase, the verb's complement; not «بوست» of «واشنطن
    /// بوست», nor «بلو» (names).
    func isPrepositionalWord(_ norm: String, lam: Bool) -> Bool {
        guard norm.keyLength > 3, norm.hasKeyPrefix("ب") || (lam && norm.hasKeyPrefix("ل")) else { return false }
        let rest = Self.withoutClitic(norm)
        return rest.hasKeyPrefix("ال") || Morphology.looksLikeVerbalNoun(rest) || lexicon.category(rest) == .objectNoun
    }

    /// The word under its clitic ب or ل: «بالوقوف» → «الوقوف», «للوزير» →
    /// «الوزير» (the article's alef, which لل swallows, given back).
    static func withoutClitic(_ norm: String) -> String {
        norm.hasKeyPrefix("لل") ? "ال" + norm.dropFirst(2) : String(norm.dropFirst())
    }

    /// «يدعى»، «ويدعى»، «تدعى»، «يسمى» (words.tsv namedas) written with ى:
    /// is named (the key is also that of «يدعي», claims).
    func isNamedAs(_ j: Int) -> Bool {
        guard text.tokens[j].isWord, text.tokens[j].text.unicodeScalars.last == "ى" else { return false }
        let norm = text.tokens[j].norm
        return lexicon.category(norm.hasKeyPrefix("و") ? String(norm.dropFirst()) : norm) == .namedAs
    }

    func looksLikeNameWord(_ i: Int) -> Bool {
        let norm = text.tokens[i].norm
        return text.tokens[i].isWord && !isDefiniteWord(i) && !norm.hasKeySuffix("ة") && facts[i].category == nil
            && facts[i].speakerWord == nil && facts[i].place == nil
            && !facts[i].roles.contains(.spokesFor) && !facts[i].roles.contains(.nameLink)
    }

    /// «تنصح المنظمة الأفراد المقبلين …»: an adjective after a bare
    /// feminine head agrees with it (المنظمة الدولية، الوزارة الأمريكية);
    /// a definite word that does not is the verb's object.
    private func endsFeminineHead(_ j: Int, from k: Int) -> Bool {
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
    private func opensAdjunct(_ j: Int) -> Bool {
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
        // (Of the name links, only «بن» opens with ب.)
        if norm.hasKeyPrefix("ب"), !norm.hasKeyPrefix("بال"), norm.keyLength > 3,
           !facts[j].roles.contains(.spokesFor), !facts[j].roles.contains(.nameLink),
           followedByWord, facts[j - 1].givenName == nil, facts[j].givenName == nil,
           facts[j - 1].speakerWord?.category != .title,
           facts[j].speakerWord == nil, facts[j].place == nil { return true }
        // «لسؤاله»، «لزيارته»: ل with a pronoun suffix is a purpose adjunct.
        if norm.hasKeyPrefix("ل"), !norm.hasKeyPrefix("لل"), lexicon.hasSuffix(norm, .purposePossessive), norm.keyLength > 4,
           facts[j].speakerWord == nil, facts[j].givenName == nil { return true }
        return lexicon.hasSuffix(norm, .adjunctPossessive) && norm.keyLength > 4
            && facts[j].category != .anaphor && facts[j].speakerWord == nil
    }

    private func isDefiniteWord(_ i: Int) -> Bool {
        let norm = text.tokens[i].norm
        return text.tokens[i].isDefinite || norm.hasKeyPrefix("لل") || norm.hasKeyPrefix("بال") || norm.hasKeyPrefix("وال")
    }
}
