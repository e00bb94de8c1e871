import Testing
import Attribution

@Suite struct LexiconTests {
    let lexicon = Lexicon.shared

    @Test func derivesPersonsOfReportingVerbs() throws {
        let qalat = try #require(lexicon.verbForms["قالت"])
        #expect(qalat.lemma == "قال" && qalat.gender == .feminine)
        let yaqulun = try #require(lexicon.verbForms["يقولون"])
        #expect(yaqulun.number == .plural)
        let mudifa = try #require(lexicon.verbForms["مضيفة"])
        #expect(mudifa.shape == .participle && mudifa.gender == .feminine)
        #expect(lexicon.verbForms["قيل"]?.shape == .passive)
    }

    @Test func speakerWordsFoundWithArticleAndClitics() {
        #expect(lexicon.speakerWord("المصادر")?.category == .anonymous)
        #expect(lexicon.speakerWord("لوزارة")?.category == .institution)
        #expect(lexicon.place("موسكو") == .feminine)
    }
}
