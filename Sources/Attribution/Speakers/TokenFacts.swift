/// What the lexicon says about each word of one article, looked up once.
///
/// The speaker finder asks the same few questions about the same tokens
/// again and again: every cue parses the phrase after it, the cast parses
/// one at every role word, and each step of a phrase asks of its word
/// whether it is a boundary (a complementiser, a time word, a reporting
/// verb …), a speaker word, a given name or a place. A lexicon lookup
/// hashes the word and, for speaker words and places, tries it again
/// without the article and each clitic (لوزارة → وزارة), so the answers
/// are kept per token here, computed the first time a token is asked about.
///
/// A class: the parser and the classifier are small values made afresh for
/// each cue, and all of them share the article's one table.
final class TokenFacts {
    private let text: AnalysisText
    private let lexicon: Lexicon
    /// One lazily filled column per question: most tokens are asked only
    /// one or two of them, and each costs a lookup or several.
    private let categories: Column<WordCategory?>
    private let stemCategories: Column<WordCategory?>
    private let speakerWords: Column<SpeakerWord?>
    private let givenNames: Column<Gender?>
    private let places: Column<Gender?>
    private let verbCues: Column<Bool>
    private let roles: Column<WordRoles>

    init(text: AnalysisText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        let n = text.tokens.count
        categories = Column(n)
        stemCategories = Column(n)
        speakerWords = Column(n)
        givenNames = Column(n)
        places = Column(n)
        verbCues = Column(n)
        roles = Column(n)
    }

    deinit {
        categories.free()
        stemCategories.free()
        speakerWords.free()
        givenNames.free()
        places.free()
        verbCues.free()
        roles.free()
    }

    private var surnameSet: Set<String>?

    /// «خالد بن مرضي العنزي»: a word with no article that no list knows.
    /// Before «بن» (also the given name Ben in names.tsv) it is the given
    /// name the gazetteer lacks, and the name opens there (`NameAfterRole`,
    /// `MentionClassifier.givenName`).
    func isUnlistedWord(_ i: Int) -> Bool {
        let t = text.tokens[i]
        return t.isWord && !t.isDefinite && self[i].speakerWord == nil && self[i].place == nil
            && self[i].category == nil && self[i].stemCategory == nil
    }

    /// «جونسون» in «ونفى جونسون» after «بوريس جونسون»: a word the article
    /// writes right after a given name is a name part there, whatever its
    /// shape (a foreign surname may end like a plural, -ون، -ان). Found
    /// once per article, the first time it is asked.
    func isNamePart(_ norm: String) -> Bool {
        if surnameSet == nil {
            var set = Set<String>()
            let tokens = text.tokens
            for i in tokens.indices.dropFirst() where tokens[i].isWord && tokens[i - 1].isWord
                && tokens[i].sentence == tokens[i - 1].sentence && self[i - 1].givenName != nil && self[i].speakerWord == nil {
                set.insert(tokens[i].norm)
            }
            surnameSet = set
        }
        return surnameSet!.contains(norm)
    }

    /// «أندرسون» in «وأشار أندرسون» after «يان أندرسون المدير الفني
    /// للمنتخب»: a word the article writes as the second of two words no
    /// list knows, before an office (past a comma), ends a name the lexicon
    /// lacks. Asked only of a word shaped like a plural (-ون), so the
    /// article is searched for it then, not scanned for every word.
    func isSurnameBeforeOffice(_ norm: String) -> Bool {
        text.tokens.indices.dropFirst().contains { i in
            text.tokens[i].norm.equalsKey(norm) && text.tokens[i - 1].isWord
                && text.tokens[i].sentence == text.tokens[i - 1].sentence && isUnlistedName(before: i)
        }
    }

    /// Whether tokens i - 1 and i are two indefinite words no list knows,
    /// followed (past a comma) by an office.
    private func isUnlistedName(before i: Int) -> Bool {
        let tokens = text.tokens
        // (Cheap tests first: this runs on every pair of words.)
        guard !tokens[i].isDefinite, !tokens[i - 1].isDefinite, i + 1 < tokens.count else { return false }
        var r = i + 1
        if r + 1 < tokens.count, !tokens[r].isWord, tokens[r].isMark("،") || tokens[r].isMark(",") { r += 1 }
        guard tokens[r].isWord, tokens[r].sentence == tokens[i].sentence,
              self[r].speakerWord?.category.isRoleLike == true else { return false }
        return [i - 1, i].allSatisfy { k in
            tokens[k].norm.keyLength > 2 && self[k].speakerWord == nil && self[k].category == nil && self[k].place == nil
                && self[k].roles.isEmpty
        }
    }

    /// «وأفاد م. الخريجي»، «أ. بدر»: a word of one letter whose full stop
    /// left the sentence whole (`AbbreviationStop`) is an abbreviated title
    /// (مهندس، أستاذ). Not a word of speakers.tsv: the lists look up
    /// words without their first letter (لم → م، لا → ا), and would take
    /// those for titles.
    func abbreviatedTitle(_ i: Int) -> SpeakerWord? {
        // (The stop first: most words are followed by none.)
        guard i + 2 < text.tokens.count, text.isMark(i + 1, "."), text.tokens[i].isWord,
              text.tokens[i].end - text.tokens[i].start == 1, text.tokens[i + 2].isWord,
              text.tokens[i + 2].sentence == text.tokens[i].sentence else { return nil }
        return SpeakerWord(category: .title, gender: .masculine, number: .singular)
    }

