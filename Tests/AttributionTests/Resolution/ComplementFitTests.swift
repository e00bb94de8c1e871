import Testing
import Attribution

/// `ComplementFit`: what follows a cue must make it a report.
struct ComplementFitTests {
    @Test func aVerbWithItsOwnPrepositionAfterItsObject() throws {
        let p = ResolutionProbe("وأوصى الإمام المصلين بتقوى الله في السر والعلن.")
        #expect(p.doc.statements.contains { $0.cue.text == "وأوصى" })
    }

    @Test func anAdverbialPhraseBeforeTheContent() throws {
        let p = ResolutionProbe("وأشار الوزير في تصريح له صباح أمس إلى أن المشروع سيكتمل.")
        #expect(try p.speaker("وأشار") == "الوزير")
    }

    @Test func aSwappedPrepositionBeforeAComplementiserIsContent() throws {
        let p = ResolutionProbe("وأكد رئيس الوزراء على أن الحكومة ماضية في الإصلاحات.")
        let s = try p.statement("وأكد")
        #expect(s.content.text.hasPrefix("الحكومة"))
    }

    /// Asharq Al-Awsat (../shared/corpus/bench): a quoted outlet inside
    /// the adverbial phrase does not end it; the verb's «إلى أن» follows.
    @Test func aQuotedNameInsideTheAdverbialPhrase() throws {
        let p = ResolutionProbe("""
            وقالت الفنانة إن المسلسل نجح. وأشارت في حديث لـ«الشرق الأوسط» إلى أنها تتابع عددا من المسلسلات الرمضانية.
            """)
        #expect(try p.speaker("وأشارت") == "الفنانة")
    }

    /// Al Arabiya (../shared/corpus/ant): «بشكل قاطع» is an adverb, not
    /// the subject; the verb is pro-drop.
    @Test func anAdverbWithBIsNoSubject() throws {
        let p = ResolutionProbe("""
            وقال حسام حبيب إن الأخبار كاذبة. وقبل أشهر نفى بشكل قاطع لـ "العربية.نت" أن يكون هناك زواج.
            """)
        #expect(try p.speaker("نفى") == "حسام حبيب")
        #expect(try p.statement("نفى").recipient == "العربية.نت")
    }
}
