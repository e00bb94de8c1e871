/// Output formats of `quotegraph analyze`.
public enum AnalyzeFormat: String, Sendable, CaseIterable {
    /// `{"documents": [...]}`, what `shared/eval/score.py` reads.
    case json
    /// One JSON document per line, streamed.
    case jsonl
    /// A readable terminal view, one block per statement.
    case table
}
