import Testing
import TestSupport
@testable import Attribution

/// The gazetteer of given names (`names-gazetteer.tsv`, sources in
/// `Resources/Lexicon/SOURCES.md`): foreign given names as Arabic news
/// spells them open a personal name, so a foreign full name is a named
/// person and its surname alone, later, the same person.
struct GazetteerTests {
    private let lexicon = Lexicon.shared

    private func given(_ word: String) -> Gender? {
        lexicon.givenNames[ArabicNormalizer.normalize(word)]
    }

    /// Rows of the second file land in the same table as names.tsv, with
    /// their gender; names.tsv rows are still there.
    @Test func gazetteerRowsAreGivenNames() {
        #expect(given("جوناثان") == .masculine)
        #expect(given("أنغيلا") == .feminine)
        #expect(given("غافين") == .masculine)
        #expect(given("كوندوليزا") == .feminine)
        #expect(given("محمد") == .masculine)
        #expect(given("سيرغي") == .masculine)
    }

    /// Words that are names but far more often common words are not in
    /// the table: «سلفاً» (in advance), «مولود» (newborn), «عاهد» (he
    /// pledged) would open a name in «وقال سلفا …», «أمين» the office in
    /// «وقال أمين عام المجلس …». Nor are names the corpora write as often
    /// as a family name («سعيد سرحان»).
    @Test func homographsAndFamilyNamesAreLeftOut() {
        for word in ["سلفا", "مولود", "عاهد", "بيان", "خطاب", "بطل", "إمام", "أمين", "أسماء", "مالك", "يسري", "سرحان", "جواد"] {
            #expect(given(word) == nil, "\(word)")
        }
    }

    /// «وقال أمين عام مجلس التنمية السياحية المهندس محمد العمرة إن …»: the
    /// office is not a name, the engineer's name is.
    @Test func secretaryGeneralIsAnOfficeNotAName() throws {
        let text = "وقال أمين عام مجلس التنمية السياحية المهندس محمد العمرة إن المهرجان يبدأ غداً."
        let doc = Analyzer().analyze(SourceDocument(id: "a", text: text))
        let said = try #require(doc.statements.first)
        let speaker = try #require(doc.speaker(of: said))
        #expect(speaker.name.hasSuffix("محمد العمرة"))
        #expect(!speaker.name.hasPrefix("أمين"))
    }

    /// «وقال وزير الدفاع البريطاني غافين ويليامسون إن …» then «وأكد
    /// ويليامسون أن …»: the given name opens the name after the office, and
    /// the bare surname is the same person.
    @Test func foreignNameAfterAnOfficeThenTheSurnameAlone() throws {
        let text = """
        لندن تنشر قوات إضافية

        وقال وزير الدفاع البريطاني غافين ويليامسون إن بلاده سترسل قوات إضافية إلى المنطقة.
        وأكد ويليامسون أن القرار نهائي.
        """
        let doc = Analyzer().analyze(SourceDocument(id: "g", text: text))
        let said = try #require(doc.statement(at: "وقال وزير", in: text))
        let speaker = try #require(doc.speaker(of: said))
        #expect(speaker.name.hasSuffix("غافين ويليامسون"))
        #expect(speaker.anonymity == .named)
        let confirmed = try #require(doc.statement(at: "وأكد ويليامسون", in: text))
        #expect(doc.speaker(of: confirmed)?.id == speaker.id)
    }

    /// dev-ant, CNN technology: «واضاف جوناثان مورغان، مؤسس شركة "New
    /// Knowledge" …، أنه …» then «وأكد مورغان على أن …»: a foreign full name
    /// with its apposition is a named person, and the surname alone later
    /// is that person, not an anonymous group (-ان looks like a dual).
    @Test(.enabled(if: SharedCorpus.devAnt.isPresent, "needs ../shared/corpus/dev-ant"))
    func foreignFullNameThenSurnameOnDevAnt() throws {
        let id = "ant_CN-technology-61-20180318"
        let text = try SampleText.devAnt(id)
        let doc = Analyzer().analyze(SourceDocument(id: id, text: text))
        let added = try #require(doc.statement(at: "واضاف جوناثان", in: text))
        let speaker = try #require(doc.speaker(of: added))
        #expect(speaker.name.contains("جوناثان مورغان"))
        #expect(speaker.anonymity == .named)
        #expect(speaker.kind == .person)
        let confirmed = try #require(doc.statement(at: "وأكد مورغان", in: text))
        #expect(doc.speaker(of: confirmed)?.id == speaker.id)
    }
}
