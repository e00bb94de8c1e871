@testable import Attribution

/// One news sentence prepared for running a speaker stage on it alone:
/// its `AnalysisText`, its `TokenFacts`, and the stages made on them.
///
///     let s = StageSentence("وقال مصدر مطلع لسكاي نيوز عربية إن المفاوضات متعثرة.")
///     s.parser.forward(from: s.index("مصدر"), sentence: 0).phrase   // «مصدر مطلع»
struct StageSentence {
    let text: AnalysisText
    let facts: TokenFacts
    let lexicon = Lexicon.shared

    init(_ sentence: String) {
        text = AnalysisText(sentence, lexicon: lexicon)
        facts = TokenFacts(text: text, lexicon: lexicon)
    }

    var parser: SpeakerPhraseParser { SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts) }
    var classifier: MentionClassifier { MentionClassifier(text: text, lexicon: lexicon, facts: facts) }

    /// The index of the first token written `word`.
    func index(_ word: String) -> Int {
        guard let i = text.tokens.firstIndex(where: { $0.text == word }) else {
            preconditionFailure("no token «\(word)» in «\(text.text(0, text.tokens.count - 1))»")
        }
        return i
    }

    /// The words of a token range as written.
    func words(_ range: ClosedRange<Int>?) -> String? {
        range.map { text.text($0.lowerBound, $0.upperBound) }
    }

    /// The tokens from `first` to `last` (both written as in the sentence).
    func range(_ first: String, _ last: String) -> ClosedRange<Int> { index(first)...index(last) }
}
