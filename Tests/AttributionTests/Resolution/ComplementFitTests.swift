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
}
