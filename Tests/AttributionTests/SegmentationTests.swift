import Foundation
import TestSupport
import Testing
@testable import Attribution

/// The tokenizer, the quotation scanner and the mark tests read bytes and
/// scalars for speed; they must give what their scalar-by-scalar and
/// `Character` definitions give (`ReferenceSegmentation`), on real articles
/// and on hostile text.
@Suite struct SegmentationTests {
    /// Scalars that tempt a byte-level shortcut: canonical singletons
    /// (U+037E is «;», U+2000 is U+2002, U+212A is K), combining marks alone
    /// and inside words, invisible controls, NUL, line and paragraph
    /// separators, presentation forms, astral scalars, Latin capitals.
    static let hostile: [String] = [
        "", " ", "\u{0}", "a\u{0}b", "قال\u{0}", "\u{037E}", "قال\u{037E} «هذا»", "\u{2000}\u{2001}x", "\u{212A}elvin \u{212B}",
        "\u{301}", "\u{301}قال", "قال\u{301}", "ق\u{301}ال", "\u{651}", " \u{651} ", "ﻻ ﷲ ﴿الآية﴾", "😀قال😀", "\u{10FFFF}",
        "\u{200F}قال\u{202E} \u{202A}وأضاف\u{202C}", "\u{200B}\u{200C}\u{200D}", "قا\u{200D}ل", "\u{FEFF}بسم", "ب\u{FEFF}سم",
        "\u{AD}-\u{AD}", "ق\u{AD}ال", "\u{61C}قال", "ق\u{61C}ال", "سطر\r\nسطر\u{2029}فقرة\u{2028}ثم\u{85}بعد\u{B}\u{C}",
        "Latin ABC xyz, DEF.", "٣٤٥ ١٢٫٥٪", "11.25 و٣.٥ و1. 2 و.5", "أكّد مضيفاً: «إن الأمر ليس كذلك».", "قال: \"نعم\" و“لا” و„ربما“ و″هنا″",
        "«««»»»", "»«", "«غير مغلق\nسطر", "تحدث .. جورجيوس : قوة", "عنوان … ثم | آخر", "د. محمد قال.", "x\u{FF1A}y", "a:\u{338}b",
        "؟!؛،", ".\u{301}", "\u{600}قال", "قال\u{6DD}", "\u{8A0}\u{FB50}\u{FE70}\u{FEFC}\u{FEFD}", "\u{2066}\u{2069}",
        "ـ لـ«الشرق الأوسط»", "\u{640}\u{640}", "A\u{30A} \u{C5} \u{212B}",
        "العربية.نت».\"", "سي.إن.إن.", "لماذا؟!» قال", "مؤقتا...\"وقال", "كلم.لذلك", "a.b.", "د.5 و5.د", "قال.\u{200F}و",
        "ب.\u{651}ب", "كلم.ومن", "بيت.كوم!)] ثم", "\"!\"", ".»\n»",
        "قال رئيس #صندوق_الثروة_السيادية_الصيني.", "#_#", "_قال_", "a_b#c",
    ]

    /// Deterministic noise over an alphabet of the above and plain letters.
    static let random: [String] = {
        let alphabet: [Unicode.Scalar] = Array("قالوزير أكّد «»“”„\"″:،.؟!؛,|…-–—/\n\r".unicodeScalars)
            + ["\u{0}", "\u{037E}", "\u{2000}", "\u{301}", "\u{651}", "\u{200F}", "\u{FEFF}", "\u{AD}", "\u{61C}", "\u{2029}",
               "\u{FEFB}", "\u{1F600}", "A", "z", "5", "\u{660}", "\u{212A}", "\u{640}", "\u{622}", "\u{649}", "\u{6CC}"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        return (0..<300).map { _ in
            var view = String.UnicodeScalarView()
            for _ in 0..<80 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                view.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            return String(view)
        }
    }()

    static var articles: [String] {
        var texts = (try? [SampleText.sample("asharq-moscow-idlib")]) ?? []
        if SharedCorpus.dev.isPresent, let names = try? FileManager.default.contentsOfDirectory(atPath: SharedCorpus.dev.url.path) {
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let text = try? SampleText.dev(String(name.dropLast(4))) { texts.append(text) }
            }
        }
        return texts
    }

