import Testing
import Attribution

/// `SameName`: a surname or spelling variant is the person named in full.
struct SameNameTests {
    @Test func aSurnameIsThePersonNamedInFull() throws {
        let p = ResolutionProbe("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. من جهته، قال نظيره الأمريكي إن الوقت ينفد. وأكد لافروف أن موسكو مستعدة.")
        let first = try p.statement("وقال"), later = try p.statement("وأكد")
        #expect(later.speaker.entity == first.speaker.entity)
    }

    @Test func aSpellingVariantWithAnotherLongVowelIsTheSamePerson() throws {
        let p = ResolutionProbe("وقال الرئيس الإسرائيلي رؤوفين ريفيلين إن القرار خاطئ. وأكد ريفلين أن إسرائيل سترد.")
        #expect(try p.statement("وأكد").speaker.entity == p.statement("وقال").speaker.entity)
    }
}
