import Testing
import Attribution

/// `HeadlineSpeaker`: «X: claim» in a title.
struct HeadlineSpeakerTests {
    /// The «X: …» statement of the title of an article with this title and
    /// body, if the title has one, and the article's analysis.
    private func title(_ title: String, body: String) -> (statement: Statement?, probe: ResolutionProbe) {
        let p = ResolutionProbe(body, title: title)
        return (p.doc.statements.first { $0.cue.kind == .headline }, p)
    }

    @Test func theNameBeforeTheColonOfATitle() throws {
        let p = ResolutionProbe("أنقرة - قال الرئيس التركي إن العملية ستستمر.", title: "أردوغان: لا حل عسكري في سوريا")
        let s = try #require(p.doc.statements.first { $0.cue.kind == .headline })
        #expect(p.doc.speaker(of: s)?.name == "أردوغان")
    }

    /// «مورينيو حول علاقته مع بوغبا: …» (a dev-ant title): the topic after
    /// «حول» is not part of the speaker.
    @Test func theTopicAfterHawlIsNotTheSpeaker() throws {
        let p = ResolutionProbe("قال المدرب إن العلاقة جيدة.", title: "مورينيو حول علاقته مع بوغبا: الصحافة تحب نشر الأكاذيب")
        let s = try #require(p.doc.statements.first { $0.cue.kind == .headline })
        #expect(p.doc.speaker(of: s)?.name == "مورينيو")
    }

    /// «تركيا: أكبر أحزاب المعارضة يعلن عن مرشحه» (dev-ant, France 24): a
    /// place before a claim with its own reporting verb is the topic.
    @Test func aPlaceBeforeAReportIsTheTopic() {
        let p = ResolutionProbe("وأعلن الحزب ترشيح محرم إينجه.", title: "تركيا: أكبر أحزاب المعارضة يعلن عن مرشحه للرئاسة")
        #expect(!p.doc.statements.contains { $0.cue.text.hasPrefix("تركيا") })
    }

    /// «أمل حجازي: سأطلق دعاءً رمضانياً» (dev-ant, Al Arabiya): «أمل»,
    /// a given name and a verb (hoped), opens the title's speaker.
    @Test func aGivenNameThatIsAlsoAVerbOpensATitleSpeaker() throws {
        let p = ResolutionProbe("وقالت إنها تنتظر شهر رمضان كل عام.", title: "أمل حجازي: سأطلق دعاءً رمضانياً")
        #expect(try p.speaker("أمل حجازي:") == "أمل حجازي")
    }

    /// «http://www.oco.org.om/Default.aspx» on a line of its own (bench) is
    /// a link, not «http» saying something.
    @Test func aLinkIsNoSpeaker() {
        let p = ResolutionProbe("وقال الوزير إن التسجيل مفتوح.\nhttp://www.oco.org.om/Default.aspx", title: "فتح باب التسجيل")
        #expect(!p.doc.statements.contains { $0.cue.text.hasPrefix("http") })
        // (bench: a link printed with spaces, «http: / / www.hrp.org.uk / …»)
        let q = ResolutionProbe("للمزيد من المعلومات:\nhttp: / / www.hrp.org.uk / HamptonCourtPalace / stories", title: "قصر هامتون كورت")
        #expect(!q.doc.statements.contains { $0.cue.text.hasPrefix("http") })
    }

    /// Saudi bench: words with a relative clause or a pronoun before a
    /// colon introduce what follows; no one speaks.
    @Test func aClauseBeforeAColonIsNoSpeaker() {
        let p = ResolutionProbe("وقال الخبير إن القروض تتراكم.\nوالشكوى التي سمعتها مرارا هي كالتالي: «وكأنهم يلعبون لعبة الحجلة»", title: "قروض الطلاب")
        #expect(!p.doc.statements.contains { $0.cue.text.hasPrefix("والشكوى") })
    }

