import Attribution

/// One directed edge of a `CitationGraph`, with the evidence behind it.
///
/// For `quotes`, `cites` and `toldTo` the edge sums statements: `weight`
/// counts the statements actually made, split by content form in `direct`,
/// `indirect` and `mixed`; refusals («الكرملين لم يعلق») are kept out of the
/// weight and counted in `negated`, so an article that reports mostly silence
/// does not look like one that quotes a lot. For `speaksFor`, `weight` is the
/// number of speaker entities that give this affiliation.
public struct GraphEdge: Sendable, Hashable, Codable, Identifiable {
    /// Synthetic: `e1`, `e2` … in creation order.
    public var id: String
    public var source: String
    public var target: String
    public var kind: EdgeKind
    public var weight: Int
    public var direct: Int
    public var indirect: Int
    public var mixed: Int
    public var negated: Int
    /// Cue lemmas («قال», «أكد»), most frequent first.
    public var cues: [String]
    /// The role text for `speaksFor` («المتحدث الرسمي»), if any.
    public var role: String?
    /// Ids of the documents the evidence comes from, in input order.
    public var documents: [String]
    /// `document/statement` ids behind the edge.
    public var statements: [String]

    public init(id: String, source: String, target: String, kind: EdgeKind, weight: Int = 0,
                direct: Int = 0, indirect: Int = 0, mixed: Int = 0, negated: Int = 0,
                cues: [String] = [], role: String? = nil, documents: [String] = [],
                statements: [String] = []) {
        self.id = id
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.direct = direct
        self.indirect = indirect
        self.mixed = mixed
        self.negated = negated
        self.cues = cues
        self.role = role
        self.documents = documents
        self.statements = statements
    }

    /// How much evidence the edge has, refusals included; what `minWeight`
    /// compares against, so that a lone «لم يعلق» survives the default filter.
    public var evidence: Int { weight + negated }
}
