import TestSupport
import Testing
@testable import Attribution

/// Cue coverage (issue #14, part 3): verbal nouns with their speaker, the
/// verbs added from the pan-Arab gold and the mining script, and site
/// residue. Each on a short sentence of the dev corpora
/// (`dev/`, `dev-ant/`), quoted here.
@Suite struct CueCoverageTests {
    private func analyze(_ text: String) -> AnalyzedDocument {
        Analyzer().analyze(SourceDocument(id: "t", text: text))
    }

    private func statement(_ doc: AnalyzedDocument, _ text: String, cue: String) -> Statement? {
        doc.statements.first { $0.cue.text == cue }
    }

    // MARK: - Words spelt as cues that report nothing

    /// Saudi dev and bench: «يذكر أن»، «ويشار إلى أن»، «ويظهر أن» (it
    /// appears) open the writer's background (words.tsv continuation;
    /// optional in the gold), «قدرته» is «قدرة» (ability) and its pronoun
    /// (words.tsv notcue), a verb form right after a preposition («على أمل
    /// أن») is a noun, and
    /// «مجدداً» (again, a time word) is no participle of جدّد. «يذكر
    /// التقرير أن» with a subject still reports.
    @Test func writerFormulasAndAdverbsAreNoCues() {
        let doc = analyze("""
            عنوان

            وقال الوزير إن المشروع سيكتمل وأكد قدرته على التنفيذ على أمل أن يفتتح قريباً. يذكر أن المشروع بدأ قبل عامين. ويظهر أن إيران لن تقف عند هذا الحد. ويشار إلى أن الوزارة خصصت ميزانية له. ودعا الوزراء مجدداً إلى الحوار، مؤكدين أهمية الاتفاق. ويذكر التقرير أن المبيعات ارتفعت.
            """)
        let cues = doc.statements.map(\.cue.text)
        #expect(!cues.contains("يذكر") && !cues.contains("ويشار") && !cues.contains("ويظهر") && !cues.contains("مجدداً") && !cues.contains("قدرته") && !cues.contains("أمل"), "\(cues)")
        #expect(cues.contains("ويذكر"))
    }

    /// Bench and BBC Arabic: after a count the accusative is the counted
    /// noun («بحبس 24 متهمًا»، «بإعدام 17 متهما»), not «accusing»; after a
    /// rank with a complementiser it still reports («المركز 19 متوقعا أن»).
    @Test func aCountedNounIsNoParticiple() {
        let doc = analyze("""
            عنوان

            وأمرت النيابة العامة بحبس 24 متهمًا احتياطيًّا على ذمة القضية. وقال بوكيتينو إن فريقه سيواجه ستوك سيتي الذي يحتل المركز 19 متوقعا أن تكون المباراة صعبة.
            """)
        let cues = doc.statements.map(\.cue.text)
        #expect(!cues.contains("متهمًا"), "\(cues)")
        #expect(cues.contains("متوقعا"), "\(cues)")
    }

    /// Sky News Arabia, BBC Arabic, bench: «لا»، «لم» negate the
    /// imperfect, so a perfect spelling right after one is another word
    /// («ولا أمل في الأفق»، «لم تحدث وفيات»); a first person imperfect
    /// («لا أستبعد أن») and «لا يرون أن» still report.
    @Test func aPerfectAfterANegatorIsAnotherWord() {
        let doc = analyze("""
            عنوان

            وتابع: "الموارد قليلة ولا أمل في الأفق". وقالت السلطات إنه لم تحدث وفيات بين الركاب. وقال ميدفيديف: "لا أستبعد أننا قد نضطر لمراجعة الخطة". وأوضح الباحثون أن كثيرين لا يرون أن الوشم مشكلة.
            """)
        let cues = doc.statements.map(\.cue.text)
        #expect(!cues.contains("أمل") && !cues.contains("تحدث"), "\(cues)")
        #expect(cues.contains("أستبعد") && cues.contains("يرون"), "\(cues)")
    }

    /// Bench (Yemeni and Saudi officials): «ومضى X بالقول إن …» reports
    /// through its noun of saying (verbs.tsv `saying`); «أكثر من أي وقت
    /// مضى بأن …» (than ever) does not.
    @Test func wentOnSayingReportsThroughItsNounOfSaying() throws {
        let doc = analyze("""
            عنوان

            وقال رئيس الوزراء اليمني خالد بحاح إن الحكومة ستعود إلى عدن.
            ومضى بحاح بالقول إن محافظة عدن أصبحت محررة بالكامل.
            وقال مسؤول أمريكي: "نحن واثقون أكثر من أي وقت مضى بأن الاتفاقية ستوقع".
            """)
        let s = try #require(statement(doc, "", cue: "ومضى"))
        #expect(doc.speaker(of: s)?.name == "خالد بحاح")
        #expect(!doc.statements.contains { $0.cue.text == "مضى" })
    }