    /// «مسيرات غزة: مشاركة حاشدة في تشييع جنازة …» (dev-ant, BBC Arabic):
    /// an unknown head in the plural of things, without the article, is
    /// the topic; «الولايات المتحدة:» stays a speaker.
    @Test func aPluralOfThingsBeforeTheColonIsTheTopic() throws {
        let p = ResolutionProbe("وشارك الآلاف في تشييع المسعفة.", title: "مسيرات غزة: مشاركة حاشدة في تشييع جنازة المسعفة الفلسطينية")
        #expect(!p.doc.statements.contains { $0.cue.kind == .headline })
        let q = ResolutionProbe("وقالت الخارجية إن العقوبات ستستمر.", title: "الولايات المتحدة: العقوبات على إيران باقية")
        let s = try #require(q.doc.statements.first { $0.cue.kind == .headline })
        #expect(q.doc.speaker(of: s)?.name.hasPrefix("الولايات المتحدة") == true)
    }

    /// Bench (Saudi press): «أولاً: يتجاوز …»، «الأول: موقف الحنابلة …»: a
    /// line opening with an enumeration (a time word or an ordinal of
    /// words.tsv) and a colon labels an item; no one speaks.
    @Test func anEnumerationBeforeTheColonIsNoSpeaker() {
        let p = ResolutionProbe("""
            وقال المحلل إن الاتفاق يحقق ثلاثة أهداف:
            أولاً: يتجاوز تثبيت النفوذ داخل الطائفة.
            ثانياً: يفتح باب التعاون الاقتصادي.
            """)
        #expect(!p.doc.statements.contains { $0.cue.text.hasPrefix("أولاً") || $0.cue.text.hasPrefix("ثانياً") })
    }

    /// Al Arabiya sport (../shared/corpus/ant): «وزاد:» at a line start is
    /// a verb of saying the lexicon lacks (and added), not a speaker named
    /// «وزاد»: the coach goes on speaking. «وليد:» stays a name.
    @Test func aConjoinedVerbBeforeAColonContinuesTheSpeaker() throws {
        let p = ResolutionProbe("""
            وقال يورغن كلوب إن أمامنا الآن عدة أيام للاستعداد للمباراة.
            وزاد: تركيزنا الآن على دوري الأبطال.
            """)
        let s = try #require(p.doc.statements.first { $0.cue.text.hasPrefix("وزاد") })
        #expect(p.doc.speaker(of: s)?.name == "يورغن كلوب")
        #expect(s.speaker.resolution == .proDrop)
    }

    /// pan-Arab corpus (BBC Arabic, Sky News Arabia): «الحرب في سوريا: …»،
    /// «الطقس: …»: a head with the article that no list knows labels the
    /// topic or a field. A surname the body writes after a given name or a
    /// reporting verb («الجبير:» and «وقال الجبير»), and a word the body
    /// writes after a body's head («التعليم:» and «وزارة التعليم») still
    /// speak.
    @Test func anUnknownDefiniteHeadIsATopicUnlessTheBodyNamesIt() throws {
        #expect(title("الحرب في سوريا: مقتل العشرات في الغوطة الشرقية", body: "وقال المرصد السوري إن القصف تواصل.").statement == nil)
        #expect(title("الطقس: مشمس ودافئ", body: "وقال المنظمون إن المباراة في موعدها.").statement == nil)
        let jubeir = title("الجبير: قطر قضية صغيرة جدا", body: "وقال الجبير إن بلاده لن تتراجع.")
        let s = try #require(jubeir.statement)
        #expect(jubeir.probe.doc.speaker(of: s)?.name == "الجبير")
        #expect(title("التعليم: بدء الدراسة الأحد المقبل", body: "وأعلنت وزارة التعليم أن الدراسة تبدأ الأحد.").statement != nil)
    }

    /// bench and BBC Arabic: «وختمت قائلة:»، «تتذكر تشاريتي ما حدث قائلة:»:
    /// a participle of saying before the colon makes the words a clause;
    /// no entity is named by them, and the line continues the speaker.
    @Test func aParticipleOfSayingBeforeTheColonIsNoName() throws {
        let p = ResolutionProbe("وقالت الكاتبة نورة الحربي إن أدب الرحلات تراجع.\nوختمت قائلة: لكن الحاجة إليه باقية")
        let s = try #require(p.doc.statements.first { $0.cue.kind == .headline })
        #expect(p.doc.speaker(of: s)?.name == "نورة الحربي")
        #expect(!p.doc.entities.contains { $0.name.contains("قائلة") })
    }

