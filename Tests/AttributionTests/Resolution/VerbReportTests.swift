import Testing
import Attribution

/// `VerbReport`: a reporting verb and its subject.
struct VerbReportTests {
    @Test func theSubjectAfterTheVerb() throws {
        let p = ResolutionProbe("وقال الكرملين إن الرئيس بوتين لم يتخذ أي قرار بعد.")
        #expect(try p.speaker("وقال") == "الكرملين")
        #expect(try p.resolution("وقال") == .overt)
    }

    @Test func theSubjectBeforeTheVerbInATitle() throws {
        let p = ResolutionProbe("وصل الوفد إلى العاصمة أمس.", title: "موسكو تعلن تعليق الرحلات إلى القاهرة")
        #expect(try p.speaker("تعلن") == "موسكو")
    }

    @Test func anImpersonalPassiveHasAnUnspecifiedSpeaker() throws {
        let p = ResolutionProbe("وقيل إن الاجتماع سيعقد الأسبوع المقبل في جنيف.")
        #expect(try p.resolution("وقيل") == .impersonal)
        #expect(try p.speaker("وقيل") == "غير محدد")
    }

    @Test func anAnnouncementStillToComeIsNoReport() {
        let p = ResolutionProbe("وقال الوزير إن الحكومة لن تعلن أسماء المرشحين قبل الشهر المقبل.")
        #expect(!p.doc.statements.contains { $0.cue.text == "تعلن" })
    }
}
