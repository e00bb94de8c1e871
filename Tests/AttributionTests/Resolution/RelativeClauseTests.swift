import Testing
import Attribution

/// `RelativeClause`: a reporting verb right after a relative pronoun with
/// no subject of its own speaks for the noun phrase the pronoun follows.
struct RelativeClauseTests {
    /// dev-ant, Al Arabiya: a second speaker brought in by a relative
    /// clause, while the article's main speaker goes on after it.
    @Test func theAntecedentSpeaksAndTheMainSpeakerGoesOn() throws {
        let p = ResolutionProbe("""
            وقال بوتين في مؤتمر صحافي إن "العقوبات ليست من الأمور الجيدة".
            ويأتي كلامه متزامنا مع كلام لرئيس الحكومة الإيطالية الجديد جوزيبي كونتي، الذي أعلن أن بلاده ترغب في "إعادة النظر" في العقوبات.
            وأضاف بوتين: "نحن منفتحون ومستعدون للتعاون".
            كما التقى بوتين المستشار النمساوي سباستيان كورتز الذي دعا إلى "الحوار" مع روسيا.
            """)
        #expect(try p.speaker("أعلن") == "جوزيبي كونتي")
        #expect(try p.speaker("دعا") == "سباستيان كورتز")
        #expect(try p.speaker("وأضاف") == "بوتين")
    }

    /// dev-ant, CNN Arabic: the antecedent after a comma, in apposition
    /// with a title; the relative clause is nested in the report around it.
    @Test func anAppositionBetweenCommas() throws {
        let p = ResolutionProbe("أكد الرئيس الأمريكي دونالد ترامب أنه اتصل بالعاهل السعودي، الملك سلمان بن عبد العزيز، الذي نفى بدوره علمه بما حدث.")
        #expect(try p.speaker("نفى")?.contains("سلمان بن عبد العزيز") == true)
        #expect(try p.statement("نفى").embeddedIn == p.statement("أكد").id)
    }

    /// dev-ant, France 24: a name in quotation marks after its head word.
    @Test func aQuotedNameAfterItsHead() throws {
        let p = ResolutionProbe("وأثار القرار انتقادات من نشطاء من بينهم منظمة \"أوكسفام\" الخيرية التي تقول إن التزام الاتحاد الأوروبي التصدي للتهرب الضريبي ضعيف.")
        #expect(try p.speaker("تقول")?.contains("أوكسفام") == true)
    }

    /// A pronoun after the verb points back to the antecedent, which is
    /// then its object («القوات … التي قال عنها»), and a verb that does not
    /// agree with the pronoun has another subject.
    @Test func aResumptivePronounOrDisagreementMakesNoAntecedent() throws {
        let p = ResolutionProbe("""
            ودعا رئيس المجلس العسكري الوحدات إلى بناء القوات المسلحة الوطنية التي قال عنها: «إنها لن تكون مرتمية لأحد».
            وأشاد بمستوى التنسيق المتكامل مع قوات التحالف العربي الذي وصفها بالممتاز.
            """)
        #expect(try p.speaker("قال") != "القوات المسلحة الوطنية")
        #expect(try p.speaker("وصفها") != "قوات التحالف العربي")
    }

    /// A thing in a genitive or a place after a preposition is no speaker.
    @Test func aGenitiveOrAPlaceIsNoAntecedent() throws {
        let p = ResolutionProbe("""
            وذكرت الوزارة أنها تعتبر المشاركة مخالفة للقانون الدولي ولقرارات الأمم المتحدة العديدة التي تؤكد عدم شرعية الاستيطان.
            """)
        #expect(try p.speaker("تؤكد") != "الأمم المتحدة العديدة")
    }

    /// CNN Arabic (../shared/corpus/ant, unseen): a verb that governs an
    /// object (اتهم) in a relative clause on a speaker has that speaker
    /// for its subject; the phrase after it is the one accused (it was
    /// «الحكومة الروسية»).
    @Test func anObjectVerbsPhraseIsItsObject() throws {
        let p = ResolutionProbe("""
            وانتقدت هايلي الحكومة الروسية بسبب "الخداع والنفاق والوحشية" التي أظهرتها نيابة عن الرئيس السوري بشار الأسد،" مضيفة: "أود أن أطلب من زملائي بمجلس الأمن التفكير فيما لو كنّا مخطئين،" وفقاً لما ذكرته السفيرة التي اتهمت الحكومة الروسية باستغلال محادثات هدنة وقف إطلاق النار لمساعدة الأسد على التقدم بحملته ضد قوات المعارضة.
            """)
        #expect(try p.speaker("اتهمت") == "السفيرة")
        #expect(try p.speaker("اتهمت") == p.speaker("وفقاً لما ذكرته"))
    }
}

