import Attribution
import QuoteGraph

/// Reads every input and analyses it, handing documents on in input order.
///
/// Documents are analysed in small batches spread over the cores (the
/// `Analyzer` is shareable), while reading stays sequential so that a
/// corpus streams. Skipped corpus lines are reported as they come (the
/// first `shownSkips` of them) and counted.
struct AnalysisRun {
    let reader: InputReader
    var analyzer = Analyzer()
    var batchSize = 64
    var shownSkips = 20

    /// How a run went: documents analysed and corpus lines skipped.
    struct Summary {
        var documents = 0
        var skipped = 0
    }

    func run(_ emit: (AnalyzedDocument) throws -> Void) async throws -> Summary {
        let progress = ProgressReporter()
        defer { progress.clear() }
        let documents = reader.makeIterator()
        var summary = Summary()
        var batch: [SourceDocument] = []

        func drain() async throws {
            for document in await analyze(batch) {
                try emit(document)
            }
            summary.documents += batch.count
            batch.removeAll(keepingCapacity: true)
            progress.update(documents: summary.documents, skipped: summary.skipped)
        }

        while let item = try documents.next() {
            switch item {
            case .document(let document):
                batch.append(document)
                if batch.count >= batchSize { try await drain() }
            case .skipped(let skipped):
                summary.skipped += 1
                if summary.skipped <= shownSkips {
                    progress.clear()
                    Diagnostics.warning(skipped.description)
                } else if summary.skipped == shownSkips + 1 {
                    progress.clear()
                    Diagnostics.warning("further skipped lines are counted but not shown")
                }
            }
        }
        try await drain()

        if summary.documents == 0 {
            throw RunError("no documents to analyse: all \(summary.skipped) corpus lines were skipped")
        }
        if summary.skipped > 0 {
            progress.clear()
            Diagnostics.warning("skipped \(summary.skipped) of \(summary.documents + summary.skipped) documents")
        }
        return summary
    }

    /// Analyses a batch concurrently, returning results in batch order.
    private func analyze(_ batch: [SourceDocument]) async -> [AnalyzedDocument] {
        guard batch.count > 1 else { return batch.map(analyzer.analyze) }
        let analyzer = self.analyzer
        return await withTaskGroup(of: (Int, AnalyzedDocument).self) { group in
            for (index, document) in batch.enumerated() {
                group.addTask { (index, analyzer.analyze(document)) }
            }
            var results = [AnalyzedDocument?](repeating: nil, count: batch.count)
            for await (index, document) in group {
                results[index] = document
            }
            return results.map { $0! }
        }
    }
}
