import Testing
import Attribution

/// `DocumentIssuer`: a document speaks for whoever issued it.
struct DocumentIssuerTests {
    @Test func theVerbAfterTheIssuedDocumentIsTheIssuers() throws {
        let p = ResolutionProbe("وأصدرت جامعة تبوك بياناً تبرأت فيه من التصريحات المنسوبة إليها.")
        #expect(try p.speaker("تبرأت") == "جامعة تبوك")
    }
}
