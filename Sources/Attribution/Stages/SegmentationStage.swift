/// Segmentation: the text → tokens, sentences, paragraphs, quotations, and
/// which paragraphs are site residue.
///
///     let doc = SegmentationStage(lexicon: .shared).annotate(
///         SourceDocument(id: "a", text: "عنوان\n\nوقال الوزير إن … .\nاقرأ أيضاً:\n…"))
///     doc.segments      // [.body, .body, .residue, .residue]
public struct SegmentationStage: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func annotate(_ source: SourceDocument) -> AnnotatedDocument {
        let text = AnalysisText(source.text, lexicon: lexicon)
        var doc = AnnotatedDocument(source: source, text: text, lexicon: lexicon)
        // Site residue (related titles, «اقرأ أيضاً» lists, teasers of other
        // stories) yields no statement but a «Speaker: claim» title's.
        doc.segments = Residue(text: text, lexicon: lexicon).paragraphKinds()
        return doc
    }
}
