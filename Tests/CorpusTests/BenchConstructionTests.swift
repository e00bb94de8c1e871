import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// Speaker constructions met in the bench corpus (`../shared/corpus/bench`,
/// research-use licence, not copied here), each on its real article, and
/// one property over the corpus's first thousand articles. Skipped when
/// the corpus is absent.
@Suite(.enabled(if: SharedCorpus.bench.isPresent, "../shared/corpus/bench is not here"))
struct BenchConstructionTests {
    /// The speaker of the statement whose cue starts the first occurrence
    /// of `anchor` in bench article `id`.
    private func speaker(_ id: String, _ anchor: String) throws -> Entity? {
        let document = try #require(BenchArticles.shared.byID[id], "no bench article \(id)")
        let analysed = Analyzer().analyze(document)
        let range = try #require(document.text.range(of: anchor), "no «\(anchor)» in \(id)")
        let offset = document.text.unicodeScalars.distance(from: document.text.startIndex, to: range.lowerBound)
        let statement = try #require(analysed.statements.first { $0.cue.start <= offset && $0.cue.end > offset },
                                     "no statement at «\(anchor)» in \(id)")
        return analysed.speaker(of: statement)
    }

    /// «من جهته يقول حسين العصيمي»: an adverbial before the verb is no
    /// subject; the speaker follows the verb.
    @Test func adverbialBeforeTheVerbIsNotTheSpeaker() throws {
        let e = try speaker("snn_2015-07-22_0514", "يقول حسين العصيمي")
        #expect(e?.name == "حسين العصيمي")
    }

    /// «وقال جنرال في القوات الجوية الأفغانية»: a rank and where it serves
    /// is an unnamed person, not a name «في القوات …».
    @Test func rankWithAnAffiliationIsAnonymous() throws {
        let e = try speaker("snn_2015-08-07_0149", "وقال جنرال")
        #expect(e?.anonymity == .anonymous)
        #expect(e?.name.hasPrefix("جنرال") == true)
    }

    /// «وقال الأستاذ في جامعة عدن، سليم الحسني»: the name after the
    /// affiliation; «الأمير على بن الحسين»: after a title على is the name.
    @Test func nameAfterATitleAndItsAffiliation() throws {
        #expect(try speaker("snn_2015-08-04_0823", "وقال الأستاذ")?.name == "سليم الحسني")
        let prince = try speaker("snn_2015-08-11_1078", "أعلن")
        #expect(prince?.name == "على بن الحسين")
        #expect(prince?.anonymity == .named)
    }

    /// «وقال العريف مسفر الخثعمي»، «تحدث الزميل الحازمي»: a rank and the
    /// press's «الزميل» are titles before the name; «الحازمي» is the
    /// surname of «الأستاذ علي الحازمي», introduced earlier.
    @Test func corporalAndColleagueAreTitles() throws {
        #expect(try speaker("snn_2015-08-04_1317", "وقال العريف")?.name == "مسفر الخثعمي")
        #expect(try speaker("snn_2015-07-21_2908", "تحدث الزميل")?.name == "علي الحازمي")
    }

    /// «واتفق وكيل جامعة نجران الدكتور محمد علي الالمعي مع مدير جامعة
    /// المجمعة …، مشددًا»: «مع» ends the speaker phrase; «وقال ياروسلاف
    /// شيبورني وهو متحدث عسكري آخر …»: so does a clause about him.
    @Test func withAndAClauseAboutTheSpeakerEndTheSpeakerPhrase() throws {
        let e = try speaker("snn_2015-08-06_2272", "مشددًا على الحرص")
        #expect(e?.name == "محمد علي الالمعي")
        #expect(try speaker("snn_2015-08-11_0277", "قال ياروسلاف")?.name == "ياروسلاف شيبورني")
    }

    /// «وتابع قائلا: «…»»: the ḥāl participle is no subject; the statement
    /// is the participle's, and its speaker the one reported before.
    @Test func halParticipleIsNotTheSpeaker() throws {
        let e = try speaker("snn_2015-07-21_0015", "قائلا: «المحاصرون")
        #expect(e?.name == "جعفر محمد سعد")
    }

    /// «أوضح ذلك المتحدث الرسمي …»: ذلك is the object, the subject follows;
    /// «وأرجع ذلك إلى …»: a demonstrative alone is no speaker.
    @Test func demonstrativeObjectIsNotTheSpeaker() throws {
        let spokesman = try speaker("snn_2015-08-06_1539", "أوضح ذلك")
        #expect(spokesman?.name.hasPrefix("المتحدث الرسمي") == true)
        #expect(try speaker("snn_2015-08-09_0679", "وأرجع ذلك")?.name != "ذلك")
    }

    /// «يقول أحد المسؤولين الكبار في الاستخبارات»: one unnamed member of a
    /// group is anonymous; «حسبما أعلن مدعي عام الحكمة مباكي فال»: the
    /// prosecutor is an office, and the name follows it.
    @Test func oneOfAGroupIsAnonymousAndAProsecutorIsAnOffice() throws {
        #expect(try speaker("snn_2015-08-06_0513", "يقول أحد المسؤولين")?.anonymity == .anonymous)
        #expect(try speaker("snn_2015-07-21_0131", "حسبما أعلن مدعي")?.name == "مباكي فال")
    }

    /// «يتم آلياً وفق معايير محددة»: a frame over a rule or standard names
    /// no source, and the pro-drop «وقال» after it goes back to the person
    /// quoted before, not to «معايير».
    @Test func frameOverAStandardIsNoStatement() throws {
        let document = try #require(BenchArticles.shared.byID["snn_2015-07-21_2659"])
        let analysed = Analyzer().analyze(document)
        #expect(!analysed.statements.contains { $0.cue.text == "وفق" })
        #expect(try speaker("snn_2015-07-21_2659", "وقال في حواره")?.name == "أحمد الشعيبي")
    }

    /// Over the first thousand articles, no speaker's name opens with a
    /// preposition, a pronoun after و or a negation (there were a dozen:
    /// «من جهته»، «إلى ذلك»، «في عام 2006»، «مع عبور»، «وهو يهز رأسه»).
    /// «على» opens one only as the name Ali.
    /// Nor is any speaker a bare demonstrative or a ḥāl participle (there
    /// were 80: «قائلا» 50, «ذلك» 12, «قائلاً» 10 …), nor has a name an
    /// unpaired quotation mark or bracket.
    @Test func speakerNamesAreCleanOverTheFirstThousandArticles() {
        let functionWords = ["في", "من", "عن", "إلى", "الى", "لدى", "منذ", "حول", "خلال", "مع", "عند", "وهو", "وهي", "لا", "بل"]
        let prepositions = Set(functionWords + functionWords.map { "و" + $0 })
        let things: Set<String> = ["ذلك", "هذا", "هذه", "تلك", "لذلك", "قائلا", "قائلاً", "قائلة", "موضحا", "مؤكدا", "مضيفا", "مشيرا"]
        var offenders: [String] = []
        for document in BenchArticles.shared.first {
            let analysed = Analyzer().analyze(document)
            for statement in analysed.statements {
                guard let name = analysed.speaker(of: statement)?.name,
                      let first = name.split(separator: " ").first,
                      prepositions.contains(String(first)) || things.contains(name) || !hasPairedMarks(name) else { continue }
                offenders.append("\(document.id): «\(statement.cue.text)» \(name)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders.count) speakers: \(offenders.prefix(10).joined(separator: "; "))")
    }

    /// Quotation marks and brackets in pairs (a name cut inside a quotation
    /// left «رويترز"» and «(وام» on 2,379 statements of the corpus).
    private func hasPairedMarks(_ name: String) -> Bool {
        let count = { (mark: Character) in name.filter { $0 == mark }.count }
        return count("\"") % 2 == 0 && count("«") == count("»") && count("(") == count(")") && count("“") == count("”")
    }
}

/// The bench articles the tests ask for, read once as the command reads
/// the corpus: the first thousand, and a few by id.
final class BenchArticles: Sendable {
    static let shared = BenchArticles()

    static let wanted: Set<String> = [
        "snn_2015-07-22_0514", "snn_2015-08-07_0149", "snn_2015-08-04_0823", "snn_2015-08-11_1078",
        "snn_2015-08-04_1317", "snn_2015-07-21_2908", "snn_2015-08-06_2272", "snn_2015-07-21_0015",
        "snn_2015-08-06_1539", "snn_2015-08-09_0679", "snn_2015-08-06_0513", "snn_2015-07-21_0131",
        "snn_2015-08-11_0277", "snn_2015-07-21_2659",
    ]

    let first: [SourceDocument]
    let byID: [String: SourceDocument]

    private init() {
        var first: [SourceDocument] = []
        var byID: [String: SourceDocument] = [:]
        if let reader = try? InputReader(paths: [SharedCorpus.bench.url.path]) {
            let iterator = reader.makeIterator()
            while let item = try? iterator.next() {
                guard case .document(let document) = item else { continue }
                if first.count < 1000 { first.append(document) }
                if Self.wanted.contains(document.id) { byID[document.id] = document }
            }
        }
        self.first = first
        self.byID = byID
    }
}
