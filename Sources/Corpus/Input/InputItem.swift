import Attribution

/// What reading yields, in input order: a document, or a corpus line that
/// was skipped (the run goes on).
public enum InputItem: Sendable {
    case document(SourceDocument)
    case skipped(SkippedDocument)
}
