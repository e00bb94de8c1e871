import Testing
import Attribution

/// `SubordinateClause`: a cue inside another statement's clause does not
/// take over the pro-drop verbs after it.
struct SubordinateClauseTests {
    @Test func aRelativeClauseCueDoesNotCaptureTheNextProDrop() throws {
        let p = ResolutionProbe("وقال المتحدث باسم الجيش إن العملية التي أعلنت أنقرة بدءها تهدد المدنيين. وأضاف أن القوات مستعدة.")
        #expect(try p.statement("وأضاف").speaker.entity == p.statement("وقال").speaker.entity)
    }
}
