import Testing
import Attribution

/// `BackReference`: a definite role or institution points back to an
/// earlier speaker with the same head.
struct BackReferenceTests {
    @Test func theRoleGoesBackToTheNamedHolder() throws {
        let p = ResolutionProbe("وقال وزير الخارجية الأمريكي مايك بومبيو إن العقوبات ستستمر. وأكد الوزير أن واشنطن لن تتراجع.")
        #expect(try p.resolution("وأكد") == .backReference)
        #expect(try p.speaker("وأكد") == p.speaker("وقال"))
    }

    @Test func anInstitutionNamedEarlierInFull() throws {
        let p = ResolutionProbe("وأصدرت وزارة الصحة السعودية تعليمات جديدة للمستشفيات. وقالت الوزارة إن الإجراءات تهدف إلى الحد من العدوى.")
        #expect(try p.speaker("وقالت") == "وزارة الصحة السعودية")
    }
}
