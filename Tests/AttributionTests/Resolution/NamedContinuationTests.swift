import Attribution
import Testing

/// `NamedContinuation`: a continuation verb whose subject is a name new to
/// the article names the office that spoke just before.
struct NamedContinuationTests {
    /// Saudi bench (Reuters via a Saudi paper): the Greek finance minister,
    /// then his name.
    @Test func aNameAfterAnOfficeIsThatOfficeHolder() throws {
        let p = ResolutionProbe("""
            من ناحية أخرى، قال وزير المالية اليوناني اليوم انه من الضروري أن يصدق البرلمان على الاصلاحات التي يطلبها المقرضون الدوليون بحيث يمكن البدء في محادثات الانقاذ هذا الاسبوع.
            وأضاف ايوكليد تساكالوتوس أمام البرلمان "من المهم للغاية الانتهاء من هذه الاجراءات بحيث يمكننا بدء المفاوضات يوم الجمعة".
            """)
        let minister = try p.statement("قال"), added = try p.statement("وأضاف")
        #expect(minister.speaker.entity == added.speaker.entity)
        #expect(try p.speaker("قال") == "ايوكليد تساكالوتوس")
    }

    /// Sky News Arabia (dev-ant): the spokeswoman, then «وأضافت سارة
    /// ساندرز»: one speaker, as the gold has it.
    @Test func aSpokeswomanThenHerName() throws {
        let p = ResolutionProbe("""
            وكانت المتحدثة باسم الخارجية الأميركية قد صرحت أن الرئيس ترامب مستاء جداً من عدم إطلاق سراح القس برونسون.
            وأضافت سارة ساندرز أن سفير تركيا طلب لقاء جون بولتون وقد التقيا بالبيت الأبيض.
            """)
        #expect(try p.speaker("صرحت") == "سارة ساندرز")
    }

    /// Al Arabiya (ant): the pro-drop «وقال» before «وأضاف ترمب» had gone
    /// to the Russian envoy, and a person already quoted in full is not new:
    /// the envoy keeps his office.
    @Test func notAfterAProDropVerbNorForAPersonQuotedBefore() throws {
        let p = ResolutionProbe("""
            قال نائب سفير روسيا بالأمم المتحدة بأن بلاده تشعر بخيبة أمل إزاء قرار ترمب لكنه لم يكن مفاجئا.
            وكان الرئيس الأميركي، دونالد #ترمب، قد قرر الثلاثاء، الانسحاب من الاتفاق النووي الإيراني.
            وقال إن الاتفاق النووي كان لمصلحة إيران ولم يحقق السلم.
            وأضاف ترمب أن النظام الإيراني يشعل الصراعات في الشرق الأوسط، ويدعم المنظمات الإرهابية.
            """)
        #expect(try p.speaker("قال") == "نائب سفير روسيا بالأمم المتحدة")
    }
}
