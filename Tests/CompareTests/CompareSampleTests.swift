import Attribution
@testable import Compare
import Foundation
import Testing

/// `compare` on the three takes on one story in `Samples/`: the seed (mixed
/// sourcing), anon-sources (anonymous) and named-sources (named).
@Suite struct CompareSampleTests {
    let c = CompareSupport.sampleComparison

    private func side(_ id: String) throws -> ComparisonSide { try #require(c.sides.first { $0.name == id }) }

    private func names(_ ids: [String]) -> Set<String> { Set(ids.compactMap { c.speaker($0)?.name }) }

    @Test func sidesAreTheArticlesInInputOrder() {
        #expect(c.sides.map(\.name) == ["asharq-moscow-idlib", "anon-sources-idlib", "named-sources-idlib"])
    }

    @Test func theSpokesmanIsSharedHoweverSpelled() throws {
        // Both the seed and the named take also relay Walid al-Muallem;
        // the seed («إعلان أنقرة عن بدء عملية عسكرية», a nominal report)
        // and the anonymous take («العملية العسكرية التي أعلنت أنقرة
        // بدءها») both report Ankara's announcement.
        #expect(names(c.shared) == ["إيغر كوناشينكوف", "وليد المعلم", "أنقرة"])
        let spokesman = try #require(c.speakers.first { $0.name == "إيغر كوناشينكوف" })
        #expect(spokesman.articles == ["asharq-moscow-idlib", "named-sources-idlib"])
        #expect(spokesman.forms.contains("الجنرال إيغور كوناشنكوف، المتحدث باسم وزارة الدفاع الروسية"))
        #expect(spokesman.forms.contains("المتحدث الرسمي باسم الوزارة"))
    }

    @Test func uniqueSpeakersPerArticle() throws {
        let seed = names(try side("asharq-moscow-idlib").unique)
        #expect(seed.isSuperset(of: ["مصدر من موسكو", "الكرملين", "وزارة الدفاع الروسية"]))
        let anon = names(try side("anon-sources-idlib").unique)
        #expect(anon.isSuperset(of: ["مسؤول عسكري روسي", "مصدر مطلع", "مصادر دبلوماسية في موسكو", "ناشطون"]))
        let named = names(try side("named-sources-idlib").unique)
        #expect(named.isSuperset(of: ["سيرغي لافروف", "دميتري بيسكوف", "وزارة الدفاع التركية"]))
        #expect(!named.contains("إيغر كوناشينكوف") && !named.contains("إيغور كوناشنكوف"))
    }

    @Test func anonymousSourcesAreNeverShared() {
        #expect(c.shared.compactMap { c.speaker($0) }.allSatisfy { $0.isIdentified })
    }

    @Test func overlapIsJaccardOfIdentifiedSpeakers() throws {
        let seed = try #require(c.sides.firstIndex { $0.name == "asharq-moscow-idlib" })
        let named = try #require(c.sides.firstIndex { $0.name == "named-sources-idlib" })
        let anon = try #require(c.sides.firstIndex { $0.name == "anon-sources-idlib" })
        #expect(c.overlap.shared[seed][named] == 2)
        #expect(c.overlap.jaccard[seed][named] > 0 && c.overlap.jaccard[seed][named] < 0.5)
        // Ankara's announcement is their only identified speaker in common.
        #expect(c.overlap.shared[seed][anon] == 1)
        #expect(c.overlap.jaccard[seed][anon] > 0 && c.overlap.jaccard[seed][anon] < c.overlap.jaccard[seed][named])
        #expect(c.overlap.jaccard[seed][seed] == 1)
    }

    @Test func anonymityProfiles() throws {
        #expect(try side("anon-sources-idlib").anonymity.hiddenShare > 0.7)
        // The named take's only unnamed voice is relayed by Peskov: «إن
        // المشاركين «أشادوا …»» (the participants of the council meeting).
        #expect(try side("named-sources-idlib").anonymity.hiddenShare < 0.1)
        let seed = try side("asharq-moscow-idlib").anonymity.hiddenShare
        #expect(seed > 0.2 && seed < 0.6)
    }

    /// The claim the seed gives the named spokesman, anon-sources gives to
    /// «مسؤول عسكري روسي، فضّل عدم ذكر اسمه».
    @Test func eightyMilitantsNamedInTheSeedAnonymousElsewhere() throws {
        let d = try #require(c.divergences.first { $0.first.article == "anon-sources-idlib" && $0.second.article == "asharq-moscow-idlib" })
        #expect(d.kind == .anonymousVersusNamed)
        #expect(d.first.speakerName == "مسؤول عسكري روسي" && d.first.anonymity == .anonymous)
        #expect(d.second.speakerName == "إيغر كوناشينكوف" && d.second.anonymity == .named)
        #expect(d.first.content.contains("80") && d.second.content.contains("80"))
    }

    /// The claim the seed gives «مصدر من موسكو», named-sources puts in Lavrov's mouth.
    @Test func deEscalationClaimAnonymousInTheSeedLavrovElsewhere() throws {
        let d = try #require(c.divergences.first {
            $0.first.article == "asharq-moscow-idlib" && $0.second.article == "named-sources-idlib"
                && $0.first.speakerName == "مصدر من موسكو"
        })
        #expect(d.kind == .anonymousVersusNamed && d.similarity == 1)
        #expect(d.second.speakerName == "سيرغي لافروف")
        #expect(d.first.content.contains("خفض التصعيد"))
    }

    /// «نقلت وكالة تاس عن كوناشنكوف قوله …» against Konashenkov's own words
    /// is the same attribution.
    @Test func relaysAreNotDivergences() {
        #expect(!c.divergences.contains { $0.first.speakerName.contains("تاس") || $0.second.speakerName.contains("تاس") })
        #expect(c.agreements >= 1)
    }

    @Test func byOutletPoolsArticles() {
        var digests = CompareSupport.samples
        for i in digests.indices { digests[i].document.outlet = i == 0 ? "الشرق الأوسط" : "team" }
        let byOutlet = StoryComparison(digests, by: .outlet)
        #expect(byOutlet.sides.map(\.name) == ["الشرق الأوسط", "team"])
        #expect(byOutlet.sides[1].articles == ["anon-sources-idlib", "named-sources-idlib"])
        // Within one outlet nothing diverges; across, the 80-militants claim still does.
        #expect(byOutlet.divergences.allSatisfy { $0.first.side != $0.second.side })
        #expect(byOutlet.divergences.contains { $0.first.speakerName == "مسؤول عسكري روسي" })
    }

    @Test func outputIsDeterministic() throws {
        let again = StoryComparison(CompareSupport.samples, by: .article)
        #expect(try ComparisonJSON.encode(again) == ComparisonJSON.encode(c))
    }
}
