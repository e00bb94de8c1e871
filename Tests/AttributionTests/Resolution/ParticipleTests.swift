import Testing
import Attribution

/// `Participle`: «مضيفاً» continues the statement of its sentence.
struct ParticipleTests {
    @Test func theParticipleTakesTheSpeakerOfItsSentence() throws {
        let p = ResolutionProbe("وقال المتحدث باسم الجيش إن القوات سيطرت على المدينة، مضيفاً أن المعارك مستمرة في الريف.")
        #expect(try p.resolution("مضيفاً") == .participle)
        #expect(try p.statement("مضيفاً").speaker.entity == p.statement("وقال").speaker.entity)
    }

    /// dev-ant, France 24: a feminine participle without a comma, known by
    /// the complementiser after it; after a source noun the same word is
    /// its adjective (dev, Saudi press).
    @Test func aFeminineParticipleBeforeItsClause() throws {
        let p = ResolutionProbe("""
            ونفت دمشق ذلك مشيرة إلى أن الطائرة الحربية كانت داخل أجواء سوريا.
            وعلمت الصحيفة من مصادر مؤكدة أن الاجتماع تأجل.
            """)
        #expect(try p.speaker("مشيرة") == "دمشق")
        #expect(!p.doc.statements.contains { $0.cue.text == "مؤكدة" })
    }

    /// Pan-Arab and Saudi news: «مقرا» is also a noun (headquarters); as a
    /// participle of أقر (`strict`) it needs its complement after it, its
    /// subject or a time word; a participle with an object takes it first,
    /// and «فيها» may come first.
    @Test func aParticipleThatIsAlsoANounNeedsItsComplement() throws {
        let p = ResolutionProbe("""
            وقالت المؤسسة الدولية التي تتخذ من واشنطن مقرا لها إن معظم هذا المبلغ سيكون من البلدان النامية.
            وأصدرت الوزارة بياناً حول الحادث، مبيِّناً فيها أن هذه الفئة كفّرت المسلمين.
            ونددت الرابطة باستمرار المحاكمة، واصفة إياها بأنها محاكمات هزلية.
            """)
        #expect(!p.doc.statements.contains { $0.cue.text == "مقرا" })
        #expect(try p.speaker("وقالت") == "المؤسسة الدولية")
        #expect(p.doc.statements.contains { $0.cue.text == "مبيِّناً" })
        #expect(try p.speaker("واصفة") == "الرابطة")
    }
}
