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

    /// «وقال لوسائل الإعلام الألمانية إن …» (dev-ant, BBC Arabic): the
    /// recipient runs over its media noun, so the verb stays pro-drop.
    @Test func theMediaSpokenToAreNoSubject() throws {
        let p = ResolutionProbe("وقال الأمين العام للحلف ينس ستولتنبرغ إن الرد متوقع. وقال لوسائل الإعلام الألمانية إن الهجوم يتبع نسقا.")
        let s = try p.statement("وقال", 1)
        #expect(s.recipient == "وسائل الإعلام الألمانية")
        #expect(s.speaker.resolution == .proDrop)
    }

    /// «كشفت أمل حجازي أنها …» (dev-ant, Al Arabiya): «أمل» is a given
    /// name and a verb (hoped); opening the subject, not followed by its
    /// complement, it is the name, and it is no second cue.
    @Test func aGivenNameThatIsAlsoAVerbIsTheSubject() throws {
        let p = ResolutionProbe("كشفت أمل حجازي أنها تتحضر لإطلاق دعاء.\nوقالت إنها تنتظر شهر رمضان.")
        #expect(try p.speaker("كشفت") == "أمل حجازي")
        #expect(try p.speaker("وقالت") == "أمل حجازي")
        #expect(!p.doc.statements.contains { $0.cue.text == "أمل" })
    }
}
