/// Output formats of `quotegraph compare` (`--format`); see
/// `ComparisonReport` for what each writes.
///
///     try ComparisonReport(digests, by: .article, format: .markdown, sameStory: false)
public enum CompareFormat: String, Sendable, CaseIterable {
    case table, json, markdown, svg
}
