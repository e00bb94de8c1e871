import Attribution
@testable import Audit
import Foundation
import Testing

/// The audit cuts its review sentences and finds the lead with the
/// analyser's sentences and paragraphs, never with a splitter of its own.
@Suite struct AuditSentenceTests {
    static let text = "ارتفع سعر صرف الدولار إلى 3.75 ريال.\n"
        + "وقال مصدر مصرفي إن البنك المركزي سيتدخل إذا تجاوز السعر 3.80 ريال خلال الأسبوع المقبل."

    @Test func theAuditsSentencesAreTheAnalysers() {
        let document = SourceDocument(id: "t", text: Self.text)
        let analysed = AuditSupport.auditor.analyzer.analyze(document)
        let text = ArticleText(document, analysed: analysed, lexicon: .shared)
        #expect(text.sentences == analysed.sentences)
        #expect(text.paragraphs == analysed.paragraphs)
        #expect(analysed.sentences.count == 2)
        #expect(analysed.paragraphs.count == 2)
    }

    @Test func aDecimalPointEndsNoReviewSentence() throws {
        let (audit, _) = AuditSupport.auditor.audit(SourceDocument(id: "t", text: Self.text))
        let item = try #require(audit.review.first { $0.speaker.contains("مصدر") })
        #expect(item.sentence.contains("3.80 ريال خلال الأسبوع المقبل"))
        #expect(!item.sentence.contains("3.75"))
    }

    /// A result read back from JSON has no spans: the text is segmented
    /// again by the analyser's stage, and the audit is the same.
    @Test func aResultReadBackFromJSONIsSegmentedAgain() throws {
        let document = SourceDocument(id: "t", text: Self.text)
        let analysed = AuditSupport.auditor.analyzer.analyze(document)
        let readBack = try JSONDecoder().decode(AnalyzedDocument.self, from: JSONEncoder().encode(analysed))
        #expect(readBack.sentences.isEmpty)
        let audit = AuditSupport.auditor.audit(document, analysed: analysed)
        #expect(AuditSupport.auditor.audit(document, analysed: readBack) == audit)
    }
}
