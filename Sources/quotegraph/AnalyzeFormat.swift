import ArgumentParser

/// Output formats of `quotegraph analyze`.
enum AnalyzeFormat: String, CaseIterable, ExpressibleByArgument {
    /// `{"documents": [...]}`, what `shared/eval/score.py` reads.
    case json
    /// One JSON document per line, streamed.
    case jsonl
    /// A readable terminal view, one block per statement.
    case table

    static let help: ArgumentHelp = """
        json: one {"documents": [...]} object (for the scorer and jq); \
        jsonl: one document per line, streamed (for large corpora); \
        table: one block per statement, for reading.
        """
}
