import Testing
import Attribution

/// `NamedLater`: a possessed person noun named in full later in the article.
struct NamedLaterTests {
    @Test func thePossessedNounsLaterFullName() throws {
        let p = ResolutionProbe("قدم أفراد الدوريات مبلغاً لمساعدة زميلهم الذي احترقت سيارته؛ حيث أكد أن الحادث وقع ليلاً. وشكر زميلهم العريف فهيد حمود الشمري رفاقه على موقفهم.")
        let name = try p.speaker("أكد")
        #expect(name?.contains("فهيد") == true)
    }
}
