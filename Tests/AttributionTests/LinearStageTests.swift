import Foundation
import Testing
@testable import Attribution

/// The stages made linear for issue #17 (item 12) find what the walks they
/// replaced found: every quotation's words, clause marks and first word
/// from running counts, and each token's innermost speech quotation from
/// one pass with a stack, on real articles and on hostile text (nested
/// quotation marks that never close, unbalanced ones, marks alone). How
/// fast they are is measured by scripts/hostile-articles.py, not here; the
/// whole analysis keeps its output, which the dev and seed tests pin.
@Suite struct LinearStageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var texts: [String] {
        var texts = SegmentationTests.hostile + [
            String(repeating: "وقال المتحدث «إن “الوزير قال ‘إن المصدر أكد ", count: 200),
            String(repeating: "وقال «مصدر» \"إن\" «كلام» “قال” ", count: 300),
            String(repeating: "«", count: 50) + "قال" + String(repeating: "»", count: 20),
            "أ «ب “ج ‘د’ ه” و» ز «ح»\nط «ي “ك\nل» م",
            String(repeating: "قال\nمصدر إن\n", count: 100),
        ]
        for dir in ["Samples", "Fuzz/seeds"] {
            let url = root.appendingPathComponent(dir)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() {
                if let data = try? Data(contentsOf: url.appendingPathComponent(name)) {
                    texts.append(String(decoding: data, as: UTF8.self))
                }
            }
        }
        return texts
    }

    @Test func quotationCountsMatchTheWalk() {
        var quotations = 0
        for text in Self.texts {
            let analysis = AnalysisText(text, lexicon: .shared)
            let counts = QuotationScanner.InsideCounts(analysis.tokens, marks: analysis.marks)
            for q in analysis.quotations {
                let walked = QuotationScanner.classify(q, analysis.tokens, lexicon: .shared, marks: analysis.marks)
                let counted = QuotationScanner.classify(q, analysis.tokens, lexicon: .shared, marks: analysis.marks, counts: counts)
                #expect(walked.words == counted.words && walked.isSpeech == counted.isSpeech, "\(q) in «\(text.prefix(60))»")
                quotations += 1
            }
        }
        #expect(quotations > 1000)
    }

    @Test func innermostSpeechQuotationMatchesTheWalk() {
        for text in Self.texts {
            let analysis = AnalysisText(text, lexicon: .shared)
            // The walk it replaced: each speech quotation writes its tokens, later (inner) ones last.
            var walked = [Int?](repeating: nil, count: analysis.tokens.count)
            for (qi, q) in analysis.quotations.enumerated() where q.isSpeech && q.close > q.open + 1 {
                for t in (q.open + 1)..<q.close { walked[t] = qi }
            }
            #expect(analysis.speechQuoteAt == walked, "«\(text.prefix(60))»")
        }
    }

    @Test func sentenceEndsMatchTheWalk() {
        for text in Self.texts {
            let analysis = AnalysisText(text, lexicon: .shared)
            for i in analysis.tokens.indices {
                var j = i
                while j + 1 < analysis.tokens.count, analysis.tokens[j + 1].sentence == analysis.tokens[i].sentence { j += 1 }
                if analysis.sentenceEnd(from: i) != j {
                    Issue.record("token \(i) of «\(text.prefix(60))»: \(analysis.sentenceEnd(from: i)) != \(j)")
                    break
                }
            }
        }
    }

    /// Out of nesting order (never made by the scanner), the innermost
    /// quotation falls back to the walk.
    @Test func quotationsThatDoNotNestFallBackToTheWalk() {
        let overlapping = [Quotation(open: 0, close: 5, balanced: true, isSpeech: true, words: 4),
                           Quotation(open: 2, close: 8, balanced: true, isSpeech: true, words: 4)]
        let inside = AnalysisText.innermostSpeechQuote(overlapping, tokenCount: 10)
        #expect(inside == [nil, 0, 0, 1, 1, 1, 1, 1, nil, nil])
    }
}
