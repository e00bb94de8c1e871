import Testing
import Attribution

/// `Refusal`: «لم يعلق X»، «رفض X التعليق» are statements of X, negated.
struct RefusalTests {
    @Test func aSilenceIsTheSubjectsNegatedStatement() throws {
        let p = ResolutionProbe("ولم يعلق الكرملين على هذه التقارير حتى الآن.")
        let s = try #require(p.doc.statements.first)
        #expect(s.negated)
        #expect(p.doc.speaker(of: s)?.name == "الكرملين")
    }
}
