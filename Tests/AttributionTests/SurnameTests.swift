import Testing
@testable import Attribution

/// A foreign surname may end like a plural (-ون، -ان): «جونسون»،
/// «مورغان». Alone after a verb it is the person the article named in
/// full, not an anonymous group («ونفى جونسون» on dev-ant).
struct SurnameTests {
    @Test func aBareSurnameIsThePersonNamedInFull() throws {
        let text = """
        لندن تطرد دبلوماسيين

        أعلن وزير الخارجية البريطاني بوريس جونسون أن لندن ستطرد دبلوماسيين روسا.
        ونفى جونسون أن تكون بلاده قد تأخرت في الرد.
        """
        let doc = Analyzer().analyze(SourceDocument(id: "j", text: text))
        let denied = try #require(doc.statements.first { $0.cue.text == "ونفى" })
        let speaker = try #require(doc.speaker(of: denied))
        #expect(speaker.name == "بوريس جونسون")
        #expect(speaker.anonymity == .named)
        #expect(speaker.kind == .person)
    }

    @Test func anIndefinitePluralIsStillAGroup() throws {
        let doc = Analyzer().analyze(SourceDocument(id: "g", text: "وحذر متخصصون من أن الأسعار سترتفع."))
        let warned = try #require(doc.statements.first)
        #expect(doc.speaker(of: warned)?.anonymity == .anonymous)
        #expect(doc.speaker(of: warned)?.kind == .group)
    }
}
