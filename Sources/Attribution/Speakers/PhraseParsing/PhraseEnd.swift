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
                || (last >= k && groupRecipientAfterName(at: j, from: k))
                || endsFeminineHead(j, from: k) || endsPersonalName(j, from: k)
                || endsDefinitePhrase(j, from: k) || (last >= k && opensAdjunct(j, from: k))
                || (last >= k && opensObjectAfterName(j, from: k)) || opensObjectAfterPlace(j, from: k)
                || (last >= k && opensVerbalNounObject(j, from: k)) || (last >= k && opensPossessedObject(j, from: k))
                || (last >= k && opensBodyAfterName(j, from: k)) || (last >= k && opensObjectAfterFamilyName(j, from: k))
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
}
