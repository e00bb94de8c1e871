import Testing
import Attribution

/// `ColonSpeech`: a cue inside another speaker's unquoted words after a
/// colon is reported inside them, and its speaker does not take over the
/// pro-drop verbs after the paragraph.
struct ColonSpeechTests {
    /// dev-ant, Al Arabiya: Mourinho's words after «وأضاف:» run on into
    /// the next sentence, where «أقر بول» is reported by him; «وأوضح» in
    /// the next paragraph is Mourinho's again, not Pogba's.
    private let mourinho = ResolutionProbe("""
        وقال مورينيو في مؤتمر صحافي عشية مواجهة فريقه لهدرسفيلد متوجها إلى الصحافيين: أعتقد أنكم لطفاء بأسئلتكم.
        وأضاف: أستطيع الحديث بالنيابة عن بول من دون أي مشكلة. لقد أقر بول بأنه لم يلعب جيدا في المباريات الأخيرة، وهذا كل ما في الأمر.
        وأوضح أنه: لا يتعين علي أن أتكلم معكم عن الأحاديث التي تدور بيني وبين لاعبي.
        """)

    @Test func aCueInTheColonSpeechIsNested() throws {
        let outer = try mourinho.statement("وأضاف")
        #expect(try mourinho.statement("أقر").embeddedIn == outer.id)
    }

    @Test func theProDropVerbAfterItIsTheFirstSpeakers() throws {
        #expect(try mourinho.speaker("وأوضح") == mourinho.speaker("وقال"))
    }

    /// With quotation marks after the colon, the quotation bounds the
    /// speech: the next sentence is the writer's again.
    @Test func aQuotationBoundsTheSpeech() throws {
        let p = ResolutionProbe("""
            وقال الوزير: "سنعمل على حل الأزمة". وأكد مسؤول آخر أن الحل بعيد.
            """)
        #expect(try p.statement("وأكد").embeddedIn == nil)
    }

    /// dev-ant, BBC Arabic; Sky News Arabia's market reports (unseen): a
    /// colon glued between two numbers at a line's start is a clock
    /// time's, and the words before it are no speaker.
    @Test func aClockTimeIsNoColonSpeech() throws {
        let p = ResolutionProbe("""
            وحدث الاخترق في الساعة 2:57 صباح الجمعة بتوقيت طوكيو.
            وبحلول الساعة 06:24 بتوقيت غرينتش، كانت العقود الآجلة لخام برنت مرتفعة 0.2 بالمئة.
            """)
        #expect(p.doc.statements.isEmpty)
    }
}

