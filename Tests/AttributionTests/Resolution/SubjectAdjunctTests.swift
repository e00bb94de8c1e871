import Testing
import Attribution

/// `SubjectAdjunct`: an adjunct («بعد الهزيمة»، «عن ذلك»، «رداً على»)
/// between a name and its content leaves the name the verb's subject, and
/// the content opens after the adjunct.
struct SubjectAdjunctTests {
    /// Al Arabiya sport (../shared/corpus/ant): «غوارديولا» alone, written
    /// before as «بيب غوارديولا», then «بعد الهزيمة أمام ليفربول» and the
    /// colon.
    @Test func aSurnameBeforeATimeAdjunctIsTheSubject() throws {
        let p = ResolutionProbe("""
            كان بيب غوارديولا في موقف دفاعي غير معتاد في نهاية أسبوع شهد هزيمة فريقه مانشستر سيتي ثلاث مرات.
            وقال غوارديولا بعد الهزيمة أمام ليفربول: على مدار 11 شهرا ظهرت أمور جيدة وأخرى سيئة.
            """)
        #expect(try p.speaker("وقال") == "غوارديولا")
        #expect(try p.resolution("وقال") == .overt)
        #expect(try p.statement("وقال").content.text.contains("مدار 11 شهرا"))
    }

    /// Asharq Al-Awsat (../shared/corpus/bench): a two-word name the
    /// lexicon lacks, then «عن ذلك» and the quotation.
    @Test func aTwoWordNameBeforeATopicAdjunctIsTheSubject() throws {
        let p = ResolutionProbe("""
            ويقول بعيدي نجاد عن ذلك: «لقي الأمر تسوية شاملة، إذ تدخل كيري مانحا كلمته لبقية الأطراف بالنيابة عنا».
            """)
        #expect(try p.speaker("ويقول") == "بعيدي نجاد")
        #expect(try p.resolution("ويقول") == .overt)
    }

    /// The verb's own preposition is its complement, not an adjunct: the
    /// content of «أعرب … عن» opens after «عن», not after the «أن» after it.
    @Test func theVerbsOwnPrepositionIsNoAdjunct() throws {
        let p = ResolutionProbe("""
            وأعرب بعيدي نجاد عن أمله في أن تلتزم الأطراف بالاتفاق.
            """)
        #expect(try p.statement("وأعرب").content.text.hasPrefix("أمله"))
    }

    /// A ḥāl participle is no name: «وأضاف مدافعا عن الاتفاق: …» is
    /// pro-drop.
    @Test func aParticipleBeforeAnAdjunctIsNoSubject() throws {
        let p = ResolutionProbe("""
            وقال الوزير جواد ظريف إن الاتفاق تاريخي. وأضاف مدافعا عن الاتفاق: "لم نتنازل عن حقوقنا".
            """)
        #expect(try p.speaker("وأضاف") == "جواد ظريف")
        #expect(try p.resolution("وأضاف") == .proDrop)
    }

    /// Pan-Arab news (../shared/corpus/ant): a ḥāl in tanwin after the
    /// name opens the adjunct («واضعاً يده على الدستور»).
    @Test func aCircumstanceInTanwinIsAnAdjunct() throws {
        let p = ResolutionProbe("""
            أدى فلاديمير بوتين اليمين الدستورية لولاية رئاسية رابعة.
            وقال بوتين واضعاً يده على الدستور الروسي: "أقسم بأن أحترم وأحمي حقوق وحريات الإنسان والمواطن".
            """)
        #expect(try p.speaker("وقال")?.hasSuffix("بوتين") == true)
        #expect(try p.resolution("وقال") == .overt)
    }

    /// «وتابع بوتين قائلاً:» is one act (a split cue): the participle is
    /// no adjunct of the verb.
    @Test func aReportingParticipleIsNoAdjunct() throws {
        let p = ResolutionProbe("""
            وقال فلاديمير بوتين إن العقوبات مضرة. وتابع بوتين قائلاً: "الجميع له مصلحة في رفع هذه العقوبات".
            """)
        #expect(p.doc.statements.filter { $0.cue.text == "وتابع" }.isEmpty)
        #expect(try p.speaker("قائلاً") == "فلاديمير بوتين")
    }
}
