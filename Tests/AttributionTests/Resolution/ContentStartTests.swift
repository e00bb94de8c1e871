import Testing
import Attribution

/// `ContentStart`: where a statement's content opens.
struct ContentStartTests {
    /// «أشار إلى أن …»: the verb's preposition and the complementiser are
    /// skipped.
    @Test func theVerbsPrepositionAndTheComplementiserAreSkipped() throws {
        let p = ResolutionProbe("وأشار الوزير إلى أن المشروع سيكتمل العام المقبل.")
        #expect(try p.statement("وأشار").content.text.hasPrefix("المشروع"))
    }

    /// Asharq Al-Awsat (../shared/corpus/bench): after the complementiser
    /// or the colon a preposition is the content's own («من المتوقع»،
    /// «على المشتري»), not the verb's.
    @Test func aPrepositionAfterTheComplementiserIsContent() throws {
        let p = ResolutionProbe("""
            وتقول الصحيفة إن من المتوقع أن يسعى للحصول على موافقة البرلمان.
            ويقول الخبير: على المشتري أن يختار وكيله بعناية.
            """)
        #expect(try p.statement("وتقول").content.text.hasPrefix("من المتوقع"))
        #expect(try p.statement("ويقول").content.text.hasPrefix("على المشتري"))
    }
}
