import Testing
import Attribution

/// `SubjectAfterComplementiser.swift`: after «أن»، «إن» the noun before
/// the verb is its subject; the phrase after the verb is its object.
@Suite struct SubjectAfterComplementiserTests {
    /// Saudi bench: the resistance's leadership appeals to the coalition,
    /// not the coalition to someone.
    @Test func theNounAfterInnaIsTheSubject() throws {
        let p = ResolutionProbe("""
            وقال مصدر وسط ثوار تعز إن قيادة المقاومة ناشدت التحالف مدها بأنواع معينة من الأسلحة التي يحتاجونها بشدة في ميدان القتال.
            """)
        #expect(try p.speaker("ناشدت") == "قيادة المقاومة")
    }

    /// Saudi bench (Reuters via the paper): Turkey considers the movement
    /// a terrorist group; the movement, the verb's object, is no speaker.
    @Test func theObjectIsNotTheSpeaker() throws {
        let p = ResolutionProbe("""
            أجرى الرئيس التركي رجب طيب إردوغان أمس محادثات مع نظيره الصيني شي جينبينغ خلال زيارة تستمر يومين إلى الصين حيث سيسعى إلى تعزيز العلاقات الاقتصادية بين بكين وأنقرة رغم التوتر الشديد حول أقلية الأويغور المسلمة الناطقة بالتركية.
            واستقبل شي إردوغان خارج قاعة الشعب الكبرى في بكين حيث رحب حرس الشرف العسكري بالزعيمين قبل دخولهما المبنى المزخرف للاجتماع. ونقلت وكالة الصحافة الفرنسية عن إردوغان قوله: «في الوقت الحاضر نحن نتحرك في اتجاه بناء يعزز علاقة التعاون الاستراتيجية بيننا».
            وقال تشانغ مينغ نائب وزير الخارجية الصيني للصحافيين بعد لقاء الرئيسين: «التعاون في الأمن وتطبيق القانون مجال مهم للبلدين واتفق البلدان على تعزيز التعاون».
            ونقلت وكالة «رويترز» عن تشانغ أن إردوغان أبلغ شي أن تركيا تعتبر حركة شرق تركستان الإسلامية جماعة إرهابية.
            """)
        #expect(try p.speaker("تعتبر") == "تركيا")
    }
}
