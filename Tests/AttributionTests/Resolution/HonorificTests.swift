import Testing
import Attribution

/// `Honorific`: «فضيلته» is the dignitary the article introduced last.
struct HonorificTests {
    @Test func theHonorificGoesToTheDignitaryJustIntroduced() throws {
        let p = ResolutionProbe("وألقى إمام وخطيب المسجد الحرام الشيخ الدكتور عبدالرحمن السديس خطبة الجمعة. وقال فضيلته إن الأمة بحاجة إلى الوحدة.")
        let name = try #require(try p.speaker("وقال"))
        #expect(name.contains("عبدالرحمن السديس"))
    }
}
