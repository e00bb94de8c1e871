import Testing
import Attribution

/// `SourceFrame`: «بحسب X»، «وفقاً لـX» name X as the source; a rule or
/// plan after the frame names none.
struct SourceFrameTests {
    @Test func theSourceAfterAFrame() throws {
        let p = ResolutionProbe("وارتفع عدد القتلى إلى عشرين شخصاً، بحسب وزارة الداخلية.")
        #expect(try p.speaker("بحسب") == "وزارة الداخلية")
    }

    @Test func aPlanAfterAFrameIsNoSource() {
        let p = ResolutionProbe("وسيبدأ العمل في المشروع مطلع العام المقبل وفق الخطة المعتمدة.")
        #expect(!p.doc.statements.contains { $0.cue.text.hasPrefix("وفق") })
    }
}
