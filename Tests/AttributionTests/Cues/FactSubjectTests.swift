import Testing
import Attribution

/// `FactSubject.swift`: after a relative «ما» a verb of indicating with its
/// complement right after it has ما for its subject, and reports nothing.
@Suite struct FactSubjectTests {
    /// Saudi bench (economy and security pages): «ما يشير إلى»، «وهذا ما
    /// يؤكد أن» are the writer's inference.
    @Test func theWritersInferenceIsNoCue() {
        let economy = ResolutionProbe("""
            وارتفع عدد الأمريكيين المتقدمين بطلبات جديدة للحصول على إعانة البطالة أقل من المتوقع الأسبوع الماضي، ما يشير إلى استمرار تحسن سوق العمل.
            """)
        #expect(economy.doc.statements.isEmpty, "\(economy.doc.statements.map(\.cue.text))")
        let security = ResolutionProbe("""
            حيث رصدت الجهات الأمنية نحو 40 من النساء والأطفال، وهذا ما يؤكد أن المرأة السعودية تنعم بوعي كامل بالمخاطر.
            """)
        #expect(security.doc.statements.isEmpty, "\(security.doc.statements.map(\.cue.text))")
    }

    /// Saudi bench: the participle after the inference goes back to the
    /// speaker before it (the inference had taken it, with no speaker).
    @Test func theParticipleAfterItGoesToTheSpeakerBefore() throws {
        let p = ResolutionProbe("""
            وعبر المهندس خالد بن صالح المديفر الرئيس التنفيذي لشركة معادن، عن فخر الشركة واعتزازها باستضافة هذا التجمع لكبريات شركات الألمنيوم في العالم، وهو ما يؤكد على مكانة "معادن" ومسيرتها الناجحة في بناء سمعتها، مشيرا إلى أن المؤتمر سيبحث التحديات الحالية والمستقبلية لصناعات الألمنيوم.
            """)
        #expect(!p.doc.statements.contains { $0.cue.text == "يؤكد" })
        #expect(try p.speaker("مشيرا")?.contains("خالد بن صالح المديفر") == true)
    }

    /// Saudi bench: with a subject of its own before the complement, with
    /// its object pronoun, or in the impersonal passive the verb reports.
    @Test func withASubjectOrPronounOrPassiveItReports() throws {
        let pronoun = ResolutionProbe("""
            هل كانت حرب الأيام الستة نقطة فاصلة في ظهور المد الديني الأصولي اليهودي؟ هذا ما يشير إليه الكاتب الفرنسي إيمانويل هيمان في مؤلفه.
            """)
        #expect(try pronoun.speaker("يشير")?.contains("إيمانويل هيمان") == true)
        let passive = ResolutionProbe("""
            ونفى المسلمي ما يقال من أن المقاومة انسحبت من بعض المواقع بسبب نقص الذخيرة.
            """)
        #expect(passive.doc.statements.contains { $0.cue.text == "يقال" })
    }
}
