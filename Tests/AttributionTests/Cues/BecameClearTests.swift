import Testing
import Attribution

/// `BecameClear.swift`: «تبيّن أن» (it became clear that) is spelt as the
/// feminine imperfect of «بيّن»; with no subject before it, no report.
@Suite struct BecameClearTests {
    /// Saudi bench (the interior ministry's statements as the papers ran
    /// them): after a comma or «بعد أن» the verb is «it became clear».
    @Test func itBecameClearIsNoCue() {
        let investigation = ResolutionProbe("""
            وبمباشرة الجهات المختصة إجراءاتها التحقيقية في هذه الجريمة النكراء، تبين أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه.
            """)
        #expect(investigation.doc.statements.isEmpty, "\(investigation.doc.statements.map(\.cue.text))")
        let cell = ResolutionProbe("""
            وتم القبض على (31) شخصًا منهم أربعة مقيمين، والبقية سعوديون وذلك بعد أن تبين أنهم شكلوا خلية ارتبطت تنظيميًا بما كان يخطط له.
            """)
        #expect(!cell.doc.statements.contains { $0.cue.text == "تبين" })
    }

    /// Saudi bench: under the ل of purpose it is the imperfect, and the
    /// ministry explains.
    @Test func underThePurposeLamTheMinistryExplains() throws {
        let p = ResolutionProbe("""
            ولا يزال هذا الحادث الإرهابي محل متابعة الجهات الأمنية المختصة، ووزارة الداخلية إذ تعلن ذلك لتبين أن مثل هذا العمل الجبان الغادر الذي لم يراع حرمة للمكان ولا للدماء المعصومة، ليوضح مدى خبث هذا الفكر وإجرامه وضلاله.
            """)
        #expect(p.doc.statements.contains { $0.cue.text == "لتبين" })
    }
}
