@testable import Attribution
import Testing

@Suite struct NameKeyTests {
    @Test func diacriticsTatweelAndHamzaForms() {
        #expect(NameKey("وزارةُ الدفاعِ الروسيّة") == NameKey("وزاره دفاع روسيه"))
        #expect(NameKey("إيغر كوناشـــينكوف") == NameKey("ايغر كوناشينكوف"))
        #expect(NameKey("آمال") == NameKey("أمال"))
        #expect(NameKey("مصطفى") == NameKey("مصطفي"))
    }

    @Test func leadingArticleDroppedPerWord() {
        #expect(NameKey("الكرملين").words == ["كرملين"])
        #expect(NameKey("وليد المعلم").surname == "معلم")
        #expect(NameKey("ال").words == ["ال"])
    }

    @Test func punctuationAndBidiMarksAreWordBreaks() {
        #expect(NameKey("«الشرق الأوسط»") == NameKey("الشرق الاوسط"))
        #expect(NameKey("\u{200F}الكرملين\u{202C}") == NameKey("الكرملين"))
        #expect(NameKey("  ").isEmpty)
    }
}
