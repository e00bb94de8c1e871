import Attribution

/// One node of a `CitationGraph`: an article, or a speaker merged across
/// articles, or an institution or outlet that speakers point at.
///
/// Ids are synthetic and stable for a given input order (`a1` articles,
/// `s1` speakers, `i1` institutions, `o1` outlets) so that nothing from the
/// article text ever becomes an identifier in DOT, SVG or XML; the text lives
/// in `label` and the other fields.
public struct GraphNode: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var category: NodeCategory
    /// The fullest name (speakers) or the title (articles), as written.
    public var label: String
    /// Nil for articles.
    public var kind: EntityKind?
    /// Nil for articles; institutions and outlets are `named`.
    public var anonymity: Anonymity?
    /// The speaker's role («المتحدث الرسمي»), if any article gives one.
    public var role: String?
    /// The institution the role is at («وزارة الدفاع الروسية»).
    public var affiliation: String?
    /// Other names merged into this node («المعلم» beside «وليد المعلم»).
    public var aliases: [String]
    /// Ids of the documents the node occurs in, in input order.
    public var documents: [String]
    /// `document/entity` ids behind a speaker node, for tracing a merge.
    public var entities: [String]
    /// Statements spoken, refusals («لم يعلق») included.
    public var statements: Int
    /// Article metadata (articles only).
    public var outlet: String?
    public var date: String?
    public var url: String?

    public init(id: String, category: NodeCategory, label: String, kind: EntityKind? = nil,
                anonymity: Anonymity? = nil, role: String? = nil, affiliation: String? = nil,
                aliases: [String] = [], documents: [String] = [], entities: [String] = [],
                statements: Int = 0, outlet: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.category = category
        self.label = label
        self.kind = kind
        self.anonymity = anonymity
        self.role = role
        self.affiliation = affiliation
        self.aliases = aliases
        self.documents = documents
        self.entities = entities
        self.statements = statements
        self.outlet = outlet
        self.date = date
        self.url = url
    }

    /// Anonymous and vague speakers: what an auditor looks at first.
    public var isHidden: Bool { anonymity?.isHidden ?? false }
}