    /// pan-Arab corpus (CNN Arabic, Al Arabiya): «X عن Y:» — «عن» in a
    /// title (roles.tsv topicpreposition) opens the topic, as «حول» does.
    @Test func theTopicAfterAnIsNotTheSpeaker() throws {
        let s = try #require(title("نتنياهو عن التصعيد الأخير بغزة: المطلب الإسرائيلي واضح",
                                   body: "أكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن المطلب واضح.").statement)
        #expect(s.speaker.text == "نتنياهو")
    }

    /// BBC Arabic and Sky News Arabia: «كأس العالم 2018: …» (a noun of
    /// topics, words.tsv topicnoun), «اختفاء جمال خاشقجي: …» (a verbal
    /// noun in construct): a topic label, no speaker. A name shaped like a
    /// verbal noun alone still speaks («توريس: …»).
    @Test func aTopicNounOrAnEventBeforeTheColonIsNoSpeaker() throws {
        #expect(title("كأس العالم 2018: البرازيل تتأهل إلى ربع النهائي", body: "وقال المدرب إن الفريق جاهز.").statement == nil)
        #expect(title("اختفاء جمال خاشقجي: تركيا تفتش القنصلية", body: "وقالت الشرطة إن التحقيق مستمر.").statement == nil)
        #expect(title("فيديو: آلاف المتظاهرين في شوارع باريس", body: "وقال المتظاهرون إنهم سيواصلون.").statement == nil)
        #expect(title("توريس: سأعود إلى أتلتيكو", body: "وقال توريس إنه سعيد.").statement != nil)
    }

    /// A line opening with a preposition or «لل» before its colon
    /// («للمزيد من المعلومات: …»، «للاطلاع على المشروع كاملا: …») names
    /// no speaker.
    @Test func aPrepositionBeforeTheColonOpensNoName() {
        let p = ResolutionProbe("وقال الوزير إن التسجيل مفتوح.\nللاطلاع على المشروع كاملا: الموقع الرسمي للوزارة", title: "فتح باب التسجيل")
        #expect(!p.doc.statements.contains { $0.cue.kind == .headline })
    }

    /// Bench and ant lines below the lead: a line that opens with a
    /// function word («قد يهمك أيضا:»، «أما العنوان الرئيسي للمجلة فهو:»)
    /// or holds a reporting verb with words after it («سأل الشيخ محمد
    /// السفير في رسالة:») is a sentence; words shaped as common nouns that
    /// the body never writes as a name («حراسة المرمى:»، «فرص الفوز:») label
    /// a part of the article. A bare unknown word stays a name
    /// («أوكسفام:»), and a reporting verb that ends the words continues
    /// the last speaker («لكنه استدرك:», استدرك now a verb of verbs.tsv).
    @Test func labelsAndSentencesBeforeAColonBelowTheLead() throws {
        let p = ResolutionProbe("""
            وقال المدرب إن الفريق جاهز للمباراة.
            ويستعد المنتخب لمواجهة قوية في الدور المقبل.
            حراسة المرمى: يملك المنتخب ثلاثة حراس مميزين.
            فرص الفوز: تبدو متساوية بين الفريقين.
            قد يهمك أيضا: مدرب المنتخب يعلن القائمة
            أوكسفام: الفقر يزداد في العالم العربي.
            وقال المدير الفني إن الفريق لن يغير خطته.
            لكنه استدرك: "علينا أن نحترم الخصم".
            """)
        let cues = p.doc.statements.map(\.cue.text)
        #expect(!cues.contains { $0.hasPrefix("حراسة") || $0.hasPrefix("فرص") || $0.hasPrefix("قد يهمك") }, "\(cues)")
        #expect(try p.speaker("أوكسفام:") == "أوكسفام")
        let s = try #require(p.doc.statements.first { $0.cue.text == "استدرك" })
        #expect(s.speaker.resolution == .proDrop)
    }
}
