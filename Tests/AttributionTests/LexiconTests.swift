import Foundation
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

    @Test func wordCategoriesAreTyped() {
        #expect(lexicon.category(ArabicNormalizer.normalize("بأن")) == .complementiser)
        #expect(lexicon.category("مقتل") == .objectNoun)
        #expect(lexicon.derivedCategory("وذلك") == .demonstrative)
    }

    /// A misspelt category in words.tsv stops the load with the file and
    /// line, instead of a word that silently never matches.
    @Test func unknownWordCategoryIsALoadErrorNamingFileAndLine() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try fm.copyItem(at: Lexicon.bundledDirectory(), to: dir)
        defer { try? fm.removeItem(at: dir) }
        let words = dir.appendingPathComponent("words.tsv")
        var text = try String(contentsOf: words, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "ومضى\tauxilary\n"
        try text.write(to: words, atomically: true, encoding: .utf8)
        #expect {
            _ = try Lexicon(directory: dir)
        } throws: { error in
            "\(error)" == "words.tsv:\(lines): unknown word category «auxilary» (see WordCategory)"
        }
    }
}
