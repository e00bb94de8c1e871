import Testing
import Attribution

/// `SplitCue.swift`: a reporting verb and «قائلاً» on both sides of the
/// speaker are one statement, its cue from the verb to the participle.
@Suite struct SplitCueTests {
    /// Saudi bench (the market authority's chairman): one act, one
    /// statement, as the guidelines write a split cue.
    @Test func verbAndQailanAreOneStatement() throws {
        let p = ResolutionProbe("""
            وقال رئيس هيئة السوق المالية محمد الجدعان إن فتح السوق للمستثمرين الأجانب خطوة مهمة.
            وأضاف الجدعان قائلا: «هيئة السوق تسعى منذ إنشائها إلى تطوير السوق المالية السعودية».
            """)
        let s = try p.statement("وأضاف الجدعان قائلا")
        #expect(p.doc.speaker(of: s)?.name == "محمد الجدعان")
        #expect(!p.doc.statements.contains { $0.cue.text == "قائلا" })
        #expect(s.content.text.hasPrefix("«هيئة السوق"), "\(s.content.text)")
    }

    /// A verb that has its content before the participle is an act of
    /// its own: two statements.
    @Test func aVerbWithItsContentStaysApart() throws {
        let p = ResolutionProbe("""
            وأكد وزير الخارجية أن المملكة مستعدة لدعم عملية سياسية في اليمن، قائلا إن الحل يجب أن يكون سياسيا.
            """)
        #expect(p.doc.statements.map(\.cue.text) == ["وأكد", "قائلا"])
    }

    /// dev-ant (France 24) and dev (Saudi): an adverbial phrase may stand
    /// between («على تويتر»); a stance with its object («أشاد بـ») is an
    /// act of its own, and «قائلا» another.
    @Test func anAdverbMayStandBetweenButNotAStancesObject() throws {
        let tweet = ResolutionProbe("""
            وغرد وزير المالية الفرنسي برونو لومير على تويتر قائلا "الضغط الأوروبي أتى بنتائجه الأولى".
            """)
        #expect(tweet.doc.statements.map(\.cue.text) == ["وغرد وزير المالية الفرنسي برونو لومير على تويتر قائلا"])
        let praise = ResolutionProbe("""
            وأشاد دونيس بالمعسكر الإعدادي للفريق قائلا :"في المعسكر وضعنا الأساس الذي نحتاجه ، سعيد جداً بانضباط اللاعبين في المعسكر بالنمسا".
            """)
        #expect(praise.doc.statements.map(\.cue.text) == ["وأشاد", "قائلا"])
    }
}
