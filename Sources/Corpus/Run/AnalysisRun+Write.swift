import Attribution

extension AnalysisRun {
    /// The whole run written to `sink` in `format`: analysed and encoded on
    /// the workers, written in input order. `tableWidth` is the terminal
    /// width the table cuts content to (nil: whole).
    ///
    ///     try await run.write(.jsonl, to: StandardOutputSink())
    public func write(_ format: AnalyzeFormat, to sink: OutputSink, tableWidth: Int? = nil) async throws {
        switch format {
        case .json: try await write(with: JSONDocumentsFormatter(), to: sink)
        case .jsonl: try await write(with: JSONLinesFormatter(), to: sink)
        case .table: try await write(with: StatementTable(width: tableWidth), to: sink)
        }
    }

    /// Analyses and encodes on the workers, writes in input order.
    public func write<Formatter: DocumentFormatter>(with formatter: Formatter, to sink: OutputSink) async throws {
        var formatter = formatter
        let encoder = formatter
        try formatter.begin(sink)
        try await run(
            prepare: { document throws(OutputError) in (document, try encoder.encode(document)) },
            emit: { document, rendered in try formatter.add(document, rendered: rendered, to: sink) })
        try formatter.end(sink)
    }
}
