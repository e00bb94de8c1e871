import Testing
import Attribution

/// `HeadlineSpeaker`: «X: claim» in a title.
struct HeadlineSpeakerTests {
    @Test func theNameBeforeTheColonOfATitle() throws {
        let p = ResolutionProbe("أنقرة - قال الرئيس التركي إن العملية ستستمر.", title: "أردوغان: لا حل عسكري في سوريا")
        let s = try #require(p.doc.statements.first { $0.cue.kind == .headline })
        #expect(p.doc.speaker(of: s)?.name == "أردوغان")
    }
}
