import Testing
@testable import Attribution

/// `TokenFacts` must answer exactly as the lexicon does, whatever order
/// the tokens are asked in: the speaker finder's results depend on it.
@Suite struct TokenFactsTests {
    let lexicon = Lexicon.shared

    @Test func answersAsTheLexiconOnTheSeedArticle() throws {
        let text = AnalysisText(try SampleText.sample("asharq-moscow-idlib"), lexicon: .shared)
        let facts = TokenFacts(text: text, lexicon: lexicon)
        // Backwards, then forwards: the second pass reads the cached answers.
        for pass in [Array(text.tokens.indices.reversed()), Array(text.tokens.indices)] {
            for i in pass {
                let t = text.tokens[i]
                #expect(facts[i].category == lexicon.category(t.norm), "\(t.text)")
                #expect(facts[i].stemCategory == lexicon.category(t.stem), "\(t.text)")
                #expect(facts[i].speakerWord == lexicon.speakerWord(t.norm), "\(t.text)")
                #expect(facts[i].givenName == lexicon.givenNames[t.norm], "\(t.text)")
                #expect(facts[i].place == lexicon.place(t.norm), "\(t.text)")
                #expect(facts[i].roles == lexicon.roles(t.norm), "\(t.text)")
                #expect(facts.isVerbCue(i) == SpeakerPhraseParser.isVerbCue(t.norm, lexicon: lexicon), "\(t.text)")
            }
        }
    }

    @Test func knowsTheSeedArticlesSpeakersAndVerbs() throws {
        let text = AnalysisText(try SampleText.sample("asharq-moscow-idlib"), lexicon: .shared)
        let facts = TokenFacts(text: text, lexicon: lexicon)
        let source = try #require(text.tokens.indices.first { text.tokens[$0].norm == "مصدر" })
        #expect(facts[source].speakerWord?.category == .anonymous)
        let moscow = try #require(text.tokens.indices.first { text.tokens[$0].norm == "موسكو" })
        #expect(facts[moscow].place == .feminine)
        #expect(text.tokens.indices.contains { facts.isVerbCue($0) })
    }
    /// Saudi bench (../shared/corpus/bench): a one-letter word whose stop
    /// keeps the sentence («م.» مهندس) is a title, though no list holds
    /// it; «لم» (لـ + م) is no title, nor is «م» after a number.
    @Test func aOneLetterAbbreviationIsATitle() throws {
        let text = AnalysisText("وأفاد م. الخريجي أنه لم يحضر في عام 2015 م. وقال", lexicon: .shared)
        let facts = TokenFacts(text: text, lexicon: lexicon)
        let titles = text.tokens.indices.filter { facts[$0].speakerWord?.category == .title }
        #expect(titles.map { text.tokens[$0].start } == [6])
        #expect(lexicon.speakerWord("م") == nil)
    }
}
