import Testing
import Attribution

/// `ClauseSubject`: a conjoined pro-drop verb continues the clause its
/// sentence opens with, and shares that clause's subject.
struct ClauseSubjectTests {
    /// dev-ant (Sky News Arabia): «وتعهدت» continues «وألقت إيران …», not
    /// the agency quoted earlier, which agrees with it too.
    @Test func aPromiseContinuesTheClauseOfIran() throws {
        let p = ResolutionProbe("""
            ولاحقا أعلنت وكالة الأنباء السورية "سانا" مقتل مدنيين هما رجل وزوجته.
            وأدت ضربة في التاسع من أبريل إلى مقتل سبعة عسكريين إيرانيين في قاعدة جوية سورية. وألقت إيران باللائمة على إسرائيل وتعهدت بالرد.
            """)
        #expect(try p.speaker("وتعهدت") == "إيران")
        #expect(try p.resolution("وتعهدت") == .proDrop)
    }

    /// The subject must agree: a masculine verb after a feminine country
    /// goes on to the last speaker who agrees.
    @Test func aSubjectThatDoesNotAgreeIsPassedOver() throws {
        let p = ResolutionProbe("""
            وقال المتحدث باسم الخارجية إن الاتصالات مستمرة.
            وألقت إيران باللائمة على إسرائيل وأكد أن الرد قادم.
            """)
        #expect(try p.speaker("وأكد") != "إيران")
    }

    /// Saudi press (../shared/corpus/bench): a pro-drop verb opening its
    /// sentence goes on with the office holder the sentence before
    /// brought in with a verb that reports nothing («ولمح»); it went to
    /// the minister quoted before him.
    @Test func aProDropVerbGoesOnWithThePreviousSentencesSubject() throws {
        let p = ResolutionProbe("""
            وقال وزير التجارة الأسترالي اندرو روب إن المفاوضات «على وشك» أن تؤدي إلى نتيجة. وأضاف في بيان «اتخذنا قرارات أولية حول أكثر من تسعين في المائة من القضايا».
            ولمح ممثل نيوزيلندا تيم غروزر إلى أن الألبان ما زالت واحدة من القضايا التي تثير خلافات. وقال «في كل المفاوضات التي شاركت فيها في السنوات الثلاثين الأخيرة كان موضوع الألبان من آخر النقاط التي تتم تسويتها».
            """)
        #expect(try p.speaker("وقال", 1) == "تيم غروزر")
    }
}
