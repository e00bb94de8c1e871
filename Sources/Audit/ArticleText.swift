import Attribution

/// An article's text as scalars, with the analyser's sentences and
/// paragraphs, for the audit to cut review sentences and find the
/// headline and the lead.
///
///     «ارتفع المؤشر 1.25 في المئة. وقال مصدر مطلع إن …»
///     text.sentences    // two: «ارتفع المؤشر 1.25 في المئة.» and «وقال مصدر …»
///
/// The spans are the tokenizer's (`AnalyzedDocument.sentences`,
/// `.paragraphs`): a sentence ends at . ! ? ؟ (not at a decimal point)
/// or a line break, a paragraph is a line with words or marks. The audit
/// never splits the text by a rule of its own.
struct ArticleText {
    let scalars: [Unicode.Scalar]
    /// Sentence spans, in order.
    let sentences: [TextSpan]
    /// Paragraph spans (non-blank lines), in order.
    let paragraphs: [TextSpan]

    /// `analysed` is the analyser's result for `document`. One read back
    /// from JSON has no spans: the text is segmented again by the
    /// analyser's own stage (`SegmentationStage`).
    init(_ document: SourceDocument, analysed: AnalyzedDocument, lexicon: Lexicon) {
        scalars = Array(document.text.unicodeScalars)
        if analysed.sentences.isEmpty, !scalars.isEmpty {
            let segmented = SegmentationStage(lexicon: lexicon).annotate(document)
            sentences = segmented.sentences
            paragraphs = segmented.paragraphs
        } else {
            sentences = analysed.sentences
            paragraphs = analysed.paragraphs
        }
    }

    /// The sentence holding `offset` (or the nearest one before it).
    func sentence(at offset: Int) -> TextSpan {
        var lo = 0, hi = sentences.count - 1, best: TextSpan? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].start <= offset {
                best = sentences[mid]
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return best ?? TextSpan(0, min(scalars.count, offset + 1))
    }

    func slice(_ start: Int, _ end: Int) -> String {
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[a..<b])
        return String(view)
    }
}
