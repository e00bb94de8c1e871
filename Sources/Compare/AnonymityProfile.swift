import Attribution

/// How identified one side's sources are: statements and speakers by
/// anonymity class, refusals («لم يعلق») not counted as statements.
///
/// The share of statements from anonymous or vague speakers is the figure an
/// editor compares: the same story can rest on named officials in one paper
/// and on «مصادر مطلعة» in another.
public struct AnonymityProfile: Sendable, Hashable, Codable {
    public var statements: [String: Int]
    public var speakers: [String: Int]
    public var hiddenStatements: Int
    public var totalStatements: Int

    public init() {
        statements = Dictionary(uniqueKeysWithValues: Anonymity.allCases.map { ($0.rawValue, 0) })
        speakers = statements
        hiddenStatements = 0
        totalStatements = 0
    }

    /// Statements from anonymous or vague speakers over all statements (0 when none).
    public var hiddenShare: Double {
        totalStatements == 0 ? 0 : Double(hiddenStatements) / Double(totalStatements)
    }

    mutating func countStatement(_ anonymity: Anonymity) {
        statements[anonymity.rawValue, default: 0] += 1
        totalStatements += 1
        if anonymity.isHidden { hiddenStatements += 1 }
    }

    mutating func countSpeaker(_ anonymity: Anonymity) {
        speakers[anonymity.rawValue, default: 0] += 1
    }

    /// «named 3 · role 1 · anonymous 5 · vague 0»
    public var summary: String {
        Anonymity.allCases.map { "\($0.rawValue) \(statements[$0.rawValue] ?? 0)" }.joined(separator: " · ")
    }
}
