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

    /// «وفقاً لصحيفة نيويورك تايمز»، «وفقا لشبكة بلومبيرغ» (dev-ant, CNN
    /// and BBC Arabic): after a frame, ل with an outlet names the source;
    /// it is not someone spoken to.
    @Test func anOutletAfterAccordingToIsTheSource() throws {
        let p = ResolutionProbe("وتقول الشركة إن الأمر بسيط، وفقاً لصحيفة نيويورك تايمز.")
        #expect(try p.speaker("وفقاً") == "صحيفة نيويورك تايمز")
    }
}
