import Testing
import Attribution

@Suite struct NormalizerTests {
    @Test(arguments: [("مضيفاً", "مضيفا"), ("مضيفًا", "مضيفا"), ("أكّد", "اكد"), ("إن", "ان"), ("لـ", "ل"),
                      ("على", "علي"), ("\u{200F}قال", "قال")])
    func foldsSpellingVariation(_ pair: (String, String)) {
        #expect(ArabicNormalizer.normalize(pair.0) == pair.1)
    }

    @Test func keepsTaaMarbutaForGender() {
        #expect(ArabicNormalizer.normalize("مضيفة") == "مضيفة")
    }

    @Test func tokenOffsetsCountScalars() {
        let text = "وقال «الكرملين» إن"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text) == ["وقال", "«", "الكرملين", "»", "إن"])
        #expect(tokens[2].start == 6 && tokens[2].end == 14)
    }
}

@Suite struct NormalizerHostileTests {
    /// Presentation forms without a decomposition («﴿ ﴾» around Qur'an
    /// quotations) once sent the normaliser into endless recursion.
    @Test func presentationFormsWithoutDecompositionAreKept() {
        #expect(ArabicNormalizer.normalize("﴿ الآية ﴾") == "﴿ الايه ﴾".replacingOccurrences(of: "ه", with: "ة"))
        #expect(ArabicNormalizer.normalize("ﻻ") == "لا")
    }
}
