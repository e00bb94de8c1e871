import Testing
import Attribution

/// `SubordinateClause`: a cue inside another statement's clause does not
/// take over the pro-drop verbs after it.
struct SubordinateClauseTests {
    @Test func aRelativeClauseCueDoesNotCaptureTheNextProDrop() throws {
        let p = ResolutionProbe("وقال المتحدث باسم الجيش إن العملية التي أعلنت أنقرة بدءها تهدد المدنيين. وأضاف أن القوات مستعدة.")
        #expect(try p.statement("وأضاف").speaker.entity == p.statement("وقال").speaker.entity)
    }

    /// «بيد أن المرصد … أعلن»، «إلا أن الإعلام السوري أكد» (dev-ant, Sky
    /// News Arabia): after «but» the clause is a main one, whose speaker
    /// the next pro-drop verbs continue, even with its subject before
    /// the verb.
    @Test func aClauseAfterButIsAMainClause() throws {
        let p = ResolutionProbe("""
            وقال الجيش الإسرائيلي إنه رصد نشاطا غير معتاد، بيد أن المرصد السوري لحقوق الإنسان أعلن إصابة الضربات مستودع أسلحة.
            وكشف أن قصفاً صاروخياً طال مستودعا.
            """)
        #expect(try p.speaker("وكشف") == "المرصد السوري لحقوق الإنسان")
    }

    @Test func aSubjectBeforeTheVerbAfterButSpeaks() throws {
        let p = ResolutionProbe("""
            وكان الجيش الإسرائيلي قد قال إنه أصدر تعليمات للسلطات المدنية.
            إلا ان الإعلام السوري أكد أن الضربة إسرائيلية، وقال إن الدفاعات الجوية دمرت صاروخين.
            """)
        #expect(try p.speaker("أكد") == "الإعلام السوري")
        #expect(try p.speaker("وقال") == "الإعلام السوري")
    }
}
