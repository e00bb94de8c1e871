import Testing
@testable import Attribution

/// A long office whose holder is named only at its end, before what was
/// said (`NameAfterRole`): the holder speaks, not the office. The
/// sentences are dev-ant's (France 24 Arabic, 2018).
struct NameAfterRoleTests {
    static func speaker(_ text: String, cue: String) throws -> Entity? {
        let doc = Analyzer().analyze(SourceDocument(id: "t", text: "عنوان\n\n" + text))
        let s = try #require(doc.statements.first { $0.cue.text == cue })
        return doc.speaker(of: s)
    }

    @Test func theHolderAfterAnOfficeWithItsAffiliation() throws {
        let e = try Self.speaker("وقال كاتب الدولة لدى وزير التجارة المكلف بالتجارة الخارجية هشام بن أحمد إن تونس \"لم يكن مكانها بين الملاذات الضريبية\".", cue: "وقال")
        #expect(e?.name == "هشام بن أحمد")
        #expect(e?.anonymity == .named)
    }

    @Test func theHolderAfterACoordinatedOfficeAndAQuotation() throws {
        let e = try Self.speaker("وقال السفير الفلسطيني بالقاهرة ومندوبها الدائم بالجامعة العربية دياب اللوح \"لا بد أن ينتج عن هذه الدورة غير العادية اتخاذ ردود\".", cue: "وقال")
        #expect(e?.name == "دياب اللوح")
        #expect(e?.role?.contains("السفير") == true)
    }

    @Test func aNameAfterTheOneSpokenToIsNotTheSpeaker() throws {
        let text = AnalysisText("وقال المتحدث باسم الوزارة للرئيس الفرنسي إيمانويل ماكرون إن الاتفاق قائم.", lexicon: .shared)
        let finder = NameAfterRole(text: text, lexicon: .shared, facts: TokenFacts(text: text, lexicon: .shared))
        let recipient = try #require(text.tokens.firstIndex { $0.text == "للرئيس" })
        #expect(finder.find(after: recipient, sentence: 0) == nil)
        // Without the recipient the same name is found.
        let plain = AnalysisText("وقال المتحدث باسم الوزارة الفرنسية إيمانويل ماكرون إن الاتفاق قائم.", lexicon: .shared)
        let after = try #require(plain.tokens.firstIndex { $0.text == "الفرنسية" })
        let found = NameAfterRole(text: plain, lexicon: .shared, facts: TokenFacts(text: plain, lexicon: .shared))
            .find(after: after, sentence: 0)
        #expect(found.map { plain.text($0.name.lowerBound, $0.name.upperBound) } == "إيمانويل ماكرون")
    }

    @Test func theNameStopsWhereASpeakerPhraseWould() throws {
        let e = try Self.speaker("وأشار المتحدث باسم المتضررين من السيول عبدالرحمن المقبل إلى أن الأضرار كبيرة.", cue: "وأشار")
        #expect(e?.name.contains("إلى") != true)
    }

    /// bench (Saudi press, 2015): «بن» is also a given name in names.tsv
    /// (Ben), but after a name word it links the nasab: the holder is
    /// «خالد بن مرضي العنزي», not «بن مرضي العنزي».
    @Test func theNameStartsBeforeItsNasab() throws {
        let e = try Self.speaker("وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة تبوك خالد بن مرضي العنزي أن الحادث الأول وقع أمس.", cue: "وأوضح")
        #expect(e?.name == "خالد بن مرضي العنزي")
    }

    /// «لحلف شمال الأطلسي»، «لشركة أبل»: the word right after an
    /// indefinite body noun is the body's name in the genitive, and the
    /// holder's name comes after it (BBC Arabic, Al Arabiya, 2018; the
    /// bench gave «شمال الأطلسي ينس ستولتنبرغ» and «أبل تيم كوك»).
    @Test(arguments: [
        ("وقال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إن دول الحلف متحدة.", "ينس ستولتنبرغ"),
        ("وقال الرئيس التنفيذي لشركة أبل تيم كوك إن الشركة ستستثمر في الصين.", "تيم كوك"),
        ("وقال عضو الهيئة السياسية للائتلاف نصر الحريري إن المعارضة لن تتراجع.", "نصر الحريري"),
        // «لشؤون»: ل on a common noun is the office's field (bench, ant).
        ("وقال مفوض الاتحاد الأوروبي لشؤون التوسيع يوهانس هان إن المفاوضات ستستمر.", "يوهانس هان"),
    ])
    func theBodysNameIsNotTheHolders(text: String, name: String) throws {
        #expect(try Self.speaker(text, cue: "وقال")?.name == name)
    }

    /// Saudi bench (alyaum, 2015): a woman's name runs from the word
    /// before «بنت» (her father's name follows it), whether the office
    /// before it ends in a body («للسجون») or a place («بسجون حائل»); the
    /// names were cut to «محمد العتيبي», her father's, and «بسجون حائل».
    @Test(arguments: [
        ("أكدت مديرة الإدارة العامة للإشراف النسوي بالمديرية العامة للسجون نوف بنت محمد العتيبي، أن السجون لا يمكن أن تحقق نجاحاً لبرامج الرعاية.", "أكدت", "نوف بنت محمد العتيبي"),
        ("وأبدت بدورها مديرة شعبة الإشراف النسوي بسجون حائل مرزوقة بنت مسعر الشمري، استعدادها وزميلاتها لتقديم كل العون للنزيلات، مؤكدة أن هذه البرامج أثمرت.", "وأبدت", "مرزوقة بنت مسعر الشمري"),
    ])
    func aWomansNameStartsBeforeBint(text: String, cue: String, name: String) throws {
        #expect(try Self.speaker(text, cue: cue)?.name == name)
    }
}
