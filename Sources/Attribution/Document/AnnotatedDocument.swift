/// One article as the analyser's stages see it, in the spirit of spaCy's
/// `Doc`: the text and its tokens, and a layer added by each stage in turn.
///
///     var doc = SegmentationStage(lexicon: lexicon).annotate(source)
///     doc.sentences.count                  // from the tokenizer
///     doc.segments[0]                      // .body, or .residue («اقرأ أيضاً» …)
///     CueStage(lexicon: lexicon).annotate(&doc)
///     doc.cues.map(\.lemma)                // ["قال", "أضاف"]
///     ResolutionStage(lexicon: lexicon).annotate(&doc)
///     ContentStage(lexicon: lexicon).annotate(&doc)
///     doc.result.statements                // what `Analyzer.analyze` returns
///
/// Layers, in the order the stages add them:
/// 1. segmentation (`SegmentationStage`): `text` (tokens with their
///    sentence and paragraph, quotation spans), `facts` (the lexicon's
///    answers per token, computed once, lazily), `segments` (body or site
///    residue, per paragraph), `sentences` and `paragraphs` as spans;
/// 2. cues (`CueStage`): `cues`, in text order, residue left out;
/// 3. resolution (`ResolutionStage`): `statements` with their speakers,
///    and `entities`; the phrase parser (`SpeakerPhraseParser`) and the
///    mention classifier (`MentionClassifier`) run for each cue there;
/// 4. content (`ContentStage`): each statement's content span and form.
public struct AnnotatedDocument {
    public let source: SourceDocument
    public let text: AnalysisText
    /// The lexicon's answers about each token, filled as stages ask.
    let facts: TokenFacts
    /// The kind of each paragraph (by `Token.paragraph`).
    public internal(set) var segments: [SegmentKind] = []
    /// Sentence and paragraph spans, in Unicode scalars of the text, in
    /// order (the tokenizer's sentences and paragraphs).
    public let sentences: [TextSpan]
    public let paragraphs: [TextSpan]
    /// The cues, in text order (`CueMatch`: cue words, lemma, kind, agreement).
    var cues: [CueMatch] = []
    public internal(set) var statements: [Statement] = []
    public internal(set) var entities: [Entity] = []

    init(source: SourceDocument, text: AnalysisText, lexicon: Lexicon) {
        self.source = source
        self.text = text
        facts = TokenFacts(text: text, lexicon: lexicon)
        (sentences, paragraphs) = Self.spans(text.tokens)
    }

    /// The analyser's result: what the stages found, with the sentences
    /// and paragraphs (so that audit and compare never split them again).
    public var result: AnalyzedDocument {
        var doc = AnalyzedDocument(id: source.id, title: source.title, outlet: source.outlet,
                                   date: source.date, url: source.url, length: text.scalars.count,
                                   statements: statements, entities: entities)
        doc.sentences = sentences
        doc.paragraphs = paragraphs
        return doc
    }

    /// The sentence and paragraph spans: one span per run of tokens with
    /// the same sentence (paragraph) index, from the first token's start to
    /// the last one's end. One pass, reading each token in place (a `Token`
    /// copied out of the array retains and releases its two strings), the
    /// open spans kept aside until their run ends.
    static func spans(_ tokens: [Token]) -> (sentences: [TextSpan], paragraphs: [TextSpan]) {
        var sentences = Runs(), paragraphs = Runs()
        tokens.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                let start = buffer[i].start, end = buffer[i].end
                sentences.add(buffer[i].sentence, start, end)
                paragraphs.add(buffer[i].paragraph, start, end)
            }
        }
        return (sentences.finish(), paragraphs.finish())
    }

    /// Spans of runs of equal indices, the last one still open.
    private struct Runs {
        var spans: [TextSpan] = []
        var index = 0, start = 0, end = 0, open = false

        @inline(__always)
        mutating func add(_ index: Int, _ start: Int, _ end: Int) {
            if !open || index != self.index {
                if open { spans.append(TextSpan(self.start, self.end)) }
                open = true
                self.index = index
                self.start = start
            }
            self.end = end
        }

        mutating func finish() -> [TextSpan] {
            if open { spans.append(TextSpan(start, end)) }
            open = false
            return spans
        }
    }
}
