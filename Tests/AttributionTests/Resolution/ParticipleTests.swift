import Testing
import Attribution

/// `Participle`: «مضيفاً» continues the statement of its sentence.
struct ParticipleTests {
    @Test func theParticipleTakesTheSpeakerOfItsSentence() throws {
        let p = ResolutionProbe("وقال المتحدث باسم الجيش إن القوات سيطرت على المدينة، مضيفاً أن المعارك مستمرة في الريف.")
        #expect(try p.resolution("مضيفاً") == .participle)
        #expect(try p.statement("مضيفاً").speaker.entity == p.statement("وقال").speaker.entity)
    }
}
