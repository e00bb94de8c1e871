import Attribution
@testable import QuoteGraphCore
import Testing

/// `PersonName` and the merge rules it gives `SpeakerMerger`.
@Suite struct CompareNameTests {
    @Test func titlesAndStrayWordsAreDropped() {
        #expect(PersonName("الجنرال إيغور كوناشنكوف").key == "ايغور كوناشنكوف")
        #expect(PersonName("وزير الخارجية الأستاذ عادل بن أحمد الجبير").key == "عادل بن احمد جبير")
        #expect(PersonName("وزير الخارجية الألماني فرانك فالتر شتاينماير").key == "فرانك فالتر شتاينماير")
        #expect(PersonName("كوناشنكوف قوله").key == "كوناشنكوف")
        #expect(PersonName("الشيخ الشريم").key == "شريم")
        #expect(PersonName("عبد اللطيف السيد").key == PersonName("عبداللطيف السيد").key)
    }

    @Test func transliterationsMatchBySkeleton() {
        #expect(PersonName("إيغر كوناشينكوف").isVariant(of: PersonName("الجنرال إيغور كوناشنكوف")))
        #expect(PersonName("رؤوفين ريفيلين").isVariant(of: PersonName("رؤوفين ريفلين")))
        #expect(PersonName("سيرغي لافروف").isVariant(of: PersonName("سيرجي لافروف")))
    }

    @Test func arabicNamesMatchExactly() {
        // Two given names, and two family names with the article: different people.
        #expect(!PersonName("محمد عباس").isVariant(of: PersonName("محمود عباس")))
        #expect(!PersonName("سعد العمري").isVariant(of: PersonName("سعد العامري")))
        #expect(!PersonName("نوري المالكي").isVariant(of: PersonName("أسامة المالكي")))
    }

    @Test func shortForms() {
        let full = PersonName("عادل بن أحمد الجبير")
        #expect(PersonName("عادل الجبير").isShortForm(of: full))
        #expect(PersonName("الجبير").isShortForm(of: full))
        #expect(PersonName("داود أوغلو").isShortForm(of: PersonName("أحمد داود أوغلو")))
        #expect(!PersonName("سامي الجبير").isShortForm(of: full))
        // A patronymic is not a family name: King Salman is not «محمد بن سلمان».
        #expect(!PersonName("الملك سلمان").isShortForm(of: PersonName("محمد بن سلمان")))
    }
}
