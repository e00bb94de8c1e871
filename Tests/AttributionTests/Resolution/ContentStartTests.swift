import Testing
import Attribution

/// `ContentStart`: where a statement's content opens.
struct ContentStartTests {
    /// «أشار إلى أن …»: the verb's preposition and the complementiser are
    /// skipped.
    @Test func theVerbsPrepositionAndTheComplementiserAreSkipped() throws {
        let p = ResolutionProbe("وأشار الوزير إلى أن المشروع سيكتمل العام المقبل.")
        #expect(try p.statement("وأشار").content.text.hasPrefix("المشروع"))
    }

    /// Asharq Al-Awsat (../shared/corpus/bench): after the complementiser
    /// or the colon a preposition is the content's own («من المتوقع»،
    /// «على المشتري»), not the verb's.
    @Test func aPrepositionAfterTheComplementiserIsContent() throws {
        let p = ResolutionProbe("""
            وتقول الصحيفة إن من المتوقع أن يسعى للحصول على موافقة البرلمان.
            ويقول الخبير: على المشتري أن يختار وكيله بعناية.
            """)
        #expect(try p.statement("وتقول").content.text.hasPrefix("من المتوقع"))
        #expect(try p.statement("ويقول").content.text.hasPrefix("على المشتري"))
    }

    /// Sky News Arabia, France 24 and Al Arabiya (../shared/corpus/ant,
    /// unseen): a relative clause, «قوله», an adjunct or the reason a
    /// source is hidden, between the speaker and the complementiser, is
    /// no part of what was said.
    @Test func whatStandsBeforeTheComplementiserIsNoContent() throws {
        let p = ResolutionProbe("""
            وقالت وزارة الخارجية الألمانية التي نظمت مؤتمر المانحين في برلين، الاثنين، إن هذه الأموال ستكون متاحة للدول المجاورة.
            ونقلت وكالة الأنباء الرسمية عن مصدر أمني قوله إن "التحقيق مستمر".
            وقال الصليب الأحمر قبل الواقعة إن 6 أشخاص على الأقل قتلوا منذ أن بدأت الاحتجاجات.
            وقال ناشط حقوقي طلب عدم نشر اسمه إنه غادر البلاد.
            """)
        #expect(try p.statement("وقالت").content.text.hasPrefix("هذه الأموال"))
        #expect(try p.statement("عن مصدر أمني قوله").content.text.hasPrefix("\"التحقيق"))
        #expect(try p.statement("وقال").content.text.hasPrefix("6 أشخاص"))
        #expect(try p.statement("وقال", 1).content.text.hasPrefix("غادر"))
    }

    /// Al Arabiya (dev-ant) and France 24 (ant, unseen): the
    /// complementiser of another report («واصفا إياها بأنها»), of a clause
    /// joined by و («وأكدت … أن») or of a prepositional phrase («من شأنها
    /// أن») is not the first verb's.
    @Test func anotherReportsComplementiserIsNotSkippedTo() throws {
        let p = ResolutionProbe("""
            نفى مدرب مانشستر يونايتد الإنجليزي البرتغالي جوزيه مورينيو بغضب الشائعات التي تحدثت عن تردي علاقته بلاعب الوسط الفرنسي بول بوغبا، واصفا إياها بأنها "أكاذيب".
            ودانت باريس بشدة الهجوم وأكدت وزارة الخارجية الفرنسية أن "باريس ستتحمل مسؤوليتها كاملة".
            وتقترح الحكومة النمساوية إجراءات من شأنها أن تزيد صعوبة حصول اللاجئين على اللجوء.
            """)
        #expect(try !p.statement("نفى").content.text.hasPrefix("\"أكاذيب"))
        #expect(try p.statement("ودانت").content.text.hasPrefix("الهجوم"))
        #expect(try p.statement("وتقترح").content.text.hasPrefix("إجراءات"))
    }
}
