import Testing
@testable import Attribution

/// «وزراء» (speakers.tsv: role, plural, singular وزير): an office held by
/// several people (`SpeakerWord.isPluralOffice`), on real sentences.
@Suite struct PluralOfficeTests {
    /// dev-ant (France 24): «وأضافوا» goes back to the ministers, the
    /// plural speaker of the statement before, not to activists quoted
    /// earlier; «الوزراء» is an office, not a name.
    @Test func thePluralVerbGoesBackToTheMinisters() throws {
        let p = ResolutionProbe("""
            وانتقد نشطاء من بينهم منظمة "أوكسفام" الخطوة معتبرين أن الالتزام الأوروبي لمحاربة التهرب الضريبي قد تراجع الآن.
            واتفق الوزراء على أن "الشطب عن القائمة مبرر في ضوء تقييم خبراء". وأضافوا أنه "في كل حالة، كانت الالتزامات مدعمة برسائل موقعة".
            """)
        #expect(try p.speaker("وأضافوا") == "الوزراء")
        #expect(p.doc.speaker(of: try p.statement("وأضافوا"))?.anonymity == .role)
    }

    /// Saudi bench: «الوزراء» after a minister named in full are the
    /// ministers, not that one minister.
    @Test func thePluralOfficeIsNoOneMemberOfTheCast() throws {
        let p = ResolutionProbe("""
            وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق مهم لأمن المنطقة.
            ورحّب الوزراء بالتقدم المحرز في المحادثات.
            """)
        #expect(try p.speaker("ورحّب") == "الوزراء")
    }

    /// ant (Sky News Arabia) and Saudi bench: in a construct the plural
    /// office is a genitive: Singapore's prime minister is one office, the cabinet's
    /// decision keeps its whole name, and the words after a preposition
    /// are not the office («في مشاريع قرارات»).
    @Test func inAConstructItIsAGenitive() throws {
        let s = StageSentence("وقال رئيس وزراء سنغافورة إن بلاده مستعدة لتحمل التكاليف.")
        let pm = try #require(s.classifier.profile(s.range("رئيس", "سنغافورة"), verbGender: .masculine))
        #expect(pm.anonymity == .role)
        #expect(pm.name == "رئيس وزراء سنغافورة")
        let decision = ResolutionProbe("وجاء في قرار مجلس الوزراء الصادر بهذا الشأن أن عدد المحامين خمسة.")
        #expect(try decision.speaker("وجاء في") == "قرار مجلس الوزراء الصادر")
        let adjunct = ResolutionProbe("""
            وقال الوزراء في مشاريع قرارات في ختام اجتماعهم التحضيري للقمة العربية إن القدس عاصمة فلسطين.
            """)
        #expect(try adjunct.speaker("وقال") == "الوزراء")
    }
}
