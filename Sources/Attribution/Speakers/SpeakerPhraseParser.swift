/// Finds the speaker noun phrase of a cue in the words around it.
///
/// Verb-subject order (the default in news bodies):
///     وقال [لـ«الشرق الأوسط»] [أمس] مصدر من موسكو | إن …
/// A recipient (لـ…، له) or a time word may stand between the verb and its
/// subject; the phrase ends at the earliest boundary: a complementiser
/// (إن، أن، بأن), a colon or quotation, a frame (في تصريح، خلال),
/// a time word, another verb, or a comma that does not open an apposition
/// («إيغر كوناشينكوف، المتحدث الرسمي باسم …» keeps its apposition).
///
/// Subject-verb order (headlines, and after فإن / أمّا):
///     موسكو | تعلن مقتل …        فإن الكرملين | لم يعلق …
struct SpeakerPhraseParser {
    let text: AnalysisText
    let lexicon: Lexicon
    /// The lexicon's answers for the article's tokens, shared by every
    /// parser and classifier of the article.
    let facts: TokenFacts

    /// What follows a cue: the recipient, the speaker phrase, and the index
    /// of the first token after them.
    struct Forward {
        var recipient: String?
        var phrase: ClosedRange<Int>?
        var next: Int
    }

    func forward(from start: Int, sentence: Int) -> Forward {
        var k = start
        var recipient: String?
        skipLoop: while k < text.tokens.count, text.tokens[k].sentence == sentence {
            if let (r, after) = recipientPhrase(at: k) {
                recipient = recipient ?? r
                k = after
            } else if [.time, .pronoun].contains(facts[k].category) {
                k += 1
            } else if facts[k].roles.contains(.namedAsOpener), k + 1 < text.tokens.count,
                      facts[k + 1].category == .namedAs {
                // «وأعلنت ما تسمى مؤسسة الكنانة»: "the so-called".
                k += 2
            } else if facts[k].roles.contains(.objectBeforeSubject), k + 1 < text.tokens.count, text.tokens[k + 1].isWord,
                      facts[k + 1].speakerWord != nil || facts[k + 1].givenName != nil {
                // «أوضح ذلك المتحدث الرسمي»، «أعلن ذلك وزير الزراعة»: ذلك
                // is the object ("explained that"); the subject follows it.
                k += 1
            } else if facts[k].roles.contains(.distributive), k + 1 < text.tokens.count, facts[k + 1].roles.contains(.partitive) {
                // «وقال كل من الطالبين …»: "each of".
                k += 2
            } else {
                break skipLoop
            }
        }
        let end = phraseEnd(from: k, sentence: sentence)
        let phrase: ClosedRange<Int>? = end >= k ? k...end : nil
        var next = (phrase?.upperBound ?? k - 1) + 1
        // A recipient or time word may also follow the subject.
        while next < text.tokens.count, text.tokens[next].sentence == sentence {
            if let (r, after) = recipientPhrase(at: next) {
                recipient = recipient ?? r
                next = after
            } else if facts[next].category == .time {
                next += 1
            } else {
                break
            }
        }
        return Forward(recipient: recipient, phrase: phrase, next: next)
    }

    /// لـ«الشرق الأوسط»، لوكالة الأنباء، للصحفيين، له: returns the
    /// recipient as written and the index after it.
    func recipientPhrase(at k: Int) -> (String, Int)? {
        let t = text.tokens[k]
        guard t.isWord, t.norm.hasKeyPrefix("ل") else { return nil }
        if facts[k].roles.contains(.recipientPronoun) { return (t.text, k + 1) }
        if t.norm.isKey("ل"), k + 1 < text.tokens.count, let q = text.quote(openingAt: k + 1), !q.isSpeech {
            return (text.text(k + 2, q.close - 1), q.close + 1)
        }
        let rest = t.norm.hasKeyPrefix("لل") ? "ال" + t.norm.dropFirst(2) : String(t.norm.dropFirst())
        guard lexicon.speakerWord(rest)?.category == .media
                || lexicon.roles(rest).contains(.press) else { return nil }
        var end = k
        while end + 1 < text.tokens.count, end - k < 3, text.tokens[end + 1].isWord,
              !isBoundary(end + 1, phraseStarted: true), text.tokens[end + 1].sentence == t.sentence,
              facts[end + 1].speakerWord.map({ $0.category == .media }) ?? true {
            end += 1
        }
        if end + 1 < text.tokens.count, let q = text.quote(openingAt: end + 1), !q.isSpeech {
            end = q.close
        }
        // «للصحافيين» → «الصحافيين»، «لوكالة الأنباء» → «وكالة الأنباء».
        return (SpeakerClassifier.dropLam(text.text(k, end)), end + 1)
    }

