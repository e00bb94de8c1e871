import Foundation
import Testing
@testable import Attribution

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
        // A lemma in ى: the feminine is the listed «رأت»، «نفت»; «رأى» + ت
        // would be «رأيت» (I saw, and the name «رايت»); the dual is «نفيا».
        #expect(lexicon.verbForms[ArabicNormalizer.normalize("رأت")]?.gender == .feminine)
        #expect(lexicon.verbForms[ArabicNormalizer.normalize("رأيت")] == nil)
        #expect(lexicon.verbForms[ArabicNormalizer.normalize("نفيا")]?.lemma == ArabicNormalizer.normalize("نفى"))
    }

    @Test func speakerWordsFoundWithArticleAndClitics() {
        #expect(lexicon.speakerWord("المصادر")?.category == .anonymous)
        #expect(lexicon.speakerWord("لوزارة")?.category == .institution)
        #expect(lexicon.place("موسكو") == .feminine)
    }

    @Test func pluralHeadsStandForTheirSingular() {
        #expect(lexicon.singularHeads["مصادر"] == "مصدر")
        #expect(lexicon.singularHeads["مسئول"] == "مسؤول")
        #expect(lexicon.singularHeads["مصدر"] == nil)
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

    @Test func wordRolesAreTypedAndAWordMayPlaySeveral() {
        let fi = lexicon.roles("في")
        #expect(fi.contains(.sourcePlace) && fi.contains(.notOpener) && fi.contains(.closesClause))
        #expect(!fi.contains(.boundary))
        #expect(lexicon.roles(ArabicNormalizer.normalize("إلى")).contains(.boundary))
        #expect(lexicon.roles("ولا").contains(.clauseOpener))
        let ma = lexicon.roles("ما")
        #expect(ma.contains(.namedAsOpener) && ma.contains(.relativeMa) && ma.contains(.frameRelative))
        #expect(lexicon.roles("بما").contains(.relativeMa) && !lexicon.roles("لما").contains(.relativeMa))
        #expect(lexicon.roles("مصدر") == [])
        #expect(lexicon.hasSuffix("صلتها", .adjunctPossessive))
        #expect(!lexicon.hasSuffix("خطبته", .adjunctPossessive) && lexicon.hasSuffix("خطبته", .commonPossessive))
        #expect(lexicon.suffix(of: "مصادرنا", .headPossessive) == "نا")
        #expect(lexicon.words(.recipientPronoun) == ["له", "لها", "لهم", "لنا", "لكم", "لي"])
        #expect(WordRole(name: "clauseopener") == .clauseOpener && WordRole.clauseOpener.name == "clauseopener")
    }

    /// The word lists that were Swift sets in `PersonName`, `NameKeys`
    /// and Compare's `MatchingWords`, now roles of roles.tsv: the same
    /// words, as normalised keys.
    @Test func nameAndMatchingRolesAreTheWordListsTheyReplaced() {
        func words(_ role: WordRole) -> Set<String> { Set(lexicon.words(role)) }
        #expect(words(.nameCompound) == ["عبد", "ابو", "ابي", "ابا", "ال", "ام"])
        #expect(words(.nasab) == ["بن", "ابن", "بنت"])
        #expect(words(.titleLink) == ["باسم", "في", "عن", "و"])
        #expect(words(.nameTitle) == ["الملا", "ملا", "الحاج", "حاج", "الامام", "معاليه", "سموه"])
        #expect(words(.afterName) == ["قوله", "قولها", "قولهم", "قولهما", "امس", "اليوم"])
        #expect(words(.notNameWord) == ["من", "في", "باسم", "عن", "علي", "لدي", "الي", "و", "بن"])
        #expect(words(.rootInitial) == ["وزير", "وزيرة", "وزارة", "وكالة", "وفد", "وقف", "وضع", "وقت", "وجود", "وحدات",
                                         "وفاة", "فصائل", "فريق", "فترة"])
        let stop = words(.matchStop)
        #expect(stop.count == 76)
        #expect(["في", "علي", "الي", "حتي", "ان", "ايضا", "قال", "اكدت", "امس", "ب", "ك"].allSatisfy(stop.contains))
        #expect(!stop.contains("على") && !stop.contains("وزير"))
    }

    /// «المتحدث باسم وزارة الخارجية»: the function words of role
    /// `notnameword` are no part of the name's key.
    @Test func aNameKeyLeavesOutTheFunctionWordsOfItsRole() {
        #expect(EntityRegistry.nameKey("المتحدث باسم وزارة الخارجية") == ["متحدث", "وزاره", "خارجيه"])
        #expect(EntityRegistry.nameKey("مصدر في وزارة الدفاع") == ["مصدر", "وزاره", "دفاع"])
    }

    /// The load errors of roles.tsv, each naming the file and the line.
    @Test(arguments: [
        ("ومضى\tclauseopenr", "unknown word role «clauseopenr» (see WordRole)"),
        ("ومضى\tboundary\t", "empty role column (a stray tab?)"),
        ("ومضى\tboundary\tboundary", "role «boundary» given twice"),
        ("ومضى\tadjunctpossessive", "«adjunctpossessive» is a suffix role: write the suffix with a leading - («-ها»)"),
        ("-كم\tboundary", "«boundary» is a word role, not a suffix role"),
        ("ما يعرف\tboundary", "«ما يعرف»: a role is given to one word, or to one suffix written «-ها»"),
    ])
    func malformedRoleRowIsALoadErrorNamingFileAndLine(row: String, message: String) throws {
        let (dir, line) = try lexiconCopy(appending: row, to: "roles.tsv")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            _ = try Lexicon(directory: dir)
        } throws: { error in
            "\(error)" == "roles.tsv:\(line): \(message)"
        }
    }

    @Test func wordListedTwiceInRolesIsALoadError() throws {
        let (dir, line) = try lexiconCopy(appending: "في\tboundary", to: "roles.tsv")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            _ = try Lexicon(directory: dir)
        } throws: { error in
            "\(error)".hasPrefix("roles.tsv:\(line): «في» is listed already on line ")
        }
    }

    /// A copy of the bundled lexicon with `row` appended to `file`, and
    /// the line number of that row.
    private func lexiconCopy(appending row: String, to file: String) throws -> (URL, Int) {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try fm.copyItem(at: Lexicon.bundledDirectory(), to: dir)
        let url = dir.appendingPathComponent(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += row + "\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (dir, line)
    }

    /// speakers.tsv, verbs.tsv and honorifics.tsv name the file and line of a
    /// wrong row too.
    @Test(arguments: [
        ("speakers.tsv", "العميد\ttitel\tm\ts", "unknown speaker category «titel» (see SpeakerWord.Category)"),
        ("speakers.tsv", "العميد\ttitle\tM\ts", "gender must be m or f, not «M»"),
        ("speakers.tsv", "العميد\ttitle\tm", "expected 4 columns: word, category, gender, number"),
        ("speakers.tsv", "مصادرهم\tanonymous\tf\tn\tمصدرهم", "singular «مصدرهم» is not a word of speakers.tsv"),
        ("verbs.tsv", "نوه\tينوه\tمنوها\t-\tclause\twarns", "unknown verb class «warns» (one of say, add, assert, deny, opinion, directive, stance, relay, reveal, warn, expect, accuse, hedge, reply, learn)"),
        ("verbs.tsv", "نوه\tينوه\tمنوها\tclause\twarn", "expected 6 columns: lemma, imperfect, participle, extra, complement, class"),
        ("honorifics.tsv", "حضرته\tسمو\t-", "«حضرته» is not an honorific of words.tsv"),
        ("honorifics.tsv", "سموه\tسمو", "expected 3 tab-separated columns"),
        ("verbs.tsv", "نوه\tينوه\tمنوها\t-\tclause|objects\twarn", "unknown complement «objects» (a preposition or one of any, clause, strict, content, object, copula, saying, masdar, fact, became, adjective)"),
    ])
    func wrongSpeakerOrVerbRowIsALoadErrorNamingFileAndLine(file: String, row: String, message: String) throws {
        let (dir, line) = try lexiconCopy(appending: row, to: file)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            _ = try Lexicon(directory: dir)
        } throws: { error in
            "\(error)" == "\(file):\(line): \(message)"
        }
    }

    /// A word listed twice in speakers.tsv (after normalisation) is a load
    /// error naming the second line and the first, as in roles.tsv.
    @Test func aSpeakerWordListedTwiceIsALoadError() throws {
        let (dir, line) = try lexiconCopy(appending: "مصدر\trole\tm\ts", to: "speakers.tsv")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            _ = try Lexicon(directory: dir)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("speakers.tsv:\(line): «مصدر» is listed already on line ") && text.hasSuffix(": one row per word")
        }
    }
}
