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

    /// Saudi bench: a surname with the article that ends like a plural
    /// («السعدون») is the family name the article wrote after a given
    /// name; two people joined by و in the lead are two members of the
    /// cast, and a surname before any pro-drop verb finds its full name.
    @Test func aSurnameFindsItsPersonAmongTwoJoinedInTheLead() throws {
        let p = ResolutionProbe("""
            نظمت جمعية المعاقين بالأحساء حفلا بحضور وكيل محافظة الأحساء خالد البراك ورئيس مجلس إدارة الجمعية الدكتور سعدون السعدون.
            وأشاد البراك بالحفل وتفاعل الأهالي. من جهته عبر السعدون عن بهجته وسعادته لهذا الحضور.
            """)
        #expect(try p.speaker("وأشاد") == "خالد البراك")
        #expect(try p.speaker("عبر") == "سعدون السعدون")
        let spoke = try p.statement("عبر")
        #expect(p.doc.speaker(of: spoke)?.anonymity == .named)
    }

    /// Saudi bench: «مختصو»، «محللو» are the plurals مختصون، محللون in
    /// construct, unnamed groups like them.
    @Test func aPluralInConstructIsAnUnnamedGroup() throws {
        let p = ResolutionProbe("""
            وقد قدر مختصو الاقتصاد سابقا أن القيمة الاقتصادية ستتراجع.
            كتب محللو بنك دويتشه أن المجموعة قد تعاني في سبيل العثور على مشتر.
            """)
        for cue in ["قدر", "كتب"] {
            let s = try p.statement(cue)
            #expect(p.doc.speaker(of: s)?.anonymity == .anonymous, "\(cue)")
            #expect(p.doc.speaker(of: s)?.kind == .group, "\(cue)")
        }
    }
}
