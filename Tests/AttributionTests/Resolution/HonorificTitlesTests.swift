import Testing
import Attribution

/// `Honorific.swift` with honorifics.tsv: «سموه» is a prince or sheikh,
/// never the king nor the minister he received.
@Suite struct HonorificTitlesTests {
    /// Saudi bench (the cabinet's session, 3 August 2015): the deputy
    /// crown prince thanks the king and speaks; «سموه» is his, not the
    /// king's named after him.
    @Test func highnessIsNotTheKing() throws {
        let p = ResolutionProbe("""
            وفي بداية الجلسة، رفع صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز الشكر والعرفان لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود على توجيهاته السديدة، وقال سموه "إن تدشينه مشروعات الحرمين يجسد اهتمامه بخدمة ضيوف الرحمن".
            """)
        #expect(try p.speaker("وقال")?.contains("محمد بن نايف") == true)
    }

    /// Saudi bench (Asir, 8 August 2015): the governor receives the
    /// director of public security; «ورحب سموه» is the prince's, not his
    /// guest's («معالي»).
    @Test func highnessIsNotTheExcellencyHeReceived() throws {
        let p = ResolutionProbe("""
            استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير في ضيافة الإمارة بأبها يوم أمس معالي مدير الأمن العام الفريق عثمان بن ناصر المحرج والوفد المرافق.
            ورحب سموه بالفريق المحرج والوفد المرافق، موضحا بأن رجال الأمن هم صمام الأمان للوقوف في وجه كل من يريد المساس بأمن هذا البلد.
            """)
        #expect(try p.speaker("ورحب")?.contains("فيصل بن خالد") == true)
    }

    /// Saudi bench: «معاليه» is the secretary general just quoted, not the
    /// king named in his words.
    @Test func excellencyIsNotTheKing() throws {
        let p = ResolutionProbe("""
            وقال الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي إن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود يولي قضايا الأمة اهتمامه.
            وأكد معاليه أن المكانة التي تبوأتها المملكة استفزت الحاقدين.
            """)
        #expect(try p.speaker("وأكد")?.contains("عبدالله بن عبدالمحسن التركي") == true)
    }
}