    /// Last token of a speaker phrase starting at k (k - 1 when empty).
    func phraseEnd(from k: Int, sentence: Int) -> Int {
        var j = k, last = k - 1, words = 0
        while j < text.tokens.count, text.tokens[j].sentence == sentence, words < 16 {
            let t = text.tokens[j]
            if t.kind == .punctuation {
                if let q = text.quote(openingAt: j), !q.isSpeech, q.words <= 5 {
                    last = q.close; j = q.close + 1; words += q.words
                    // «الدكتور «ثاني» أيام الأعياد»: a quoted name after a
                    // title or role closes the phrase.
                    if j - q.words - 3 >= k, let c = facts[q.open - 1].speakerWord?.category,
                       c == .title || c.isRoleLike { break }
                    continue
                }
                if text.isMark(j, "("), let close = closing(")", after: j, within: 5),
                   !lexicon.frames.contains(text.tokens[min(j + 1, close)].norm) {
                    last = close; j = close + 1; continue
                }
                if (text.isMark(j, "،") || text.isMark(j, ",")), last >= k, let name = nameBetweenCommas(j + 1) {
                    last = name; j = name + 1; continue
                }
                if (text.isMark(j, "،") || text.isMark(j, ",")), last >= k, opensApposition(j + 1) {
                    j += 1; continue
                }
                break
            }
            if isBoundary(j, phraseStarted: last >= k, head: k) || (last >= k && recipientPhrase(at: j) != nil)
                || endsFeminineHead(j, from: k) || endsPersonalName(j, from: k)
                || endsDefinitePhrase(j, from: k) || (last >= k && opensAdjunct(j)) { break }
            last = j
            words += 1
            j += 1
            // «وقال فضيلته …»: an honorific is a whole noun phrase.
            if facts[last].category == .honorific { break }
        }
        return last
    }

