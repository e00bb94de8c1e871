import Testing
import Attribution

/// Behaviour on the seed article, sentence by sentence.
@Suite struct SeedArticleTests {
    let text: String
    let doc: AnalyzedDocument

    init() throws {
        text = try SampleText.sample("asharq-moscow-idlib")
        doc = try SampleText.seed()
    }

    private func speaker(_ anchor: String) throws -> (Statement, Entity) {
        let s = try #require(doc.statement(at: anchor, in: text), "no statement at «\(anchor)»")
        let e = try #require(doc.speaker(of: s), "no speaker for «\(anchor)»")
        return (s, e)
    }

    @Test func anonymousSourceFromMoscow() throws {
        let (s, e) = try speaker("وقال مصدر من موسكو")
        #expect(s.cue.text == "وقال")
        #expect(e.anonymity == .anonymous)
        #expect(e.name == "مصدر من موسكو")
        #expect(s.recipient == "الشرق الأوسط")
        #expect(s.content.form == .direct)
    }

    @Test func proDropContinuesTheSource() throws {
        let (_, source) = try speaker("وقال مصدر من موسكو")
        let (s, e) = try speaker("وأضاف أن «القوات التركية")
        #expect(e.id == source.id)
        #expect(s.speaker.resolution == .proDrop)
        #expect(s.content.form == .direct)
    }

    @Test func participleKeepsSpeakerAndMixedForm() throws {
        let (_, source) = try speaker("وقال مصدر من موسكو")
        let (s, e) = try speaker("لافتاً إلى تنسيق")
        #expect(s.cue.kind == .participle)
        #expect(e.id == source.id)
        #expect(s.content.form == .mixed)
    }

    @Test func definiteBackReferenceToTheSource() throws {
        let (_, source) = try speaker("وقال مصدر من موسكو")
        let (s, e) = try speaker("قال المصدر إن موسكو")
        #expect(e.id == source.id)
        #expect(s.speaker.text == "المصدر")
    }

    @Test func namedSpokesmanWithRoleAndAffiliation() throws {
        let (_, e) = try speaker("وقال إيغر كوناشينكوف")
        #expect(e.kind == .person)
        #expect(e.anonymity == .named)
        #expect(e.name == "إيغر كوناشينكوف")
        #expect(e.role == "المتحدث الرسمي")
        #expect(e.affiliation == "وزارة الدفاع الروسية")
    }

    @Test func spokesmanOfTheMinistryPointsBackToHim() throws {
        let (_, igor) = try speaker("وقال إيغر كوناشينكوف")
        let (_, e) = try speaker("أكد المتحدث الرسمي باسم الوزارة")
        #expect(e.id == igor.id)
    }

    @Test func relayedStatementIsNested() throws {
        let (outer, _) = try speaker("قال المصدر إن موسكو")
        let (inner, e) = try speaker("قاله وزير الخارجية وليد المعلم")
        #expect(e.name == "وليد المعلم")
        #expect(e.anonymity == .named)
        #expect(inner.embeddedIn == outer.id)
    }

    @Test func relayedSpeakerDoesNotTakeOverProDrop() throws {
        let (_, source) = try speaker("وقال مصدر من موسكو")
        let (_, e) = try speaker("وأكد أن «الجميع")
        #expect(e.id == source.id)
    }

    @Test func refusedCommentIsNegated() throws {
        let (s, e) = try speaker("لم يعلق على تلك")
        #expect(s.negated)
        #expect(e.name == "الكرملين")
        #expect(e.kind == .institution)
    }

    @Test func headlineInSubjectVerbOrder() throws {
        let (s, e) = try speaker("تعلن مقتل «دواعش»")
        #expect(s.cue.text == "تعلن")
        #expect(e.name == "موسكو")
        #expect(e.kind == .place)
        #expect(e.anonymity == .named)
    }

    @Test func guillemetsAroundANameAreNotSpeech() throws {
        let analysis = AnalysisText(text, lexicon: .shared)
        let daesh = analysis.quotations.filter { q in
            analysis.text(q.open + 1, q.close - 1) == "داعش"
        }
        #expect(!daesh.isEmpty)
        #expect(daesh.allSatisfy { !$0.isSpeech })
        let (s, _) = try speaker("أعلنت وزارة الدفاع الروسية عن مقتل")
        #expect(s.content.form == .indirect)
    }

    @Test func offsetsSliceTheOriginalText() {
        let scalars = Array(text.unicodeScalars)
        for s in doc.statements {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.cue.start..<s.cue.end])
            #expect(String(view) == s.cue.text)
        }
    }
}
