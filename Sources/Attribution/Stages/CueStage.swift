/// Cue finding: the reporting verbs, participles, verbal nouns, source
/// frames, refusals and «Speaker:» titles of the text (`CueFinder`), in
/// text order. Residue paragraphs keep only their «Speaker: claim» titles.
///
///     CueStage(lexicon: .shared).annotate(&doc)   // «وقال الكرملين إن …»
///     doc.cues.first?.lemma                       // "قال"
public struct CueStage: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func annotate(_ doc: inout AnnotatedDocument) {
        let text = doc.text, segments = doc.segments
        doc.cues = CueFinder(text: text, lexicon: lexicon).find()
            .filter { $0.kind == .headline || segments[text.tokens[$0.first].paragraph] == .body }
            .sorted { $0.first < $1.first }
    }
}
