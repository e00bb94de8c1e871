/// How a statement's content is given.
///
/// - `direct`: inside quotation marks (even after إن/أن).
/// - `indirect`: a paraphrase, or words after a colon without quotation marks.
/// - `mixed`: a paraphrase that embeds a quoted fragment.
public enum ContentForm: String, Sendable, Codable, CaseIterable {
    case direct, indirect, mixed
}
