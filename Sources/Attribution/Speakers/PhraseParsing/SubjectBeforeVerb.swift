/// The subject before its verb: subject-verb order, and كان clauses.
///
///     وكان الوزير قد أعلن أن …           kanaSubject(of: «أعلن»)  // «الوزير»
///     موسكو تعلن مقتل …                   backward(from: «تعلن»)   // «موسكو»
///
/// The subject runs back from the verb (past «قد»، «لقد», role
/// `perfectparticle`) to the start of its clause: the sentence start, a
/// comma, a complementiser or particle, or a word closing an earlier
/// clause (role `closesclause`).
extension SpeakerPhraseParser {
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

    /// «أما مالمستورم فتوقعت أن …»، «أما الوزير فقد قال …»: the topic after
    /// «أما» (roles.tsv topicopener) is the subject of a verb in ف (or
    /// after «فقد») that follows it, when its phrase ends right there.
    func topicSubject(of cue: Int) -> ClosedRange<Int>? {
        var j = cue - 1
        if !text.tokens[cue].norm.hasKeyPrefix("ف") {
            guard j > 0, text.tokens[j].norm.hasKeyPrefix("ف"), facts[j].roles.contains(.perfectParticle)
                    || lexicon.roles(String(text.tokens[j].norm.dropFirst())).contains(.perfectParticle) else { return nil }
            j -= 1
        }
        let sentence = text.tokens[cue].sentence
        var a = j
        while a >= 0, j - a < 8, text.tokens[a].sentence == sentence, !facts[a].roles.contains(.topicOpener) { a -= 1 }
        guard a >= 0, a < j, text.tokens[a].sentence == sentence, facts[a].roles.contains(.topicOpener),
              phraseEnd(from: a + 1, sentence: sentence) == j else { return nil }
        return (a + 1)...j
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
    /// (فإن الكرملين) or a particle, up to the verb. `imperfect`: the verb
    /// is imperfect (`CueMatch.shape`), so it may describe a source noun
    /// after a preposition («على تقارير تفيد»).
    func backward(from cue: Int, imperfect: Bool = false) -> ClosedRange<Int>? {
        var j = cue - 1
        if j >= 0, facts[j].roles.contains(.perfectParticle) {
            j -= 1
            // «… أن السلطات حددت هويته، إذ قال لـCNN …»: after a comma the
            // particle opens a clause of its own; the words before the
            // comma are not its subject («الوزارة إذ تعلن» is).
            if j >= 0, text.isMark(j, "،") || text.isMark(j, ",") { return nil }
        }
        if let subject = kanaSubject(endingAt: j, cue: cue) { return subject }
        if let subject = subjectBeforeApposition(endingAt: j, cue: cue) { return subject }
        // «يُذكر أن المتحدث الرسمي باسم وزارة التعليم مبارك العصيمي، أوضح»:
        // a comma may close a subject that runs back to a complementiser
        // (an office and a name, up to eight words).
        var limit = 6
        if j > 0, text.isMark(j, "،") || text.isMark(j, ","), text.tokens[j - 1].isWord {
            j -= 1
            limit = 8
        }
        let afterComma = limit == 8
        let end = j
        var words = 0
        while j >= 0, text.tokens[j].sentence == text.tokens[cue].sentence, words < limit {
            // «لكن صحيفة "لا برينسا" نقلت»، «صحيفة «شرق» الإصلاحية تحدثت»: a
            // short quoted name after a noun is part of the subject, whatever
            // words it holds; only adjectives may follow it.
            if text.tokens[j].kind == .punctuation {
                guard let q = text.quotations.last(where: { $0.close == j && $0.balanced }), !q.isSpeech,
                      q.words <= 5, q.open > 0, text.tokens[q.open - 1].isWord,
                      quotedNameHead(before: q.open), ((q.close + 1)..<(end + 1)).allSatisfy({ k in
                          text.tokens[k].isDefinite || text.tokens[k].norm.hasKeyPrefix("لل")
                      }) else { break }
                words += q.words
                j = q.open - 1
                continue
            }
            let category = facts[j].category
            // A homograph of a function word (عبر = via, بين = between) does
            // not end the subject: «المعلومات عبر عدة قنوات تؤكد».
            let verb = facts.isVerbCue(j) && !isStrictHomograph(text.tokens[j].norm)
            // «… في طليعة اللاعبين الذين أعلنوا»: a relative pronoun or a
            // preposition closes the clause before the verb's subject.
            let closes = facts[j].roles.contains(.closesClause)
                || (imperfect && isSourcePreposition(j) && describedSource(after: j, end: end))
            // «غير أن الفصائل الفلسطينية المختلفة في غزة تؤكد»: «في» or «من»
            // before a place, after a speaker word, says where the subject
            // is; it closes no clause.
            if closes, !verb, wherePlace(j, end: end) {
                words += 1
                j -= 1
                continue
            }
            if category == .complementiser || opensClause(j) || verb || closes { break }
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
            || text.tokens[j].kind == .punctuation || facts[j].category != nil || opensClause(j)
        // After a comma, only a complementiser opens such a subject, or the
        // sentence's start when the subject opens with an office, a title
        // or a given name («رئيس بلدية صيدا محمد السعودي، أعلن …»; not «وفي
        // الوقت ذاته، قال»).
        if afterComma {
            if j >= 0, facts[j].isComplementiser { return (j + 1)...end }
            let opensSentence = j < 0 || text.tokens[j].sentence != text.tokens[cue].sentence
            // (No conjunction on it: «وأمام هذه الظروف،» is no «و» +
            // «إمام»; «وزير» keeps its و.)
            let norm = text.tokens[j + 1].norm
            let conjoined = norm.hasKeyPrefix("و") && lexicon.speakerWord(String(norm.unicodeScalars.dropFirst())) != nil
            let head = conjoined || facts[j + 1].roles.contains(.imamHomograph) ? nil : facts[j + 1].speakerWord?.category
            return opensSentence && (head?.isRoleLike == true || head == .title || facts[j + 1].givenName != nil) ? (j + 1)...end : nil
        }
        guard startsClause || describedSource(after: j, end: end) else { return nil }
        return (j + 1)...end
    }

    /// «لكن وائل علوان، المتحدث باسم فيلق الرحمن أحد الفصائل التي تقاتل
    /// في الغوطة، نفى …»، «لكن الإعلام الحربي، التابع لحزب الله …، قال»:
    /// a name of up to four words opening its clause (the sentence start,
    /// a particle or a complementiser before it), then an apposition
    /// between two commas that opens with an office, a title, a given name
    /// or a definite word, right before the verb. The apposition may hold
    /// a clause of its own; the subject is the name (with the apposition
    /// when that is a short name: «الرئيس المصري، عبد الفتاح السيسي،»).
    private func subjectBeforeApposition(endingAt j: Int, cue: Int) -> ClosedRange<Int>? {
        let sentence = text.tokens[cue].sentence
        guard j > 1, text.isMark(j, "،") || text.isMark(j, ","), text.tokens[j - 1].isWord else { return nil }
        var c = j - 1
        while c > 0, j - c <= 18, text.tokens[c].sentence == sentence, !(text.isMark(c, "،") || text.isMark(c, ",")) {
            if text.tokens[c].kind == .punctuation, text.quote(openingAt: c) == nil, !text.isMark(c, "»"), !text.isMark(c, "\"") { return nil }
            c -= 1
        }
        guard c > 0, c + 1 < j, text.isMark(c, "،") || text.isMark(c, ","), text.tokens[c + 1].isWord else { return nil }
        let opener = facts[c + 1].speakerWord?.category
        guard opener?.isRoleLike == true || opener == .title || facts[c + 1].givenName != nil || text.tokens[c + 1].isDefinite
        else { return nil }
        var a = c - 1
        while a >= 0, c - a <= 4, text.tokens[a].sentence == sentence, text.tokens[a].isWord,
              facts[a].category == nil, !facts.isVerbCue(a), !facts[a].roles.contains(.closesClause), !facts[a].roles.contains(.notOpener) {
            a -= 1
        }
        guard a < c - 1 else { return nil }
        let opensClause = a < 0 || text.tokens[a].sentence != sentence || facts[a].category == .particle || facts[a].isComplementiser
        // The name opens with a word the lists know or the article (not a
        // verb the lexicon lacks: «أيدت محكمة استئناف أبوظبي، …»).
        let first = a + 1
        guard opensClause, facts[first].speakerWord != nil || facts[first].givenName != nil || facts[first].place != nil
                || text.tokens[first].isDefinite else { return nil }
        // «الرئيس المصري، عبد الفتاح السيسي، يحذر»: an apposition that is
        // a name goes with the office.
        if facts[c + 1].givenName != nil, j - c <= 5 { return first...(j - 1) }
        return first...(c - 1)
    }

    /// «… في غزة»، «… في بريطانيا»: a preposition of place (roles.tsv
    /// sourceplace) before a place name (or, last before the verb, a word
    /// shaped like a name: cities are in no list), with a speaker word in
    /// the three words before it.
    private func wherePlace(_ j: Int, end: Int) -> Bool {
        guard facts[j].roles.contains(.sourcePlace), j + 1 <= end,
              facts[j + 1].place != nil || (j + 1 == end && looksLikeCity(j + 1)) else { return false }
        return (max(0, j - 3)..<j).contains { facts[$0].speakerWord != nil && text.tokens[$0].sentence == text.tokens[j].sentence }
    }

    /// «غزة»، «لندن»: a word without the article that no list knows and
    /// that has no verbal-noun shape (a city may end in ة).
    private func looksLikeCity(_ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.isWord && !t.isDefinite && facts[k].category == nil && facts[k].speakerWord == nil && facts[k].givenName == nil
            && !Morphology.looksLikeVerbalNoun(t.norm) && !t.norm.hasKeyPrefix("و")
    }

    /// «كما»، «وكما»، «عندما»، «كيف»: a particle (with و or not), a word
    /// after which a main clause opens (roles.tsv mainclauseopener) or a
    /// question word opens the clause; it is never part of the subject
    /// («وكما تشير الصورة»، «كيف تنقل للطفل أن …» name no speaker).
    private func opensClause(_ j: Int) -> Bool {
        let category = facts[j].category
        if category == .particle || category == .interrogative || facts[j].roles.contains(.mainClauseOpener) { return true }
        guard text.tokens[j].norm.keyLength > 3, let bare = lexicon.withoutConjunction(text.tokens[j].norm) else { return false }
        return [.particle, .interrogative].contains(lexicon.category(bare)) || lexicon.roles(bare).contains(.mainClauseOpener)
    }

    /// «على» (written with ى, not the name «علي») or «عن» (role
    /// `represents`) before a described source («حصلت … على تقارير تفيد»،
    /// «تحدث عن مصادر تؤكد»). Not «من»: «مسفر دريني من سكان الحي أكد» is
    /// a name and where he lives.
    private func isSourcePreposition(_ j: Int) -> Bool {
        guard j >= 0, text.tokens[j].isWord else { return false }
        let roles = facts[j].roles
        if roles.contains(.alaOrAli) { return text.tokens[j].endsInAlefMaqsura }
        return roles.contains(.represents)
    }

    /// The word before a quoted name heads the subject: no recipient or
    /// preposition with ل («لصحيفة «ديلي ميرور»»، «ولـ "الاقتصادية"»).
    private func quotedNameHead(before open: Int) -> Bool {
        let norm = text.tokens[open - 1].norm
        return !norm.hasKeyPrefix("ل") && !norm.hasKeyPrefix("ول") && !facts[open - 1].roles.contains(.notOpener)
    }

    /// «وردت تقارير تفيد بأن …»، «حصلت الأمم المتحدة على تقارير تفيد بأن
    /// …»: after another verb (a cue, or a word with و) or a preposition,
    /// an indefinite source noun of one to three words is described by the
    /// reporting verb that follows it, and is its subject.
    private func describedSource(after j: Int, end: Int) -> Bool {
        guard j >= 0, end - j <= 3, text.tokens[j].isWord,
              facts.isVerbCue(j) || text.tokens[j].norm.hasKeyPrefix("و") || isSourcePreposition(j),
              let head = facts[j + 1].speakerWord, !text.tokens[j + 1].isDefinite else { return false }
        return [.vague, .anonymous, .group, .document].contains(head.category)
    }
}
