/// The named people an article introduces, quoted or not («المدرب
/// جورجيوس دونيس»، «رئيس اللجنة الدكتور عبدالله البرقان»): antecedents for
/// a later «المدرب» or for a pro-drop verb no quoted speaker agrees with.
///
/// Every «role + name» or «name، role» phrase of the article is a member;
/// a phrase opens at a role word or a given name. Finding them means
/// parsing a phrase at every such word, which costs as much as the rest of
/// the analysis, so the cast is harvested lazily and only as far into the
/// article as a question needs: most questions are about the people
/// introduced *before* a cue.
///
/// A class: the registry asks it from non-mutating lookups, and the
/// harvest it has done is kept for the next question.
final class Cast {
    private let text: AnalysisText
    let lexicon: Lexicon
    private let facts: TokenFacts
    /// Members harvested so far, in text order.
    private var harvested: [SpeakerProfile] = []
    /// The token the harvest goes on from.
    private var cursor = 0
    /// Until a stage of the builder first needs the cast, questions find
    /// nobody (the builder opens it at the first back-reference or pro-drop
    /// verb, as it always has).
    private(set) var isOpen = false

    init(text: AnalysisText, lexicon: Lexicon, facts: TokenFacts) {
        self.text = text
        self.lexicon = lexicon
        self.facts = facts
    }

    func open() { isOpen = true }

    /// Whether the article writes `norm` right after a given name
    /// somewhere (`TokenFacts.isNamePart`): only then can a lone word be
    /// the surname of a member, and the harvest is worth asking.
    func mayBeSurname(_ norm: String) -> Bool { facts.isNamePart(norm) }

    /// The address words written before a member's name, up to four words
    /// before the phrase (back to a mark or another name) and the phrase's
    /// own words before its first given name: «صاحب السمو الملكي الأمير»
    /// of «… الأمير فيصل بن خالد»; not «جامعة الملك سعود» after the name
    /// (`Honorific`).
    func addressWords(of member: SpeakerProfile) -> [String] {
        let first = text.tokenIndex(atOffset: member.span.start)
        guard first < text.tokens.count else { return [] }
        var from = first
        while from > 0, first - from < 4, text.tokens[from - 1].isWord, text.tokens[from - 1].sentence == text.tokens[first].sentence,
              facts[from - 1].givenName == nil { from -= 1 }
        var words: [String] = []
        var k = from
        while k < text.tokens.count, text.tokens[k].start < member.span.end, k < first || facts[k].givenName == nil {
            if text.tokens[k].isWord { words.append(text.tokens[k].norm) }
            k += 1
        }
        return words
    }

    /// The members found so far, harvesting no further.
    var harvestedSoFar: [SpeakerProfile] { harvested }

    /// Members whose phrase starts before the text offset, and possibly a
    /// few after it (callers filter by `span`).
    func members(before offset: Int) -> [SpeakerProfile] {
        guard isOpen else { return [] }
        return harvested(before: offset)
    }

    /// The members before the offset whether the cast is open or not: a
    /// lone surname asks the article itself («وأشاد البراك» after «بحضور
    /// … خالد البراك»), without opening the cast to the other rules.
    func harvested(before offset: Int) -> [SpeakerProfile] {
        while cursor < text.tokens.count, text.tokens[cursor].start < offset { harvestNext() }
        return harvested
    }

    /// Every member of the article.
    var all: [SpeakerProfile] {
        guard isOpen else { return [] }
        while cursor < text.tokens.count { harvestNext() }
        return harvested
    }

    /// Reads the phrase opening at the cursor, if it introduces someone,
    /// and moves the cursor past it (or one token on).
    private func harvestNext() {
        let i = cursor
        cursor += 1
        // (The token's fields are read in place: a copy of the token
        // retains and releases its two strings.)
        guard text.tokens[i].isWord,
              facts[i].speakerWord?.category.isRoleLike == true || facts[i].givenName != nil else { return }
        let parser = SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts)
        var end = parser.phraseEnd(from: i, sentence: text.tokens[i].sentence)
        // «بحضور وكيل المحافظة خالد البراك والدكتور سعدون السعدون»: two
        // people joined by و are two members; the second is read next.
        if end > i, let second = conjunct(in: i...end) { end = second - 1 }
        // A described person («المعلمة تعرضت للإغماء») joins the cast only
        // with a given name, or with a name of two words set off by a comma
        // («ووجدت الفتاة ساجا فانسيك، السيف …»): unknown words after it may
        // be a clause. So does a plural office («أن مجلس الوزراء اطلع على»).
        let described = facts[i].speakerWord.map { $0.category == .person || $0.isPluralOffice } ?? false
        guard end > i, let p = MentionClassifier(text: text, lexicon: lexicon, facts: facts).profile(i...end, verbGender: nil),
              p.anonymity == .named, p.role != nil,
              p.hasGivenName || !described
                || (p.nameTokens.count >= 2 && end + 1 < text.tokens.count && (text.isMark(end + 1, "،") || text.isMark(end + 1, ","))
                    && (end - p.nameTokens.count + 1...end).allSatisfy(parser.looksLikeNamePart)) else {
            return
        }
        harvested.append(p)
        cursor = end + 1
    }

    /// The first word after `range`'s second word that opens another
    /// person with و: a title, office or given name after the conjunction
    /// («والدكتور»، «ورئيس»، «وسعدون»; not «وزير» or «ولي», whose و is
    /// their own, nor «ولسمو», a preposition).
    private func conjunct(in range: ClosedRange<Int>) -> Int? {
        guard range.count > 3 else { return nil }
        return (range.lowerBound + 2..<range.upperBound).first { k in
            guard text.tokens[k].isWord, text.tokens[k].norm.hasKeyPrefix("و") else { return false }
            let rest = String(text.tokens[k].norm.unicodeScalars.dropFirst())
            guard rest.hasKeyPrefix("ال") || !(rest.hasKeyPrefix("ل") || rest.hasKeyPrefix("ب")) else { return false }
            return lexicon.speakerWord(rest)?.category.isRoleLike == true || lexicon.givenNames[rest] != nil
        }
    }

}
