import Attribution
import Foundation
import GRDB

/// One editor's correction of the analysis of one article, kept in the
/// workspace database.
///
/// A correction is tied to its statement by the cue's span as well as by
/// the statement id, so that it still finds its statement after the
/// analyser changes and renumbers them:
///
///     // «وقال مصدر من موسكو …»: the analyser said anonymous, the editor agrees but
///     // says the speaker is the ministry's spokesman:
///     Correction(articleID: "asharq-moscow-idlib", statementID: "s5", kind: .wrongSpeaker,
///                cueStart: 812, cueEnd: 816, speaker: "إيغر كوناشينكوف", anonymity: .named)
public struct Correction: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "correction"

    public var id: Int64?
    public var articleID: String
    /// The analyser's statement id when it was made; nil for `missed`.
    public var statementID: String?
    public var kind: CorrectionKind
    /// The cue's span, Unicode-scalar offsets into the article text.
    public var cueStart: Int
    public var cueEnd: Int
    /// The right speaker's name (`wrongSpeaker`, `missed`).
    public var speaker: String?
    /// The right class (`wrongAnonymity`; optional for `wrongSpeaker`, `missed`).
    public var anonymity: Anonymity?
    /// The right speaker's kind, when known.
    public var entityKind: EntityKind?
    /// `missed` only: the content's form and whether it is a refusal.
    public var form: ContentForm?
    public var negated: Bool
    public var note: String?
    public var createdAt: Date

    public init(id: Int64? = nil, articleID: String, statementID: String?, kind: CorrectionKind,
                cueStart: Int, cueEnd: Int, speaker: String? = nil, anonymity: Anonymity? = nil,
                entityKind: EntityKind? = nil, form: ContentForm? = nil, negated: Bool = false,
                note: String? = nil, createdAt: Date = Date()) {
        self.id = id
        self.articleID = articleID
        self.statementID = statementID
        self.kind = kind
        self.cueStart = cueStart
        self.cueEnd = cueEnd
        self.speaker = speaker
        self.anonymity = anonymity
        self.entityKind = entityKind
        self.form = form
        self.negated = negated
        self.note = note
        self.createdAt = createdAt
    }

    public var cueSpan: TextSpan { TextSpan(cueStart, cueEnd) }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
