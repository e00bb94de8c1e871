import Testing
@testable import Attribution

/// The cast is harvested lazily; whatever order it is asked in, it must
/// name the same people as one pass over the whole article.
@Suite struct CastTests {
    let lexicon = Lexicon.shared

    private func cast(_ text: AnalysisText) -> Cast {
        let cast = Cast(text: text, lexicon: lexicon, facts: TokenFacts(text: text, lexicon: lexicon))
        cast.open()
        return cast
    }

    @Test func partialHarvestsAgreeWithTheWholeArticle() throws {
        let text = AnalysisText(try SampleText.sample("asharq-moscow-idlib"), lexicon: .shared)
        let whole = cast(text).all
        #expect(!whole.isEmpty, "the seed article introduces named people with roles")
        let lazy = cast(text)
        for offset in stride(from: 0, through: text.scalars.count, by: 97) {
            let before = lazy.members(before: offset).filter { $0.span.start < offset }.map(\.span)
            #expect(before == whole.filter { $0.span.start < offset }.map(\.span), "offset \(offset)")
        }
        #expect(lazy.all.map(\.span) == whole.map(\.span))
    }

    @Test func aClosedCastNamesNobody() throws {
        let text = AnalysisText(try SampleText.sample("asharq-moscow-idlib"), lexicon: .shared)
        let closed = Cast(text: text, lexicon: lexicon, facts: TokenFacts(text: text, lexicon: lexicon))
        #expect(closed.all.isEmpty)
        #expect(closed.members(before: text.scalars.count).isEmpty)
    }
}
