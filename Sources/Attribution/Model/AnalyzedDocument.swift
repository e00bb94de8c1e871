/// The analyser's result for one article: its statements and the entities
/// that speak in them. Its JSON is the contract read by
/// `shared/eval/score.py` and by every other command.
public struct AnalyzedDocument: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    /// Length of the text in Unicode scalars.
    public var length: Int
    public var statements: [Statement]
    public var entities: [Entity]
    /// Sentence and paragraph spans of the text, as the tokenizer found
    /// them (empty for a document read back from JSON, which has no text).
    public var sentences: [TextSpan] = []
    public var paragraphs: [TextSpan] = []

    private enum CodingKeys: String, CodingKey {
        case id, title, outlet, date, url, length, statements, entities
    }

    public init(id: String, title: String? = nil, outlet: String? = nil, date: String? = nil,
                url: String? = nil, length: Int, statements: [Statement], entities: [Entity]) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.length = length
        self.statements = statements
        self.entities = entities
    }

    /// The entity with this id.
    public func entity(_ id: String?) -> Entity? {
        guard let id else { return nil }
        return entities.first { $0.id == id }
    }

    /// The entity that speaks a statement.
    public func speaker(of statement: Statement) -> Entity? {
        entity(statement.speaker.entity)
    }
}
