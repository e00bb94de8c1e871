/// A speaker as the article knows it: one entity however many times and
/// however differently it is referred to.
///
/// «إيغر كوناشينكوف، المتحدث الرسمي باسم وزارة الدفاع الروسية» and later
/// «المتحدث الرسمي باسم الوزارة» are one entity: a person, named, with role
/// «المتحدث الرسمي» and affiliation «وزارة الدفاع الروسية».
public struct Entity: Sendable, Hashable, Codable {
    public var id: String
    /// The fullest name the article gives.
    public var name: String
    public var kind: EntityKind
    public var anonymity: Anonymity
    /// `m`, `f`, or nil when unknown; plural speakers have `number` = `plural`.
    public var gender: String?
    public var number: String?
    /// The role or title, when given («المتحدث الرسمي»).
    public var role: String?
    /// The institution the role is at («وزارة الدفاع الروسية»).
    public var affiliation: String?
    /// Every way the article refers to the entity, in text order.
    public var mentions: [Mention]

    public init(id: String, name: String, kind: EntityKind, anonymity: Anonymity,
                gender: String? = nil, number: String? = nil, role: String? = nil,
                affiliation: String? = nil, mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.anonymity = anonymity
        self.gender = gender
        self.number = number
        self.role = role
        self.affiliation = affiliation
        self.mentions = mentions
    }
}

/// One reference to an entity in the text.
public struct Mention: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, span: TextSpan) {
        self.text = text
        self.start = span.start
        self.end = span.end
    }
}
