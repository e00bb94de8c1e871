import Attribution
@testable import Compare
import Foundation
@testable import QuoteGraphCore
import TestSupport
import Testing

/// Cross-article speaker merging on real name variants from the dev articles
/// (`../shared/corpus/dev`); skipped when it is absent.
@Suite(.enabled(if: SharedCorpus.dev.isPresent, "../shared/corpus/dev is absent"))
struct CompareDevNameTests {
    /// «وزير الخارجية الأستاذ عادل بن أحمد الجبير» (title, honorific and
    /// father's name) and «عادل الجبير»: one speaker, both forms kept.
    @Test func foreignMinisterWithAndWithoutTitleAndFathersName() throws {
        let digests = try CompareSupport.dev(["snn_2015-08-10_1202", "snn_2015-08-11_0101"])
        let resolution = SpeakerResolution(digests.map(\.document))
        let jubeir = resolution.speakers.filter { $0.forms.contains { $0.contains("الجبير") } }
        try #require(jubeir.count == 1)
        #expect(jubeir[0].articles == ["snn_2015-08-10_1202", "snn_2015-08-11_0101"])
        #expect(jubeir[0].forms.contains { $0.contains("عادل بن أحمد الجبير") })
        #expect(jubeir[0].forms.contains { $0.hasSuffix("عادل الجبير") })
    }

    /// Names as two dev articles write them, merged by the real merger:
    /// entities built from the text so the test does not hang on what the
    /// analyser makes of the sentence around them.
    private func merge(_ names: [(article: String, name: String)]) throws -> [[String]] {
        var occurrences: [SpeakerOccurrence] = []
        for (n, item) in names.enumerated() {
            let text = try String(contentsOf: SharedCorpus.dev.url.appendingPathComponent("\(item.article).txt"),
                                  encoding: .utf8)
            try #require(text.contains(item.name), "«\(item.name)» is not in \(item.article)")
            occurrences.append(SpeakerOccurrence(document: n, documentID: item.article, entity: Entity(
                id: "e\(n + 1)", name: item.name, kind: .person, anonymity: .named)))
        }
        var merger = SpeakerMerger(occurrences, lexicon: .shared)
        return merger.speakers().map { $0.map { occurrences[$0].entity.name } }
    }

    /// Nouri al-Maliki (Iraq) and Osama al-Maliki (a student in Jeddah):
    /// one family name, two people, and a bare «المالكي» could be either.
    @Test func twoPeopleWithOneFamilyNameStayApart() throws {
        let groups = try merge([("snn_2015-07-24_0348", "نوري المالكي"),
                                ("snn_2015-08-08_0314", "أسامة المالكي"),
                                ("snn_2015-07-24_0348", "المالكي")])
        #expect(groups.count == 3)
    }

    /// With only Nouri al-Maliki in view, the bare surname is his.
    @Test func bareSurnameJoinsTheOnlyFullName() throws {
        let groups = try merge([("snn_2015-07-24_0348", "الرئيس نوري المالكي"),
                                ("snn_2015-07-24_0348", "المالكي")])
        #expect(groups.count == 1)
    }

    /// «أحمد داود أوغلو» and «داود أوغلو» (compound family name), in two articles.
    @Test func compoundFamilyName() throws {
        let groups = try merge([("snn_2015-07-25_0475", "أحمد داود أوغلو"),
                                ("snn_2015-08-10_1057", "أحمد داود أوغلو"),
                                ("snn_2015-07-25_0475", "داود أوغلو")])
        #expect(groups.count == 1)
    }

    /// «رؤوفين ريفيلين» and «ريفلين»: a transliteration spelled two ways.
    @Test func transliterationVariants() throws {
        let groups = try merge([("snn_2015-08-08_1062", "رؤوفين ريفيلين"), ("snn_2015-08-08_1062", "ريفلين")])
        #expect(groups.count == 1)
    }
}
