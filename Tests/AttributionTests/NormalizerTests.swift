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

@Suite struct EdgeTextTests {
    /// Bench article snn_2015-07-22_1590 opens with a quotation: the form
    /// finder once looked at the token before the first one.
    @Test func textOpeningWithAQuotation() {
        let doc = Analyzer().analyze(SourceDocument(id: "q", text: "«قال الوزير إن الاتفاق قريب» وأضاف أن المحادثات مستمرة"))
        #expect(!doc.statements.isEmpty)
    }

    @Test(arguments: ["", " ", "«", "»«", "قال", "وقال:", "\u{200F}\u{202E}", "Latin only text.", "«««»»»", "،،،"])
    func degenerateTextsDoNotCrash(_ text: String) {
        _ = Analyzer().analyze(SourceDocument(id: "x", text: text))
    }
}

@Suite struct SliceTests {
    /// `AnalysisText.slice` encodes UTF-8 by hand for speed; it must give
    /// what the standard library gives, for every scalar width.
    @Test func sliceMatchesTheStandardLibrary() {
        let text = "a وقال «الكرملين» 😀 é\u{301} ﴿ﻻ﴾ \u{200F}2024"
        let analysis = AnalysisText(text, lexicon: .shared)
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in start...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(analysis.slice(start, end) == String(view))
            }
        }
    }
}
