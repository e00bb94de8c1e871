import Testing
import Attribution

/// `RelaySource`: «نقلت وكالة X عن Y أن …»: Y speaks inside X's report.
struct RelaySourceTests {
    @Test func theInnerSourceIsEmbeddedInTheRelay() throws {
        let p = ResolutionProbe("ونقلت وكالة رويترز عن مصدر أمني قوله إن الهجوم وقع فجراً.")
        let outer = try p.statement("ونقلت")
        let inner = try #require(p.doc.statements.first { $0.embeddedIn == outer.id })
        #expect(p.doc.speaker(of: inner)?.anonymity != .named)
        #expect(p.doc.speaker(of: outer)?.name.contains("رويترز") == true)
    }

    /// dev-ant (CNN Arabic) and dev (Saudi press): «في تصريحات نقلتها X»:
    /// the outlet relays the statement before it, which is nested in the
    /// relay; the outlet takes over no later pro-drop verb.
    @Test func statementsCarriedByAnOutlet() throws {
        let p = ResolutionProbe("""
            وقال المالكي في تصريحات نقلتها وكالة الأنباء السعودية (واس): "تم اعتراض الصاروخ".
            وأضاف أن الصاروخ أطلق من صعدة.
            """)
        #expect(try p.speaker("نقلتها")?.contains("وكالة الأنباء السعودية") == true)
        #expect(try p.statement("وقال").embeddedIn == p.statement("نقلتها").id)
        #expect(try p.speaker("وأضاف") == "المالكي")
    }
    /// Saudi bench (../shared/corpus/bench; Reuters and AP copy): the
    /// relayer is whatever stands between the relay verb and «عن» when a
    /// source and what it said follow: «واشنطن بوست» (a place and a word
    /// in ب), «وكالة بلومبرج» (ب after an outlet's head noun is its name).
    @Test func theRelayerBeforeAnInnerSource() throws {
        let p = ResolutionProbe("""
            ونقلت واشنطن بوست عن مسؤول في البيت الأبيض لم تسمه قوله إن هذا هو أهم تحرك لأي رئيس.
            ونقلت وكالة بلومبرج عن مصدر مطلع قوله إن البنك يبيع حصته.
            """)
        #expect(try p.speaker("ونقلت") == "واشنطن بوست")
        #expect(try p.speaker("ونقلت", 1) == "وكالة بلومبرج")
        let inner = p.doc.statements.filter { $0.cue.text.hasPrefix("عن") }
        #expect(inner.count == 2)
        #expect(inner.allSatisfy { $0.embeddedIn != nil })
    }

    /// Bench (sport pages): «ونقلت صحيفة الموندو ديبورتيفو عن رئيس
    /// برشلونة …»: the outlet's name runs past where a phrase would end
    /// (the definite «الموندو»), and the head «صحيفة» is a name head of
    /// words.tsv; the words up to «عن» are the relayer.
    @Test func anOutletWhoseNameRunsOnToAn() throws {
        let p = ResolutionProbe("نقلت صحيفة الموندو ديبورتيفو عن رئيس برشلونة الجديد بارتوميو أنه سيتعاقد مع لاعب جديد.")
        #expect(try p.speaker("نقلت") == "صحيفة الموندو ديبورتيفو")
        #expect(try p.speaker("عن") == "بارتوميو")
    }

    /// Saudi bench: a source frame after a statement of its sentence
    /// relays that statement (it is embedded in the frame's), and the
    /// participle after it stays the first speaker's.
    @Test func aFrameAfterAStatementRelaysIt() throws {
        let p = ResolutionProbe("""
            وأوضح المتحدث الرسمي لوزارة العمل، وفقاً لما نقلت عنه صحيفة "الرياض"، بأن عمالة نسائية وصلت من بنجلاديش، متوقعاً أن يتزايد العدد.
            """)
        let said = try p.statement("وأوضح")
        let frame = try p.statement("وفقاً لما نقلت")
        #expect(said.embeddedIn == frame.id)
        #expect(try p.speaker("وفقاً لما نقلت") == "صحيفة \"الرياض\"")
        #expect(try p.speaker("متوقعاً") == "المتحدث الرسمي لوزارة العمل")
    }

    /// Saudi bench and BBC Arabic (ant): a pronoun on the relay's «عن»
    /// («عنه»، «عنها») is the inner source, the last speaker it agrees
    /// with, not the outlet; the statement is embedded in the relay's, and
    /// the person goes on speaking.
    @Test func aPronounOnAnIsTheInnerSource() throws {
        let p = ResolutionProbe("""
            وقال زنغنه "بدأنا التسويق بالفعل وفي غضون يوم من رفع العقوبات سنرفع الإنتاج".
            ونقل التلفزيون عنه قوله إن انتاج الخام الإيراني نزل نحو مليون برميل يوميا.
            وأضاف "سنعود إلى مستوى 3.8 و3.9 مليون برميل في غضون الأشهر القليلة المقبلة."
            """)
        #expect(try p.speaker("ونقل") == "التلفزيون")
        #expect(try p.speaker("عنه") == "زنغنه")
        #expect(try p.statement("عنه").embeddedIn == p.statement("ونقل").id)
        #expect(try p.statement("عنه").content.text.hasPrefix("انتاج الخام"))
        #expect(try p.speaker("وأضاف") == "زنغنه")
        let vos = ResolutionProbe("""
            وقال متحدث باسم التحالف إنه سيحقق في تلك التقارير. ونقلت عنه وكالة رويترز قوله "سنأخذ تلك التقارير بجدية".
            """)
        #expect(try vos.speaker("ونقلت") == "وكالة رويترز")
        #expect(try vos.speaker("عنه") == "متحدث باسم التحالف")
    }

    /// Saudi bench: a relay that carries a statement its sentence made
    /// already has no inner source of its own.
    @Test func aPronounOnAnAfterTheStatementItCarries() throws {
        let p = ResolutionProbe("""
            من جانبه، قال رئيس القطاع الديني في الوزارة الشيخ محمد عبدالرازق، كما نقل عنه موقع "العربية نت" إنه سيتم وضع قائمة بالكتب.
            """)
        #expect(!p.doc.statements.contains { $0.cue.text == "عنه" })
    }
}