    /// Tokens compared field by field, strings by their bytes (`==` on
    /// `String` would forgive a canonically equivalent difference).
    static func same(_ a: [Token], _ b: [Token]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            Array(x.text.utf8) == Array(y.text.utf8) && Array(x.norm.utf8) == Array(y.norm.utf8) && x.start == y.start
                && x.end == y.end && x.kind == y.kind && x.sentence == y.sentence && x.paragraph == y.paragraph
                && x.startsLine == y.startsLine
        }
    }

    @Test func tokenizerIsItsDefinition() {
        #expect(Self.articles.count > (SharedCorpus.dev.isPresent ? 50 : 0))
        for text in Self.hostile + Self.random + Self.articles {
            var scalars: [Unicode.Scalar] = []
            let tokens = Tokenizer.tokenize(text, scalars: &scalars)
            #expect(scalars == Array(text.unicodeScalars))
            #expect(Self.same(tokens, ReferenceSegmentation.tokenize(text)), "\(text.debugDescription)")
        }
    }

    /// «11.25»، «٣.٥»: a full stop between digits is a decimal point and
    /// ends no sentence; after a number at the end of a sentence it does.
    @Test func aDecimalPointEndsNoSentence() {
        let tokens = Tokenizer.tokenize("ارتفع المؤشر 11.25 نقطة. وبلغ العجز ٣.٥ مليار دولار في عام 2017. وقال الوزير")
        #expect(Set(tokens.map(\.sentence)) == [0, 1, 2])
        #expect(tokens.first { $0.text == "نقطة" }?.sentence == 0)
        #expect(tokens.first { $0.text == "مليار" }?.sentence == 1)
        #expect(tokens.last?.sentence == 2)
    }

    /// «المباريات؟!»، «مؤقتا...»: a run of sentence marks ends one
    /// sentence, after the whole run.
    @Test func aRunOfMarksEndsOneSentence() {
        let tokens = Tokenizer.tokenize("فما الفائدة من حضورهم ما داموا لا يشاركون في المباريات؟! هل تؤيد إقامة المعسكرات الخارجية؟")
        #expect(tokens.first { $0.text == "!" }?.sentence == 0)
        #expect(tokens.first { $0.text == "هل" }?.sentence == 1)
        #expect(tokens.last?.sentence == 1)
        let dots = Tokenizer.tokenize("تخرج فيه اليونان من اليورو مؤقتا... وإنما فوضى يمكن التنبؤ بها.. وقال الوزير")
        #expect(dots.filter { $0.text == "." }.map(\.sentence) == [0, 0, 0, 1, 1])
        #expect(dots.first { $0.text == "وإنما" }?.sentence == 1)
        #expect(dots.last?.sentence == 2)
    }

    /// «…الجنوبية.» وأضاف»: a closing quotation mark or bracket right after
    /// a sentence mark belongs to the sentence it closes; a straight quote
    /// with a letter after it opens the next quotation («الألبوم!"هذا»).
    @Test func aClosingMarkStaysInItsSentence() {
        let tokens = Tokenizer.tokenize("وقال: «تعتبر العرضة الجنوبية من أهم الفنون.» وأضاف أن الفرق تستعد (للمهرجان.) ثم غادر")
        #expect(tokens.first { $0.text == "»" }?.sentence == 0)
        #expect(tokens.first { $0.text == "وأضاف" }?.sentence == 1)
        #expect(tokens.first { $0.text == ")" }?.sentence == 1)
        #expect(tokens.last?.sentence == 2)
        let straight = Tokenizer.tokenize("وقال: \"سأقدم حفل توزيع الجوائز هذا العام.\" وأكدت القناة النبأ. هو وحده على غلاف الألبوم!\"هذا الاعتراف\"")
        #expect(straight.filter { $0.text == "\"" }.map(\.sentence) == [0, 0, 3, 3])
        #expect(straight.first { $0.text == "وأكدت" }?.sentence == 1)
        #expect(straight.first { $0.text == "هو" }?.sentence == 2)
    }

    /// «العربية.نت»، «سي.إن.إن»، «د.عبدالله»، «www.saso.gov.sa»: a full
    /// stop glued inside a name ends no sentence; «الدبان.وأوضح» and
    /// «الأخرى.من جهة» are sentence ends whose space was lost.
    @Test func aGluedStopEndsASentenceOnlyBetweenWords() {
        for text in ["وقال في مقابلة مع العربية.نت إن الوضع صعب", "وقال داود أوغلو لقناة سي.إن.إن الأمريكية في مقابلة",
                     "وشدد د.عبدالله الرشيد على المقاصد", "عبر موقع الهيئة www.saso.gov.sa لمعرفة الوظائف",
                     "ذكر موقع بونباست.كوم الذي يرصد أسعار العملة", "وقال هيئة الإذاعة اليابانية إن.إتش.كيه إن هناك مفقودين",
                     "وقال بنك إيه.إن.زد في مذكرة"] {
            #expect(Set(Tokenizer.tokenize(text).map(\.sentence)) == [0], "\(text)")
        }
        for text in ["بالمحافظة عبدالله أحمد الدبان.وأوضح مدير الهيئة", "ت الكرة الإنجليزية الأخرى.من جهة ثانية يصل الأمير",
                     "بعد سنوات من استنزافه.هل ينفض اقتصاد العراق", "في السوق 50 كلم.لذلك قررا أن يتأكدا"] {
            #expect(Set(Tokenizer.tokenize(text).map(\.sentence)) == [0, 1], "\(text)")
        }
    }

    /// Saudi bench (../shared/corpus/bench): the stop of a one-letter title
    /// or initial before a name («د. أيمن»، «م. الخريجي»، «أ. بدر»، «ود.
    /// زياد»، «جورج ج. هينتغس») ends no sentence; after a number «م.» is
    /// the era and ends one, as does a one-letter word before a line break.
    @Test func aSpacedStopAfterOneLetterIsAnAbbreviation() {
        for text in ["وأشار د. أيمن الخضراء إلى أن تمزق الشريان خطير", "وأفاد م. الخريجي أن هذه الفئة ضالة",
                     "الاستثمار أ. عبد الله", "صيرفي، ود. زياد", "ستيفن ج. هينتغس"] {
            #expect(Set(Tokenizer.tokenize(text).map(\.sentence)) == [0], "\(text)")
        }
        for text in ["في عام 2015 م. وأوضح المدير", "يوم 1436 هـ. أما الوزير", "تطمح له. نحن", "الفقرة ب.\nوقال"] {
            #expect(Set(Tokenizer.tokenize(text).map(\.sentence)) == [0, 1], "\(text)")
        }
    }

    /// Al Arabiya (../shared/corpus/ant): the full stop of «"العربية.نت"»
    /// is inside the name, so the quotation is a name and the outlet the
    /// one spoken to.
    @Test func aGluedStopInsideQuotationMarksIsAName() throws {
        let a = AnalysisText("وقال العويران لـ\"العربية.نت\" إن المشروع سيكتمل قريبا.", lexicon: .shared)
        let q = try #require(a.quotations.first)
        #expect(!q.isSpeech)
        let p = ResolutionProbe("وقال العويران لـ\"العربية.نت\" إن المشروع سيكتمل قريبا.")
        #expect(try p.speaker("وقال") == "العويران")
        #expect(try p.statement("وقال").recipient == "العربية.نت")
    }

    /// BBC Arabic (../shared/corpus/ant): «"إنه لن يعتذر"» opens with a
    /// complementiser and its pronoun: a clause, so speech, though short;
    /// the source before it ends there. «"إن بي سي"» (a bare «إن») is a
    /// name.
    @Test func aComplementiserWithItsPronounOpensSpeech() throws {
        let text = "وقال مصدر مقرب من جونسون \"إنه لن يعتذر\" مضيفا أنه \"من السخف\" مهاجمة وجهات نظره."
        let a = AnalysisText(text, lexicon: .shared)
        #expect(try #require(a.quotations.first).isSpeech)
        #expect(try ResolutionProbe(text).speaker("وقال") == "مصدر مقرب من جونسون")
        let network = AnalysisText("وقالت شبكة \"إن بي سي\" إن الرئيس سيزور المنطقة.", lexicon: .shared)
        #expect(try !#require(network.quotations.first).isSpeech)
    }

    /// dev-ant (Sky News Arabia): «وأضاف "أضع … وإمكاناته. "إذا دافعنا …"»
    /// leaves its first quotation open; the mark after «.» opens anew, so
    /// the marks that follow pair as written and «وتابع» is no longer
    /// inside a quotation.
    @Test func aStraightMarkAfterASentenceEndOpensAnew() throws {
        let text = """
            وأضاف "أضع في الاعتبار قيمة ليفربول. "إذا دافعنا 90 دقيقة فهذا يعني أن لدينا مشكلة". وخرج سيتي من دور 16 في الموسم الماضي. وتابع "لا يجب أن ننسى أن المواجهة من 180 دقيقة".
            """
        let a = AnalysisText(text, lexicon: .shared)
        let tabi = try #require(a.tokens.firstIndex { $0.text == "وتابع" })
        #expect(!a.quotations.contains { $0.open < tabi && $0.close > tabi })
        #expect(a.quotations.filter(\.balanced).count == 2)
    }

    @Test func scannerIsItsDefinition() {
        for text in Self.hostile + Self.random + Self.articles {
            let reference = ReferenceSegmentation.scan(ReferenceSegmentation.tokenize(text))
            #expect(AnalysisText(text, lexicon: .shared).quotations == reference, "\(text.debugDescription)")
            #expect(QuotationScanner.scan(Tokenizer.tokenize(text), lexicon: .shared) == reference, "\(text.debugDescription)")
        }
        // Tokens made by hand: a mark of two scalars, an empty one.
        let odd = [Token(text: "«\u{301}", norm: "«\u{301}", start: 0, end: 2, kind: .punctuation),
                   Token(text: "", norm: "", start: 2, end: 2, kind: .punctuation),
                   Token(text: "قال", norm: "قال", start: 2, end: 5, kind: .word),
                   Token(text: "»", norm: "»", start: 5, end: 6, kind: .punctuation)]
        #expect(QuotationScanner.scan(odd, lexicon: .shared) == ReferenceSegmentation.scan(odd))
    }

    /// The tokenizer's table of the Arabic block is `isWordScalar` and the
    /// normaliser's own-key test.
    @Test func arabicFlagsAreTheirDefinitions() {
        for v in UInt32(0x600)..<0x700 {
            let s = Unicode.Scalar(v)!
            let flags = Tokenizer.arabicFlags[Int(v - 0x600)]
            var bytes = String(s)
            let own = bytes.withUTF8 { ArabicNormalizer.normalizeIfChanged(utf8: $0) } == nil
            #expect((flags & Tokenizer.arabicWord != 0) == ArabicNormalizer.isWordScalar(s), "U+\(String(v, radix: 16))")
            #expect((flags & Tokenizer.arabicOwn != 0) == (own && ArabicNormalizer.isWordScalar(s)), "U+\(String(v, radix: 16))")
        }
    }

    /// The byte normaliser's table of the Arabic block gives `normalize`,
    /// for every scalar of the block between, before and after letters.
    @Test func arabicFoldsAreTheFold() {
        for v in UInt32(0x600)..<0x700 {
            let s = Unicode.Scalar(v)!
            for word in ["ق\(s)ل", "\(s)", "\(s)ة", "ا\(s)", "A\(s)\u{301}", "\(s)\u{FEFB}"] {
                var w = word
                #expect(Array(w.withUTF8 { ArabicNormalizer.normalize(utf8: $0) }.utf8)
                        == Array(ArabicNormalizer.normalizeSlowly(word).utf8),
                        "U+\(String(v, radix: 16))")
            }
        }
    }

    /// Every mark the fast code compares by scalar.
    static let marks: [Unicode.Scalar] = [":", "،", ",", "»", "«", "\"", ")", ".", "…", "|", "-", "–", "—", "/", "؟", "!", "?",
                                          "؛", "“", "”", "„", "″"]

    /// `MarkScalar.standsAlone` scalars are their own canonical form, so
    /// that comparing them as scalars is comparing them as Characters.
    @Test func standAloneScalarsAreTheirOwnCanonicalForm() {
        for v in UInt32(0)...0x2100 where MarkScalar.standsAlone(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            let nfc = String(s).precomposedStringWithCanonicalMapping
            #expect(Array(nfc.unicodeScalars) == [s], "U+\(String(v, radix: 16))")
            for m in Self.marks {
                #expect((Character(s) == Character(m)) == (s == m), "U+\(String(v, radix: 16)) \(m)")
            }
            for set in [MarkSet.clause, .headlineStop, .dateline, .sentenceEnd, .frameStop, .closingQuotes] {
                #expect(set.string.contains(String(s)) == set.contains(v), "U+\(String(v, radix: 16)) \(set.string)")
            }
            #expect(["..", "…", "...", "|"].contains(String(s)) == (s == "…" || s == "|"))
        }
        #expect(Self.marks.allSatisfy { MarkScalar.standsAlone($0.value) })
        #expect(!MarkScalar.standsAlone(0x037E) && !MarkScalar.standsAlone(0x2000))
    }

    /// `AnalysisText.isMark` is `Token.isMark`, and `isMark(_:in:)` the
    /// `String.contains` it replaced, for every token of the texts.
    @Test func markTestsAreTheirDefinitions() {
        for text in Self.hostile + Self.random {
            let analysis = AnalysisText(text, lexicon: .shared)
            for (i, token) in analysis.tokens.enumerated() {
                for m in Self.marks { #expect(analysis.isMark(i, m) == token.isMark(Character(m)), "\(text.debugDescription) \(i)") }
                for set in [MarkSet.clause, .headlineStop, .dateline, .sentenceEnd, .frameStop, .closingQuotes] {
                    #expect(analysis.isMark(i, in: set) == (token.kind == .punctuation && set.string.contains(token.text)))
                }
            }
        }
    }
}