    // MARK: - Verbal nouns

    /// «قول مسؤولين في واشنطن إن …» (dev, snn_2015-07-25_0475): the
    /// genitive is the speaker.
    @Test func verbalNounWithAnonymousSpeaker() throws {
        let text = "وجاء تحرك تركيا بعد ساعات من قول مسؤولين في واشنطن إن أنقرة وافقت على السماح للطائرات الأمريكية بشن غارات."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "قول"))
        #expect(s.cue.kind == .noun)
        #expect(s.speaker.text == "مسؤولين في واشنطن")
        #expect(doc.speaker(of: s)?.anonymity == .anonymous)
    }

    /// «بإعلان المشرف العام على القناة الثقافية "عبد العزيز العيد" عن …»
    /// (dev, snn_2015-07-21_2784): after ب, with a named speaker.
    @Test func verbalNounAfterPreposition() throws {
        let text = "واختتم المؤتمر الصحفي؛ بإعلان المشرف العام على القناة الثقافية \"عبد العزيز العيد\" عن \"مهرجان الثقافية للأفلام الوثائقية\"؛ وهو مهرجان تدعمه القناة."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "بإعلان"))
        #expect(s.cue.kind == .noun)
        #expect(doc.speaker(of: s)?.name.contains("عبد العزيز العيد") == true)
    }

    /// «غداة إعلان إسرائيل أن دفاعاتها …» (dev-ant): a place speaks.
    @Test func verbalNounWithPlace() throws {
        let text = "وتأتي التطورات الأخيرة، غداة إعلان إسرائيل أن دفاعاتها الأرضية أطلقت صاروخين لاعتراض صواريخ."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "إعلان"))
        #expect(s.cue.kind == .noun)
        #expect(doc.speaker(of: s)?.name == "إسرائيل")
    }

    /// No speaker, or the noun is the object of a verb: no nominal cue.
    /// «لإعلان برامج الثقافية» (dev), «فيما أعلن إصرار الحكومة على
    /// ملاحقة» (dev-ant).
    @Test func verbalNounNeedsItsSpeakerAndNoVerbBefore() {
        let noSpeaker = analyze("واختتم المؤتمر الصحفي لإعلان برامج الثقافية في شهر رمضان.")
        #expect(!noSpeaker.statements.contains { $0.cue.kind == .noun })
        let object = analyze("بعث رئيس الحكومة الأردنية عمر الرزاز برسائل للأردنيين، فيما أعلن إصرار الحكومة على ملاحقة المتهربين.")
        #expect(!object.statements.contains { $0.cue.kind == .noun })
        #expect(object.statements.contains { $0.cue.text == "أعلن" })
    }

    /// A nominal report inside another's sentence takes over no pro-drop
    /// verb: «ورغم أن الاجتماع تزامن مع إعلان أنقرة عن بدء عملية عسكرية
    /// في إدلب، فإن الكرملين لم يعلق …» (dev, asharq-moscow-idlib).
    @Test func nominalReportIsNoAntecedent() throws {
        let text = "وقال الكرملين إن المحادثات كانت بناءة. ورغم أن الاجتماع تزامن مع إعلان أنقرة عن بدء عملية عسكرية في إدلب. وأضاف أن الاتصالات مستمرة."
        let doc = analyze(text)
        let noun = try #require(statement(doc, text, cue: "إعلان"))
        #expect(doc.speaker(of: noun)?.name == "أنقرة")
        let added = try #require(statement(doc, text, cue: "وأضاف"))
        #expect(doc.speaker(of: added)?.name == "الكرملين")
    }

    /// «وبحسب تأكيدات وزارة الشؤون البلدية والقروية، فإن …» (bench): a
    /// verbal noun after a frame makes no second statement; the frame
    /// stays as it was.
    @Test func verbalNounAfterAFrameIsTheFrames() throws {
        let text = "وبحسب تأكيدات وزارة الشؤون البلدية والقروية، فإن بدء العمل على آلية التصنيف سيكون بعد شهرين."
        let doc = analyze(text)
        #expect(doc.statements.map(\.cue.text) == ["وبحسب"])
    }

    // MARK: - Verbs

    /// «واتفق الوزراء على أن "الشطب عن القائمة مبرر …"» (dev-ant).
    @Test func agreeingOnAClause() throws {
        let text = "واتفق الوزراء على أن \"الشطب عن القائمة مبرر في ضوء تقييم خبراء للالتزامات\"."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "واتفق"))
        #expect(doc.speaker(of: s)?.name == "الوزراء")
        // Agreeing on a plan is no report: the complement is required.
        #expect(analyze("واتفق الوزراء على تعزيز التعاون بين البلدين.").statements.isEmpty)
    }

    /// «أصرّ» is not in the lexicon: «أصرت والدتي أن تشرح للعميد» (dev,
    /// snn_2015-07-26_1426) is insisting on doing, and a complementiser
    /// cannot tell it from «ومصرا على أنه لم يضغط» (dev-ant); as a cue it
    /// took over the pro-drop verbs of the daughter who tells the story.
    @Test func insistingOnDoingIsNoReport() {
        let doc = analyze("أصرت والدتي أن تشرح للعميد حالتها الصحية قبل الموعد.")
        #expect(doc.statements.isEmpty)
    }

    /// «ألمح»/«لمّح» (hinted) report what is said indirectly, with «إلى»
    /// or a clause (Saudi bench: «ولمح الهاشمي إلى أن المتضرر الأول من
    /// التعريفة هو المواطن»، «ملمحا إلى أن هناك ارتفاعا خاصا في
    /// الأسعار»); without its complement «لمح» is «caught sight of».
    @Test func hintingReports() throws {
        let text = "ولمح الهاشمي إلى أن المتضرر الأول من التعريفة هو المواطن."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "ولمح"))
        #expect(doc.speaker(of: s)?.name == "الهاشمي")
        let text2 = "وقال سعود الطوالة إن الاستراحات تتغير بعد العيد، ملمحا إلى أن هناك ارتفاعا خاصا في الأسعار."
        let doc2 = analyze(text2)
        let p = try #require(statement(doc2, text2, cue: "ملمحا"))
        #expect(doc2.speaker(of: p)?.name == "سعود الطوالة")
        #expect(analyze("لمح الصياد الذئب قرب القرية فجر اليوم.").statements.isEmpty)
    }

    /// «إبّان» (during) is spelt as «أبان» (he made clear) once folded: the
    /// verb needs a known speaker and its clause.
    @Test func abanaIsNotDuring() throws {
        #expect(analyze("وقعت الحادثة إبان الحرب العالمية الثانية في المدينة.").statements.isEmpty)
        let text = "وأبان مدير الشؤون الصحية أن الحالات تحت السيطرة."
        let s = try #require(statement(analyze(text), text, cue: "وأبان"))
        #expect(s.cue.kind == .verb)
    }

    /// «علماً أن» (noting that; dev-ant, Sky News Arabia) is the
    /// writer's own background formula, spelt like the dual of «علم»
    /// (learnt): words.tsv lists «علما» as `notcue`. The perfect «علمت»
    /// still reports what the outlet learnt.
    @Test func notingThatIsTheWritersOwn() throws {
        #expect(analyze("علما أن السنة الضوئية هي المسافة التي يقطعها الضوء في سنة، وهي 9.5 تريليون كيلومتر.").statements.isEmpty)
        #expect(analyze("وعلماً بأن المباراة ستقام في لندن.").statements.isEmpty)
        let text = "وعلمت «الرياض» من مصادر مطلعة أن الوزارة ستعلن القرار."
        #expect(statement(analyze(text), text, cue: "وعلمت") != nil)
    }

    // MARK: - Residue

    /// An «اقرأ أيضاً» list: its titles report nothing, except a title of
    /// the «Speaker: claim» form, which the guidelines keep.
    @Test func readAlsoListIsResidue() {
        let text = """
        بوريس جونسون يتهم روسيا

        وقال وزير الخارجية البريطاني إن روسيا مسؤولة عن الهجوم.
        اقرأ أيضاً:
        قال الكرملين إن الاتهامات البريطانية لا أساس لها
        تيريزا ماي: من المرجح أن روسيا وراء الاعتداء على الجاسوس السابق سكريبل
        وقالت وزارة الخارجية إنه من المتوقع أن يستغرق ظهور النتائج أسبوعين على الأقل.
        """
        let doc = analyze(text)
        #expect(doc.statements.map(\.cue.text) == ["يتهم", "وقال", "تيريزا ماي:", "وقالت"])
        let kinds = Residue(text: AnalysisText(text, lexicon: .shared), lexicon: .shared).paragraphKinds()
        #expect(kinds == [.body, .body, .residue, .residue, .residue, .body])
    }

    /// CNN Arabic's opinion pieces (dev-ant and `ant` lines 6001–12000,
    /// 19 articles) open with the writer and a disclaimer: «هذا المقال
    /// بقلم …، والآراء الواردة أدناه تعبر عن رأي الكاتبة …»; the line is
    /// residue (words.tsv), its «تعبر» no report; the article's are.
    @Test func anOpinionDisclaimerIsResidue() {
        let text = """
        الاضطرابات في البصرة درس إقليمي لإيران

        هذا المقال بقلم كامليا انتخابي فرد، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة وجهة نظر شبكة CNN.
        وقال المحتجون إن الخدمات غائبة منذ سنوات.
        """
        #expect(analyze(text).statements.map(\.cue.text) == ["وقال"])
    }

    /// Teasers of other stories at the end of a news article, the last cut
    /// off (the shape of CNN Arabic's pages in dev-ant), report nothing;
    /// the article's own paragraphs, chained by و, do.
    @Test func trailingTeasersAreResidue() {
        let text = """
        الصين تتحدى ترامب في الأمم المتحدة

        نيويورك، الولايات المتحدة (CNN)-- انتقدت الصين التحركات التجارية الأمريكية أمام الجمعية العامة.
        وقال وانغ إن بكين تريد حل الخلافات بالحوار.
        وأضاف وانغ أن الصين اتخذت خطوات لفتح أسواقها.
        رد بهرام قاسمي، المتحدث باسم الخارجية الإيرانية، على تصريحات رئيس الوزراء الإسرائيلي وقال إنها لا أساس لها من الصحة جملة وتفصيلا.
        أعلنت القيادة المركزية بالجيش الأمريكي مقتل جندي أمريكي في هجوم بأفغانستان، وقالت إن التحقيق جار في ملابسات الحادث.
        حذر جون بولتون، مستشار الأمن القومي الأمريكي، من أن الولايات المتحدة ستفرض عقوبات جديدة على كل من يتعامل مع إيران أو يشتري نفطها بعد الرابع من نوفمبر/ تشرين ال
        """
        let doc = analyze(text)
        #expect(doc.statements.map(\.cue.text) == ["وقال", "وأضاف"] || doc.statements.map(\.cue.text) == ["انتقدت", "وقال", "وأضاف"])
        let kinds = Residue(text: AnalysisText(text, lexicon: .shared), lexicon: .shared).paragraphKinds()
        #expect(kinds.suffix(3) == [.residue, .residue, .residue])
        #expect(kinds.prefix(4).allSatisfy { $0 == .body })
    }

    /// The teasers closing a CNN Arabic article of dev-ant (file
    /// ant_CN-internationalNews-628-20180928): «اتهم وزير الخارجية
    /// الأمريكي، مايك بومبيو …»، «رد بهرام قاسمي …»، «في 28 سبتمبر/أيلول
    /// …»، «حذر جون بولتون … تشرين ال». The article's own «وقال الرئيس
    /// الأمريكي في اجتماع» stays.
    @Test(.enabled(if: SharedCorpus.devAnt.isPresent, "needs ../shared/corpus/dev-ant"))
    func teasersOfADevAntArticle() throws {
        let text = try SampleText.devAnt("ant_CN-internationalNews-628-20180928")
        let doc = analyze(text)
        #expect(doc.statement(at: "وقال الرئيس الأمريكي في اجتماع", in: text) != nil)
        for teaser in ["اتهم وزير الخارجية الأمريكي", "رد بهرام قاسمي", "أعلنت القيادة المركزية", "حذر جون بولتون"] {
            #expect(doc.statement(at: teaser, in: text) == nil, "«\(teaser)» is a teaser")
        }
    }

    /// The same block with no cut-off line, or an opinion column whose
    /// paragraphs open bare, keeps every statement.
    @Test func noTeasersWithoutACutOrAChainedBody() {
        let complete = """
        عنوان

        نيويورك (CNN)-- انتقدت الصين التحركات التجارية الأمريكية.
        وقال وانغ إن بكين تريد حل الخلافات بالحوار.
        رد بهرام قاسمي على تصريحات رئيس الوزراء وقال إنها لا أساس لها.
        أعلنت القيادة المركزية مقتل جندي، وقالت إن التحقيق جار.
        حذر جون بولتون من أن الولايات المتحدة ستفرض عقوبات جديدة على إيران.
        """
        #expect(Residue(text: AnalysisText(complete, lexicon: .shared), lexicon: .shared).paragraphKinds().allSatisfy { $0 == .body })
        let column = """
        عنوان المقال

        هذا المقال بقلم كاتبة إيرانية، والآراء الواردة أدناه تعبر عن رأي الكاتبة.
        العراقيون الشيعة لم يعودوا يقبلون بهذا الدور، وقد قالوا ذلك في الشوارع بوضوح تام.
        الكهرباء التي كانت تصل إلى البصرة كان العراق يستوردها من إيران، لكن النظام في طهران قطعها.
        وفي الحقيقة فإن الإيرانيين العاديين متضايقون من الدور الإقليمي الذي تلعبه الجمهورية الإسلامية.
        الإيرانيون في خوزستان يتظاهرون منذ أشهر بسبب نقص الماء والكهرباء في مدنهم وقراهم.
        لا يمكن للمال أن يشتري قلوب الناس وصداقتهم بشكل دائم، والعراق شاهد ومثال واضح على نتائج التدخل.
        المتظاهرون العراقيون هاجموا القاعدة العسكرية التابعة للحشد الشعبي في البصرة بسبب ارتباط هذا التنظيم العسكري بإيران ودوره في الانتخابات الأخيرة وقال أحدهم إن
        """
        // (The disclaimer line itself is residue, words.tsv «هذا المقال بقلم».)
        let columnKinds = Residue(text: AnalysisText(column, lexicon: .shared), lexicon: .shared).paragraphKinds()
        #expect(columnKinds.enumerated().allSatisfy { $0.offset == 1 ? $0.element == .residue : $0.element == .body }, "\(columnKinds)")
        // A numbered list closing an article (bench, signs of a husband's
        // infidelity), its last item cut off.
        let list = """
        علامات تدل على خيانة الزوج

        يلاحظ كثير من الزوجات تغيرا في سلوك الأزواج.
        وتقول خبيرة العلاقات الأسرية إن العلامات كثيرة.
        وتضيف أن أهمها ما يلي.
        3- يكثر الزوج من السهر خارج المنزل دون سبب واضح ويعود متأخرا كل ليلة.
        4- قد يغلق الزوج هاتفه النقال أثناء غيابه عن المنزل وقد يتكرر سفره كثيرًا مدعيًا أن رحلاته تخص العمل.
        5- قد يتهمك زوجك بأنك امرأة موتورة لأنك تشكين في تصرفاته أو تسألين عن مكان وجوده، ويرفض أي محاولة لاستجوابه أو سؤاله عن غيابه الطويل. سمات تصرفات زوج
        """
        #expect(Residue(text: AnalysisText(list, lexicon: .shared), lexicon: .shared).paragraphKinds().allSatisfy { $0 == .body })
    }

    // MARK: - حض (urge)

    /// «حض الاتحاد الاوروبي والولايات المتحدة، اليوم (الثلاثاء)، تركيا
    /// على …» (bench, snn): «حض» (verbs.tsv, directive, like «حث») reports
    /// with its «على» complement.
    @Test func urgeWithItsComplement() throws {
        let text = "حض الاتحاد الاوروبي والولايات المتحدة، اليوم (الثلاثاء)، تركيا على التزام «رد متكافئ» في هجماتها الجوية."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "حض"))
        #expect(doc.speaker(of: s)?.name == "الاتحاد الاوروبي والولايات المتحدة")
    }

    // MARK: - ل of purpose

    /// Al Arabiya (dev-ant): «لتقول إن …», the ل of purpose before an
    /// imperfect, is a report by the clause's subject; Saudi dev: «ليبلغ
    /// عدد الحالات …» (reaches) is none, since under ل the verb needs its
    /// complement.
    @Test func aVerbAfterTheLamOfPurposeReportsWithItsComplement() throws {
        let text = "وعدلت سفارة فرنسا في بوركينا فاسو منشوراً سابقاً على \"فيسبوك\" عن إنها تتعرض لهجوم لتقول إن هناك هجوماً في العاصمة لكن لم يتضح مكانه.\n"
            + "وفي عام 2015 وحتى الآن 2017 حالة ليبلغ عدد الحالات المسجلة في المملكة 1037 تقريبا."
        let doc = analyze(text)
        let s = try #require(statement(doc, text, cue: "لتقول"))
        #expect(s.content.text.hasPrefix("هناك هجوماً"))
        #expect(statement(doc, text, cue: "ليبلغ") == nil)
    }
    /// Saudi bench (../shared/corpus/bench): «دعا» takes its directive
    /// with ل as often as with إلى («ودعا الشمري الجميع للحضور»، «ودعا
    /// لدراستها»), after its object or right after the verb.
    @Test func aDirectiveWithLam() throws {
        let doc = analyze("""
            وقال الشمري إن المهرجان يبدأ غدا. ودعا الشمري الجميع للحضور والاستمتاع بالمهرجان.
            ورحب رئيس المجلس بالفكرة ودعا لدراستها بعناية.
            """)
        #expect(statement(doc, "", cue: "ودعا")?.speaker.text == "الشمري")
        #expect(doc.statements.filter { $0.cue.text == "ودعا" }.count == 2)
    }

    /// Saudi bench: «فحسب» (only) is no «ف» + «حسب» (words.tsv notcue); before a relative
    /// «ما» it is the frame.
    @Test func onlyIsNoFrame() throws {
        let only = ResolutionProbe("""
            ولم تقتصر التهديدات المالية على البرمجيات المصرفية الخبيثة التي تهاجم عملاء الأنظمة المصرفية عبر الإنترنت فحسب بل إنه بالإضافة إلى البرامج المصرفية الخبيثة تشكل التهديدات المالية نسبة 9% من هذه التهديدات.
            """)
        #expect(!only.doc.statements.contains { $0.cue.text.hasPrefix("فحسب") })
        let frame = ResolutionProbe("""
            ومن ناحية أخرى ففي ذلك تنشيط للاستثمارات المالية الوطنية، فحسب ما ذكر د. عبد اللطيف الضويحي في جريدة «عكاظ» فإن ثروات الأغنياء السعوديين تبلغ 65 مليار ريال سعودي.
            """)
        #expect(try frame.speaker("فحسب ما ذكر")?.contains("الضويحي") == true)
    }

    /// Saudi bench: «جدد» right after an indefinite plural noun is the
    /// adjective «new» (verbs.tsv `adjective`), not «renewed»; opening its
    /// clause it reports.
    @Test func newIsNoRenewal() throws {
        let governors = ResolutionProbe("""
            أصدر رئيس الجمهورية اليمنية عبدربه منصور هادي قراراً رئاسياً يقضي بتعيين محافظين جدد لمحافظتي لحج وأبين الجنوبيتين.
            """)
        #expect(!governors.doc.statements.contains { $0.cue.text == "جدد" })
        let coaches = ResolutionProbe("""
            نجحت عدد من الأندية في دوري عبد اللطيف جميل السعودي بالتعاقد مع مدربين جدد استعداداً للموسم الرياضي المقبل.
            """)
        #expect(!coaches.doc.statements.contains { $0.cue.text == "جدد" })
        let renewed = ResolutionProbe("""
            من جهته، جدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو تحذيره من أن الاتفاق النووي سيمهد الطريق أمام إيران لامتلاك السلاح النووي.
            """)
        #expect(try renewed.speaker("جدد")?.contains("نتنياهو") == true)
    }

    /// Saudi bench: «طالب» after «بن»، «بن أبي» or «محمد أبو» is part of a
    /// name («مسجد الإمام علي بن أبي طالب»), not «demanded»; after «فان»
    /// or «أم» a verb stays a verb.
    @Test func aVerbInsideANameIsNoCue() throws {
        let mosque = ResolutionProbe("""
            ولفت اللواء التركي إلى أن الحادثين الآثمين اللذين استهدفا المصلين بمسجد الإمام علي بن أبي طالب في بلدة القديح بالقطيف، ومسجد الحسين بالدمام، جرى الإعلان عنهما.
            """)
        #expect(!mosque.doc.statements.contains { $0.cue.text == "طالب" })
        let name = ResolutionProbe("""
            وأوضح مدير مكاتب تأجير السيارات خالد بن طالب أن مكاتب التأجير استعدت بتوفير السيارات.
            """)
        #expect(!name.doc.statements.contains { $0.cue.text == "طالب" })
        #expect(name.doc.statements.contains { $0.cue.text == "وأوضح" })
    }
}
