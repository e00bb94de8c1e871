import Testing
import Attribution

/// `SubjectCheck`: the phrase after a verb is its subject only if it can
/// speak.
struct SubjectCheckTests {
    /// «وتشير تلك التغييرات إلى …»: a demonstrative over a thing is not
    /// the subject (the verb, if a report at all, is pro-drop).
    @Test func aDemonstrativeOverAThingIsNoSubject() {
        let p = ResolutionProbe("وقال الوزير إن الخطة جاهزة. وتشير تلك التغييرات إلى تحول في سياسة الحكومة.")
        #expect(!p.doc.statements.contains { $0.speaker.text.contains("التغييرات") })
    }

    @Test func aKnownSpeakerWordIsTheSubject() throws {
        let p = ResolutionProbe("وذكرت تقارير صحفية أن المفاوضات توقفت.")
        let s = try #require(p.doc.statements.first)
        #expect(p.doc.speaker(of: s)?.name.contains("تقارير") == true)
    }
}
