/// Output formats of `quotegraph analyze` (`--format`), written by
/// `AnalysisRun.write(_:to:tableWidth:)`.
///
///     try await run.write(AnalyzeFormat(rawValue: "jsonl")!, to: sink)
public enum AnalyzeFormat: String, Sendable, CaseIterable {
    /// `{"documents": [...]}`, what `shared/eval/score.py` reads.
    case json
    /// One JSON document per line, streamed.
    case jsonl
    /// A readable terminal view, one block per statement.
    case table
}