    private func closing(_ mark: Character, after j: Int, within n: Int) -> Int? {
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
    /// content is the name of the office holder. Returns its last token.
    func nameBetweenCommas(_ j: Int) -> Int? {
        var k = j
        while k < text.tokens.count, k - j < 4, looksLikeNameWord(k) { k += 1 }
        guard k > j, k - j <= 3, k + 1 < text.tokens.count, text.isMark(k, "،") || text.isMark(k, ","),
              facts[k + 1].isComplementiser else { return nil }
        return k - 1
    }

    /// After a definite word, an indefinite one starts a new constituent
    /// («دانت القناة عملية الاقتحام»: the object), unless it opens a
    /// personal name after a role («وزير الخارجية وليد المعلم»).
    private func endsDefinitePhrase(_ j: Int, from k: Int) -> Bool {
        let t = text.tokens[j]
        guard j > k, isDefiniteWord(text.tokens[j - 1]), !isDefiniteWord(t) else { return false }
        let roles = facts[j].roles
        if facts[j].givenName != nil || roles.contains(.nameLink) || roles.contains(.spokesFor) { return false }
        // A preposition after the head («المسؤول عن الطوارئ»، «مصدر في
        // الوزارة») was already judged by `isBoundary`.
        if roles.contains(.officePreposition) { return false }
        // «التابعة لغرفة تجارة جدة»، «المدير الفني للفريق الأول لكرة القدم»:
        // an affiliation with ل continues a body or an office.
        if t.norm.hasKeyPrefix("ل"), facts[j].speakerWord != nil
            || facts[k].speakerWord?.category.isRoleLike == true { return false }
        // «المستشار بأكاديمية ناصر العسكرية»، «لكرة القدم بنادي الهلال»:
        // بـ after a role, or before a body, names where the office is.
        if t.norm.hasKeyPrefix("ب"), facts[j - 1].speakerWord?.category.isRoleLike == true
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
        return !(nameHead && !Morphology.looksLikeVerbalNoun(t.norm) && facts[j].category == nil
                 && facts[j].speakerWord == nil && !t.norm.hasKeySuffix("ة"))
    }

    /// «الرئيس الاسرائيلي رؤوفين ريفيلين اقامة اتحاد …»: after a role and
    /// a name of two words or more, a common noun in ة is the verb's
    /// object, not a third name word.
    private func endsPersonalName(_ j: Int, from k: Int) -> Bool {
        let t = text.tokens[j]
        guard t.norm.hasKeySuffix("ة") || t.norm.hasKeySuffix("ات"), facts[j].givenName == nil,
              facts[j].speakerWord == nil,
              let head = facts[k].speakerWord?.category, head.isRoleLike || head == .title else { return false }
        var names = 0, i = j - 1
        while i > k, looksLikeNameWord(i) { names += 1; i -= 1 }
        return names >= 2
    }

    func looksLikeNameWord(_ i: Int) -> Bool {
        let t = text.tokens[i]
        return t.isWord && !isDefiniteWord(t) && !t.norm.hasKeySuffix("ة") && facts[i].category == nil
            && facts[i].speakerWord == nil && facts[i].place == nil
            && !facts[i].roles.contains(.spokesFor) && !facts[i].roles.contains(.nameLink)
    }

    /// «تنصح المنظمة الأفراد المقبلين …»: an adjective after a bare
    /// feminine head agrees with it (المنظمة الدولية، الوزارة الأمريكية);
    /// a definite word that does not is the verb's object.
    private func endsFeminineHead(_ j: Int, from k: Int) -> Bool {
        guard j == k + 1, text.tokens[k].isDefinite, text.tokens[k].norm.hasKeySuffix("ة"),
              facts[k].speakerWord?.category == .institution else { return false }
        let t = text.tokens[j]
        // Feminine adjectives also end in اء، ى، يا (الصفراء، الكبرى، العليا).
        let feminine = ["ة", "ات", "اء", "يا"].contains { t.norm.hasKeySuffix($0) } || t.endsInAlefMaqsura
        return t.isDefinite && !feminine && facts[j].speakerWord == nil && facts[j].place == nil
    }

    /// «بصورة دائمة»، «بتحري الدقة»، «صلتها بوفاة …»: a prepositional
    /// phrase with ب, or a noun with a possessive pronoun, follows a
    /// complete speaker phrase and is not part of it.
    private func opensAdjunct(_ j: Int) -> Bool {
        let t = text.tokens[j]
        // A name may start with ب too («دميتري بيسكوف أن»): an adjunct is
        // followed by more words, a name by the content.
        let followedByWord = j + 1 < text.tokens.count && text.tokens[j + 1].isWord
            && text.tokens[j + 1].sentence == t.sentence && !facts[j + 1].isComplementiser
        // «المستشار بأكاديمية ناصر»، «الأستاذ بجامعة»: after a role, بـ
        // names the place of the office.
        if facts[j - 1].speakerWord?.category.isRoleLike == true { return false }
        // (Of the name links, only «بن» opens with ب.)
        if t.norm.hasKeyPrefix("ب"), !t.norm.hasKeyPrefix("بال"), t.norm.keyLength > 3,
           !facts[j].roles.contains(.spokesFor), !facts[j].roles.contains(.nameLink),
           followedByWord, facts[j - 1].givenName == nil, facts[j].givenName == nil,
           facts[j - 1].speakerWord?.category != .title,
           facts[j].speakerWord == nil, facts[j].place == nil { return true }
        // «لسؤاله»، «لزيارته»: ل with a pronoun suffix is a purpose adjunct.
        if t.norm.hasKeyPrefix("ل"), !t.norm.hasKeyPrefix("لل"), lexicon.hasSuffix(t.norm, .purposePossessive), t.norm.keyLength > 4,
           facts[j].speakerWord == nil, facts[j].givenName == nil { return true }
        return lexicon.hasSuffix(t.norm, .adjunctPossessive) && t.norm.keyLength > 4
            && facts[j].category != .anaphor && facts[j].speakerWord == nil
    }

    private func isDefiniteWord(_ t: Token) -> Bool {
        t.isDefinite || t.norm.hasKeyPrefix("لل") || t.norm.hasKeyPrefix("بال") || t.norm.hasKeyPrefix("وال")
    }

    func isBoundary(_ j: Int, phraseStarted: Bool, head: Int? = nil) -> Bool {
        let t = text.tokens[j]
        if t.norm.keyLength <= 1 { return true }
        let roles = facts[j].roles
        if roles.contains(.clauseOpener) { return true }
        // إمام (imam) and أمام (in front of) fold to the same key; the
        // hamza seat tells them apart when the writer kept it.
        if roles.contains(.imamHomograph), t.text.unicodeScalars.first == "إ" { return false }
        if !roles.contains(.sourcePlace), facts[j].category == .frameNoun || facts[j].stemCategory == .frameNoun,
           phraseStarted || facts[j].speakerWord == nil { return true }
        let category = facts[j].category
        if [.complementiser, .time, .particle, .pronoun, .formula, .relayNoun].contains(category)
            || (phraseStarted && category == .demonstrative) {
            return true
        }
        if phraseStarted, facts[j].stemCategory == .frameNoun, t.stem != t.norm { return true }
        // A ḥāl participle ends the phrase («… مؤكداً أن»), or leaves it
        // empty right after the verb («وأضاف قائلاً:»، «وأضافت قائلة:»): a
        // subject is never an indefinite participle in the accusative. Its
        // feminine or plural form after a noun is an adjective («مصادر
        // مؤكدة»).
        // A homograph right after an indefinite noun is its genitive (علم =
        // knowledge in «أخصائي علم النفس»), not a verb.
        let genitive = phraseStarted && isStrictHomograph(t.norm) && j > 0 && text.tokens[j - 1].isWord
            && !text.tokens[j - 1].isDefinite
        if facts.isVerbCue(j), !genitive { return true }
        if lexicon.verbForms[t.norm]?.shape == .participle {
            // «متحدثة باسم الجيش» is a speaker noun, not a ḥāl.
            let hal = t.norm.hasKeySuffix("ا") || (!phraseStarted && t.norm.hasKeySuffix("ة") && facts[j].speakerWord == nil)
            if hal || (phraseStarted && !text.tokens[j - 1].isWord) { return true }
        }
        if roles.contains(.alaOrAli) {
            // «علي الأحمدي» is a name; «على أن»، «على ضرورة» a preposition;
            // «المشرف العام على القناة» part of an office.
            guard phraseStarted, j + 1 < text.tokens.count else { return true }
            if !t.endsInAlefMaqsura, facts[j].givenName != nil { return false }
            if isRoleAffiliation(j) || facts[j - 1].category == .roleWord {
                return facts[j + 1].isComplementiser
            }
            let next = text.tokens[j + 1]
            return !(facts[j + 1].givenName != nil || (next.isDefinite && next.norm.hasKeySuffix("ي")))
        }
        if roles.contains(.boundary) {
            return !(roles.contains(.represents) && phraseStarted && isRoleAffiliation(j))
        }
        if roles.contains(.sourcePlace) {
            // «مصدر في الوزارة»، «مسؤول من موسكو»: after a source noun or an
            // office, not after a name («أكد "العيد" في ردّه»).
            guard phraseStarted, j + 1 < text.tokens.count else { return true }
            if let h = head, facts[h].speakerWord == nil || facts[h].place != nil {
                return true
            }
            // «… فرانك فالتر شتاينماير في برلين»: after a personal name the
            // preposition opens an adjunct, not the office.
            if let h = head, h < j, (h..<j).contains(where: { facts[$0].givenName != nil }) {
                return true
            }
            let next = text.tokens[j + 1]
            // «يحذر الخبراء من التغير المفاجئ»: after a group of people the
            // preposition says where they are from only before a place or
            // a body («ناشطون من المعارضة»); otherwise it is the verb's.
            if let h = head, [.group, .vague].contains(facts[h].speakerWord?.category),
               facts[j + 1].place == nil, facts[j + 1].speakerWord == nil {
                return true
            }
            return facts[j + 1].stemCategory == .frameNoun || facts[j + 1].category == .frameNoun
                || facts[j + 1].category == .time || !next.isWord
        }
        // «أعلنت مصادر رسمية مقتل عسكريين»: the object ends the subject.
        return category == .objectNoun || (!phraseStarted && category == .normNoun)
    }

    /// «النائب عن كتلة …»: عن after a role marks whom it represents.
    private func isRoleAffiliation(_ j: Int) -> Bool {
        guard j > 0 else { return false }
        let c = facts[j - 1].speakerWord?.category
        return c?.isRoleLike == true || c == .anonymous
    }

    /// «وقال نيلز مويزنيكس وهو مواطن من لاتفيا …»، «الوزير لا يغيب»: a
    /// pronoun after و/ف, or a negation, opens a clause about the speaker,
    /// not part of his name. (A bare «هو» may introduce the name: «متحدث
    /// آخر باسم الرئاسة هو جربا شيهو».)
    /// They are the words of role `clauseopener` in `roles.tsv`: ask
    /// `facts[i].roles.contains(.clauseOpener)`. This list, read once from
    /// the bundled `roles.tsv`, is kept only for callers that have no
    /// `TokenFacts` at hand (`StatementBuilder`).
    static let clauseOpeners: [Key] = {
        do {
            let roles = try RoleTable(TSVFile(url: Lexicon.bundledDirectory().appendingPathComponent("roles.tsv")))
            let words: [String] = roles.words.keys.filter { (roles.words[$0] ?? []).contains(WordRole.clauseOpener) }
            return words.map { Key($0) }
        } catch {
            fatalError("quotegraph: cannot load its lexicon: \(error)")
        }
    }()

    /// A finite reporting verb, possibly with و/ف (a new clause begins).
    /// The speaker code asks it per token through `TokenFacts.isVerbCue`.
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

    func isStrictHomograph(_ norm: String) -> Bool {
        lexicon.verbForms[norm]?.complements.contains("strict") == true
    }

    /// «وكان الوزير قد أعلن»، «وكانت قوات الدفاع الشعبي، الجناح العسكري
    /// لحزب العمال، دانت»: after كان the subject comes before the verb and
    /// may carry an apposition between commas, so the phrase runs from
    /// كان to the verb whatever its punctuation.
    /// The subject of a verb in a كان clause, whatever its head: كان
    /// makes it a subject even when it is an unknown quoted name
    /// («وكانت "إليوت أدفيزارز" … قد قالت»).
    func kanaSubject(of cue: Int) -> ClosedRange<Int>? {
        var j = cue - 1
        if j >= 0, facts[j].roles.contains(.perfectParticle) { j -= 1 }
        return kanaSubject(endingAt: j, cue: cue)
    }

    private func kanaSubject(endingAt end: Int, cue: Int) -> ClosedRange<Int>? {
        var j = end
        while j >= 0, end - j < 16, text.tokens[j].sentence == text.tokens[cue].sentence {
            let t = text.tokens[j]
            if facts[j].category == .kana {
                // كان must open its clause («ما إذا كانت ستلغي» does not).
                let previous = j > 0 ? text.tokens[j - 1] : nil
                guard previous.map({ $0.sentence != t.sentence || $0.kind == .punctuation
                        || lexicon.category($0.norm) == .particle }) ?? true else { return nil }
                var last = end
                while last > j, text.tokens[last].kind == .punctuation { last -= 1 }
                // «كان عمر السومه في طليعة اللاعبين الذين أعلنوا»: the
                // subject is the noun phrase after كان, not the whole clause.
                let phrase = phraseEnd(from: j + 1, sentence: text.tokens[cue].sentence)
                if phrase > j, phrase < last, !text.isMark(phrase + 1, "،") { last = phrase }
                return last > j ? (j + 1)...last : nil
            }
            if t.isWord, facts[j].isComplementiser || facts.isVerbCue(j) || facts[j].category == .particle {
                return nil
            }
            if t.kind == .punctuation, !(text.isMark(j, "،") || text.isMark(j, ",") || text.quote(openingAt: j) != nil || text.isMark(j, "»") || t.isMark("\"")) {
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// The subject phrase before a verb in subject-verb order, if the words
    /// before it form one: from the sentence start, a comma, a complementiser
    /// (فإن الكرملين) or a particle, up to the verb.
    func backward(from cue: Int) -> ClosedRange<Int>? {
        var j = cue - 1
        if j >= 0, facts[j].roles.contains(.perfectParticle) { j -= 1 }
        if let subject = kanaSubject(endingAt: j, cue: cue) { return subject }
        let end = j
        var words = 0
        while j >= 0, text.tokens[j].sentence == text.tokens[cue].sentence, text.tokens[j].isWord, words < 6 {
            let category = facts[j].category
            // A homograph of a function word (عبر = via, بين = between) does
            // not end the subject: «المعلومات عبر عدة قنوات تؤكد».
            let verb = facts.isVerbCue(j) && !isStrictHomograph(text.tokens[j].norm)
            // «… في طليعة اللاعبين الذين أعلنوا»: a relative pronoun or a
            // preposition closes the clause before the verb's subject.
            let closes = facts[j].roles.contains(.closesClause)
            if category == .complementiser || category == .particle || verb || closes { break }
            words += 1
            // «… بالنسبة لروسيا وكثير من الدول تعتبر»: a quantifier (كثير،
            // بعض، عدد) opens the subject.
            if facts[j].speakerWord?.category == .group, j + 1 < cue,
               facts[j + 1].roles.contains(.partitive) {
                j -= 1
                break
            }
            j -= 1
        }
        guard end > j, end >= 0 else { return nil }
        let quantified = facts[j + 1].speakerWord?.category == .group && j + 2 <= end
            && facts[j + 2].roles.contains(.partitive)
        let startsClause = j < 0 || quantified || text.tokens[j].sentence != text.tokens[cue].sentence
            || text.tokens[j].kind == .punctuation || facts[j].category != nil
        guard startsClause else { return nil }
        return (j + 1)...end
    }
}
