import Testing
import Attribution

/// `CopulaReading`: «يُعتبر»، «يُعدّ» before a predicate mean "is", and
/// report nothing; with «أن», or an object before its predicate, they
/// report an opinion. Sentences of the bench corpus and Sky News Arabia.
struct CopulaReadingTests {
    @Test(arguments: [
        "وقال الباحث إن الطلاق يعتبر أهم أشكال التفكك في جميع المجتمعات.",
        "ونجح المدرب في حسم الصفقة لصالح النادي، ويعتبر اللاعب مكسبا كبيرا للنادي.",
        "وتعتبر شركة الجازع من الشركات التي نفذت مشاريع البنية التحتية في المنطقة.",
        "وأوضح المدير أن مدينة جازان الاقتصادية تعد إحدى أهم المدن الاقتصادية في المملكة.",
    ])
    func isConsideredReportsNothing(sentence: String) {
        let p = ResolutionProbe(sentence)
        #expect(!p.doc.statements.contains { ["يعتبر", "ويعتبر", "وتعتبر", "تعد"].contains($0.cue.text) },
                "\(p.doc.statements.map(\.cue.text))")
    }

    @Test func anOpinionStillReports() throws {
        let p = ResolutionProbe("وتعتبر واشنطن أن إيران تلعب دورا مزعزعا للاستقرار في الشرق الأوسط. وتعتبر بريطانيا إسرائيل حليفا مهما في المنطقة.")
        #expect(try p.speaker("وتعتبر", 0) == "واشنطن")
        #expect(try p.speaker("وتعتبر", 1) == "بريطانيا")
    }
}