    /// The questions asked of token i, as `facts[i].speakerWord`.
    @inline(__always)
    subscript(i: Int) -> Answers { Answers(facts: self, index: i) }

    /// Each answer is read from its column when known (no closure, no
    /// lookup), else looked up and kept.
    struct Answers {
        let facts: TokenFacts
        let index: Int

        /// `Lexicon.category` of the token's key.
        @inline(__always)
        var category: WordCategory? {
            if let known = facts.categories[index] { return known }
            var category = facts.lexicon.category(facts.text.tokens[index].norm)
            if category == .time, isMaddaName { category = nil }
            return facts.categories.store(index, category)
        }

        /// «آلان»، «ألان» (Alan) and «الآن» (now) share the key «الان»:
        /// written with a madda or hamza on its first alef, a word that is
        /// both a time word and a given name is the name; written with a
        /// bare alef, the time word.
        var isMaddaName: Bool {
            let first = facts.text.tokens[index].text.unicodeScalars.first
            return (first == "\u{0622}" || first == "\u{0623}")
                && facts.lexicon.givenNames[facts.text.tokens[index].norm] != nil
        }

        /// `Lexicon.category` of its stem (the key without the article),
        /// looked up on the stem's bytes (`Token.stem` cuts the same four
        /// bytes of «ال», but makes a string of them).
        @inline(__always)
        var stemCategory: WordCategory? {
            if let known = facts.stemCategories[index] { return known }
            let norm = facts.text.tokens[index].norm
            var category = norm.hasKeyPrefix("ال") && norm.keyLength > 4
                ? facts.lexicon.words[Substring(norm.utf8.dropFirst(4))] : facts.lexicon.category(norm)
            if category == .time, isMaddaName { category = nil }
            return facts.stemCategories.store(index, category)
        }

        /// `Lexicon.isComplementiser` of the token's key (أن، إن، بأن …).
        @inline(__always)
        var isComplementiser: Bool { category == .complementiser }

        /// `Lexicon.roles` of the token's key: `facts[i].roles.contains(.clauseOpener)`.
        @inline(__always)
        var roles: WordRoles {
            if let known = facts.roles[index] { return known }
            return facts.roles.store(index, facts.lexicon.roles(facts.text.tokens[index].norm))
        }

        @inline(__always)
        var speakerWord: SpeakerWord? {
            if let known = facts.speakerWords[index] { return known }
            let norm = facts.text.tokens[index].norm
            return facts.speakerWords.store(index, facts.lexicon.speakerWord(norm) ?? facts.lexicon.possessedPerson(norm)
                ?? facts.abbreviatedTitle(index))
        }

        @inline(__always)
        var givenName: Gender? {
            if let known = facts.givenNames[index] { return known }
            let norm = facts.text.tokens[index].norm
            var gender = facts.lexicon.givenNames[norm]
            if gender != nil, !isMaddaName, facts.lexicon.category(norm) == .time { gender = nil }
            return facts.givenNames.store(index, gender)
        }

        @inline(__always)
        var place: Gender? {
            if let known = facts.places[index] { return known }
            return facts.places.store(index, facts.lexicon.place(facts.text.tokens[index].norm))
        }
    }

    /// Whether token i is a finite reporting verb, possibly with و/ف
    /// (`SpeakerPhraseParser.isVerbCue`).
    func isVerbCue(_ i: Int) -> Bool {
        if let known = verbCues[i] { return known }
        return verbCues.store(i, SpeakerPhraseParser.isVerbCue(text.tokens[i].norm, lexicon: lexicon))
    }

    /// Answers to one question, filled in as tokens are asked. Raw
    /// storage: a Swift array in a class property would be checked for
    /// exclusive access on every write, which costs more than the lookup
    /// it saves. Owned by the one `TokenFacts`, freed in its `deinit`;
    /// its values are plain data (no references), so freeing is one call
    /// rather than a walk over every token.
    private struct Column<Value> {
        private let values: UnsafeMutablePointer<Value?>
        private let count: Int

        init(_ count: Int) {
            precondition(_isPOD(Value.self), "a column holds plain data")
            self.count = count
            values = .allocate(capacity: max(count, 1))
            values.initialize(repeating: nil, count: count)
        }

        /// The answer for token i, if it has been looked up.
        @inline(__always)
        subscript(i: Int) -> Value? {
            precondition(i >= 0 && i < count, "token index out of range")
            return values[i]
        }

        /// Keeps the answer for token i and returns it.
        @inline(__always)
        func store(_ i: Int, _ value: Value) -> Value {
            precondition(i >= 0 && i < count, "token index out of range")
            values[i] = value
            return value
        }

        func free() {
            values.deallocate()
        }
    }
}
