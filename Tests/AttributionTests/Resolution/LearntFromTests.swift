import Testing
import Attribution

/// `LearntFrom`: «علمت X من مصادر أن …»: the sources said it.
struct LearntFromTests {
    @Test func theSourceAfterMinSpeaks() throws {
        let p = ResolutionProbe("وعلمت «عكاظ» من مصادر مطلعة أن الوزارة ستعلن القرار غداً.")
        let s = try #require(p.doc.statements.first)
        let e = try #require(p.doc.speaker(of: s))
        #expect(e.name.contains("مصادر"))
        #expect(e.anonymity != .named)
    }
}
