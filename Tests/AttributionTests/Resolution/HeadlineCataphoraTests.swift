import Testing
import Attribution

/// `HeadlineCataphora`: a pro-drop verb in the title takes the first
/// speaker the article names.
struct HeadlineCataphoraTests {
    @Test func aTitleVerbLooksAheadToTheBodysSpeaker() throws {
        let p = ResolutionProbe("وقال المدرب جورجيوس دونيس إن الفريق جاهز للمباراة.", title: "أكد جاهزية الفريق للقاء النصر")
        let title = try #require(p.doc.statements.first)
        #expect(title.speaker.resolution == .cataphora)
        #expect(p.doc.speaker(of: title)?.name.contains("دونيس") == true)
    }

    /// «تقرير: …» (dev-ant, CNN Arabic): the report in the title is the
    /// one of the outlet the body quotes first.
    @Test func aReportInTheTitleIsTheOutletsReport() throws {
        let p = ResolutionProbe("وقالت الشركة إن الصفقة لم تتم، وفقاً لصحيفة نيويورك تايمز.",
                                title: "تقرير: ترامب وكوشنر يبحثان عن مستثمرين")
        #expect(try p.speaker("تقرير:") == "صحيفة نيويورك تايمز")
    }
}
