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
    private let categories: Column<UInt8>
    private let stemCategories: Column<UInt8>
    private let speakerWords: Column<SpeakerWord?>
    private let givenNames: Column<Gender?>
    private let places: Column<Gender?>
    private let verbCues: Column<Bool>

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
    }

    deinit {
        categories.free()
        stemCategories.free()
        speakerWords.free()
        givenNames.free()
        places.free()
        verbCues.free()
    }

    /// The questions asked of token i, as `facts[i].speakerWord`.
    subscript(i: Int) -> Answers { Answers(facts: self, index: i) }

    struct Answers {
        let facts: TokenFacts
        let index: Int

        /// `Lexicon.category` of the token's key.
        var category: String? {
            facts.name(facts.categories.value(index) { facts.code(facts.lexicon.category(facts.text.tokens[$0].norm)) })
        }
        /// `Lexicon.category` of its stem (the key without the article).
        var stemCategory: String? {
            facts.name(facts.stemCategories.value(index) { facts.code(facts.lexicon.category(facts.text.tokens[$0].stem)) })
        }
        var speakerWord: SpeakerWord? { facts.speakerWords.value(index) { facts.lexicon.speakerWord(facts.text.tokens[$0].norm) } }
        var givenName: Gender? { facts.givenNames.value(index) { facts.lexicon.givenNames[facts.text.tokens[$0].norm] } }
        var place: Gender? { facts.places.value(index) { facts.lexicon.place(facts.text.tokens[$0].norm) } }
    }

    /// Category names met in the article; a column holds a name's index
    /// plus one (0: no category), so that no column holds a `String`.
    private var names: [String] = []

    private func code(_ category: String?) -> UInt8 {
        guard let category else { return 0 }
        if let i = names.firstIndex(of: category) { return UInt8(i + 1) }
        precondition(names.count < 255, "too many word categories")
        names.append(category)
        return UInt8(names.count)
    }

    private func name(_ code: UInt8) -> String? { code == 0 ? nil : names[Int(code) - 1] }

    /// Whether token i is a finite reporting verb, possibly with و/ف
    /// (`SpeakerPhraseParser.isVerbCue`).
    func isVerbCue(_ i: Int) -> Bool {
        verbCues.value(i) { SpeakerPhraseParser.isVerbCue(text.tokens[$0].norm, lexicon: lexicon) }
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

        func value(_ i: Int, _ compute: (Int) -> Value) -> Value {
            precondition(i >= 0 && i < count, "token index out of range")
            if let known = values[i] { return known }
            let found = compute(i)
            values[i] = found
            return found
        }

        func free() {
            values.deallocate()
        }
    }
}
