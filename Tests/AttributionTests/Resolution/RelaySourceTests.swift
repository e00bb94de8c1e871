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

    /// dev-ant (CNN Arabic) and dev (Saudi press): «في تصريحات نقلتها X»:
    /// the outlet relays the statement before it, which is nested in the
    /// relay; the outlet takes over no later pro-drop verb.
    @Test func statementsCarriedByAnOutlet() throws {
        let p = ResolutionProbe("""
            وقال المالكي في تصريحات نقلتها وكالة الأنباء السعودية (واس): "تم اعتراض الصاروخ".
            وأضاف أن الصاروخ أطلق من صعدة.
            """)
        #expect(try p.speaker("نقلتها")?.contains("وكالة الأنباء السعودية") == true)
        #expect(try p.statement("وقال").embeddedIn == p.statement("نقلتها").id)
        #expect(try p.speaker("وأضاف") == "المالكي")
    }
}
