/// Content: each statement's content span and form (direct, indirect,
/// mixed) and its nesting in quotations (`ContentFinder`); the entities
/// kept are those that speak.
///
///     ContentStage(lexicon: .shared).annotate(&doc)
///     doc.statements[0].content.form      // .direct for «وقال: "…"»
public struct ContentStage: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func annotate(_ doc: inout AnnotatedDocument) {
        doc.statements = ContentFinder(text: doc.text, lexicon: lexicon).complete(doc.statements)
        let speaking = Set(doc.statements.compactMap(\.speaker.entity))
        doc.entities = doc.entities.filter { speaking.contains($0.id) }
    }
}
