import Testing
@testable import Attribution

/// Each stage of the chain run alone on a short article, checking the
/// layer it adds and nothing else.
struct StageTests {
    static let article = SourceDocument(id: "t", text: """
        لافروف: الحوار مستمر

        وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مع واشنطن مستمر. وأضاف: "لن نتخلى عن حلفائنا".
        اقرأ أيضاً:
        الرئيس الأمريكي يعلن خطة جديدة للشرق الأوسط
        """)
    let lexicon = Lexicon.shared

    @Test func segmentationMarksSentencesParagraphsAndResidue() throws {
        let doc = SegmentationStage(lexicon: lexicon).annotate(Self.article)
        let text = Array(Self.article.text.unicodeScalars)
        func slice(_ s: TextSpan) -> String { String(String.UnicodeScalarView(text[s.start..<s.end])) }
        #expect(doc.paragraphs.count == 4)
        #expect(slice(doc.paragraphs[0]) == "لافروف: الحوار مستمر")
        #expect(doc.sentences.contains { slice($0).hasPrefix("وأضاف:") })
        #expect(doc.segments == [.body, .body, .residue, .residue])
        #expect(doc.cues.isEmpty && doc.statements.isEmpty)
    }

    @Test func cueStageFindsTheCuesAndLeavesResidueOut() {
        var doc = SegmentationStage(lexicon: lexicon).annotate(Self.article)
        CueStage(lexicon: lexicon).annotate(&doc)
        let words = doc.cues.map { doc.text.text($0.first, $0.last) }
        #expect(words.contains("وقال") && words.contains("وأضاف"))
        #expect(!words.contains("يعلن"), "a related title under «اقرأ أيضاً» is residue")
        #expect(doc.statements.isEmpty)
    }

    @Test func resolutionStageGivesSpeakersButNoContentYet() {
        var doc = SegmentationStage(lexicon: lexicon).annotate(Self.article)
        CueStage(lexicon: lexicon).annotate(&doc)
        ResolutionStage(lexicon: lexicon).annotate(&doc)
        let said = doc.statements.first { $0.cue.text == "وقال" }
        let added = doc.statements.first { $0.cue.text == "وأضاف" }
        #expect(said?.speaker.resolution == .overt)
        #expect(added?.speaker.resolution == .proDrop)
        #expect(added?.speaker.entity == said?.speaker.entity)
        #expect(doc.entities.contains { $0.name == "سيرغي لافروف" })
        #expect(said?.content.span.start == said?.content.span.end, "content is the next stage's")
    }

    @Test func contentStageGivesSpanAndForm() {
        var doc = SegmentationStage(lexicon: lexicon).annotate(Self.article)
        CueStage(lexicon: lexicon).annotate(&doc)
        ResolutionStage(lexicon: lexicon).annotate(&doc)
        ContentStage(lexicon: lexicon).annotate(&doc)
        let added = doc.statements.first { $0.cue.text == "وأضاف" }
        #expect(added?.content.form == .direct)
        #expect(added?.content.text.contains("لن نتخلى عن حلفائنا") == true)
        #expect(doc.result.statements == Analyzer().analyze(Self.article).statements)
        #expect(doc.result.sentences == doc.sentences)
    }
}
