import Testing
import Attribution

/// `RelaySource`: «نقلت وكالة X عن Y أن …»: Y speaks inside X's report.
struct RelaySourceTests {
    @Test func theInnerSourceIsEmbeddedInTheRelay() throws {
        let p = ResolutionProbe("ونقلت وكالة رويترز عن مصدر أمني قوله إن الهجوم وقع فجراً.")
        let outer = try p.statement("ونقلت")
        let inner = try #require(p.doc.statements.first { $0.embeddedIn == outer.id })
        #expect(p.doc.speaker(of: inner)?.anonymity != .named)
        #expect(p.doc.speaker(of: outer)?.name.contains("رويترز") == true)
    }
}
