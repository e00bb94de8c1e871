import Testing
import Attribution

/// `ProDrop`: a verb with no overt subject goes to the last speaker who
/// agrees with it.
struct ProDropTests {
    @Test func aContinuationGoesToTheLastSpeaker() throws {
        let p = ResolutionProbe("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. وأضاف أن موسكو لن تتخلى عن حلفائها.")
        #expect(try p.resolution("وأضاف") == .proDrop)
        #expect(try p.speaker("وأضاف") == p.speaker("وقال"))
    }

    @Test func theVerbsGenderSkipsASpeakerWhoDoesNotAgree() throws {
        let p = ResolutionProbe("وقالت الوزيرة هيلين كلارك إن البرنامج ناجح. وقال المتحدث باسم الحكومة إن الميزانية جاهزة. وأضافت أن النتائج ستعلن قريباً.")
        #expect(try p.speaker("وأضافت") == p.speaker("وقالت"))
    }

    @Test func aPluralVerbGoesToTheGroupJustMentioned() throws {
        let p = ResolutionProbe("وتجمع المحتجون أمام مبنى البلدية صباح اليوم، وأكدوا أن مطالبهم لم تتحقق.")
        let s = try p.statement("وأكدوا")
        #expect(p.doc.speaker(of: s)?.kind == .group)
    }
}
