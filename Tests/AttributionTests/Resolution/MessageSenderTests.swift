import Testing
import Attribution

/// `MessageSender`: a verb with «فيه»/«فيها» after a message speaks for
/// whoever sent it.
struct MessageSenderTests {
    /// Saudi bench (SPA, snn_2015-08-08_0293): the king who received the
    /// call had just been quoted; «أعرب فيه» is the caller's, named after
    /// «من».
    @Test func aCallReceivedFromSomeoneIsTheCallers() throws {
        let p = ResolutionProbe("""
            وأعرب خادم الحرمين الشريفين عن شكره وتقديره لجلالة الملك عبدالله الثاني بن الحسين على مشاعره النبيلة، سائلا الله ألا يريه أي مكروه، كما تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا هاتفيا امس من جلالة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين أعرب فيه عن استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير.
            """)
        #expect(try p.speaker("أعرب")?.hasPrefix("حمد بن عيسى آل خليفة") == true)
    }

    /// Pan-Arab (../shared/corpus/ant, Sky News Arabia): with no «من», the
    /// message is the object of the verb opening the sentence, and its
    /// subject sent it.
    @Test func aMessageSentIsTheSenders() throws {
        let p = ResolutionProbe("""
            وقال وزير الخارجية السوري وليد المعلم إن القانون لا يمس الملكية.
            وبعث وزير الخارجية اللبناني جبران باسيل رسالة الشهر الماضي إلى نظيره السوري أعرب فيها عن الخشية "من أن تعيق شروط تطبيق هذا القانون عودة عدد غير قليل من هؤلاء النازحين إلى مناطقهم".
            """)
        #expect(try p.speaker("أعرب") == "جبران باسيل")
        // The called party, named last before a comma, is not the caller
        // (Sky News Arabia).
        let q = ResolutionProbe("""
            أجرى العاهل السعودي، الملك سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان، أعرب فيه عن شكره لأردوغان على ترحيبه بمقترح المملكة.
            """)
        #expect(try q.speaker("أعرب") == "سلمان بن عبدالعزيز آل سعود")
    }

    /// Saudi bench (snn_2015-07-26_0269): «كما ألقى X كلمة أعرب فيها»:
    /// a particle may open the sentence; the speech is its speaker's, not
    /// the previous speaker's (who blessed the grooms in his own speech).
    @Test func aSpeechGivenAfterAParticleIsTheSpeakers() throws {
        let p = ResolutionProbe("""
            وتخلل الحفل الخطابي المعد بهذه المناسبة، كلمة لأحمد الهادي رئيس اللجنة، بارك فيها للمتزوجين فرحتهم سائلاً الله لهم التوفيق.
            كما ألقى الشيخ عبدالعزيز بن رقوش كلمة أعرب فيها عن شكره للقائمين على اللجنة وما يقدمونه من خدمات للمجتمع، مهنئاً العرسان بمناسبة زواجهم.
            """)
        #expect(try p.speaker("أعرب") == "عبدالعزيز بن رقوش")
    }

    /// Pan-Arab (ant, Sky News Arabia): «من» after a message that opens a
    /// time, not a sender, names no one («في وقت سابق من الأسبوع»): the
    /// tweet stays the president's.
    @Test func aTimeAfterFromIsNoSender() throws {
        let p = ResolutionProbe("""
            وقال الرئيس الأميركي دونالد ترامب إن الشركات ستعود.
            وكتب الرئيس الأميركي تغريدة في وقت سابق من الأسبوع قال فيها "لقد فعلت الكثير من أجلكم، والآن تفعلون هذا".
            """)
        let speakers = p.doc.statements.map { p.doc.speaker(of: $0)?.name }
        #expect(speakers.contains("دونالد ترامب"))
        #expect(!speakers.contains("الأسبوع"), "\(speakers)")
    }

    /// Saudi bench: «خلاله» after the verb, as «فيه»: the caller speaks,
    /// not the king who received the call (who opens the sentence).
    @Test func duringItIsInTheMessage() throws {
        let p = ResolutionProbe("""
            وتلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - اتصالاً هاتفياً أمس من فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.
            """)
        #expect(try p.speaker("جدد")?.contains("فرانسوا هولاند") == true)
    }
}
