import Testing
import Attribution

/// `HeadlineSpeaker`: «X: claim» in a title.
struct HeadlineSpeakerTests {
    @Test func theNameBeforeTheColonOfATitle() throws {
        let p = ResolutionProbe("أنقرة - قال الرئيس التركي إن العملية ستستمر.", title: "أردوغان: لا حل عسكري في سوريا")
        let s = try #require(p.doc.statements.first { $0.cue.kind == .headline })
        #expect(p.doc.speaker(of: s)?.name == "أردوغان")
    }

    /// «مورينيو حول علاقته مع بوغبا: …» (a dev-ant title): the topic after
    /// «حول» is not part of the speaker.
    @Test func theTopicAfterHawlIsNotTheSpeaker() throws {
        let p = ResolutionProbe("قال المدرب إن العلاقة جيدة.", title: "مورينيو حول علاقته مع بوغبا: الصحافة تحب نشر الأكاذيب")
        let s = try #require(p.doc.statements.first { $0.cue.kind == .headline })
        #expect(p.doc.speaker(of: s)?.name == "مورينيو")
    }
}
