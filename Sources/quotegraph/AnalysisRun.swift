import Attribution
import Foundation
import QuoteGraph

/// Reads every input and analyses it, handing documents on in input order.
///
/// One thread reads (and decompresses) while up to `jobs` workers parse the
/// corpus lines, analyse them and run `prepare` (a formatter's encoding)
/// on the result; the results are put back in input order before `emit`
/// sees them. At most `window` documents are in flight between reading and
/// emitting, so memory stays bounded however long the corpus is; with
/// `jobs == 1` everything runs on the calling thread, in order.
///
/// A document that cannot be read or is too large to analyse is reported
/// (the first `shownSkips` of them, by name and line) and counted; the run
/// goes on with the rest.
struct AnalysisRun {
    let reader: InputReader
    var analyzer = Analyzer()
    /// What the run does, for its one-line error when nothing is left
    /// («no documents to analyse», «… to audit», «… to compare»).
    var task = "analyse"
    /// Worker count; 1 runs on the calling thread.
    var jobs = AnalysisRun.defaultJobs
    /// Documents with more UTF-8 bytes of text than this are skipped.
    var maximumDocumentBytes = AnalysisRun.defaultMaximumDocumentBytes
    var shownSkips = 20

    /// One worker per core.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
    /// 1 MB: twenty times the longest article of the bench corpus; the
    /// analyser's cost grows faster than linearly within one document.
    static let defaultMaximumDocumentBytes = 1_000_000

    /// How a run went: documents analysed, documents skipped, and the bytes
    /// of text analysed.
    struct Summary {
        var documents = 0
        var skipped = 0
        var bytes = 0
    }

    /// What became of one input document on its worker.
    enum Outcome<Prepared: Sendable>: Sendable {
        case analysed(Prepared, bytes: Int)
        case skipped(SkippedDocument)
        case failed(OutputError)
    }

    func run(_ emit: (AnalyzedDocument) throws -> Void) async throws -> Summary {
        try await run(prepare: { $0 }, emit: emit)
    }

    /// Runs the whole input, the analysis and `prepare` on the workers and
    /// `emit` on the calling task, in input order.
    func run<Prepared: Sendable>(prepare: @escaping @Sendable (AnalyzedDocument) throws(OutputError) -> Prepared,
                                 emit: (Prepared) throws -> Void) async throws -> Summary {
        let analyzer = self.analyzer
        return try await run(processing: { (document) throws(OutputError) in try prepare(analyzer.analyze(document)) },
                             emit: emit)
    }

    /// Runs the whole input, `process` on the workers (it analyses the
    /// document itself: the audit and the comparison also need its text)
    /// and `emit` on the calling task, in input order.
    func run<Prepared: Sendable>(processing process: @escaping @Sendable (SourceDocument) throws(OutputError) -> Prepared,
                                 emit: (Prepared) throws -> Void) async throws -> Summary {
        let progress = ProgressReporter()
        defer { progress.clear() }
        let documents = reader.makeIterator()
        var summary = Summary()
        var wholeFilesSkipped = false

        func handle(_ outcome: Outcome<Prepared>) throws {
            switch outcome {
            case .analysed(let prepared, let bytes):
                try emit(prepared)
                summary.documents += 1
                summary.bytes += bytes
            case .skipped(let skipped):
                summary.skipped += 1
                if skipped.line == 0 { wholeFilesSkipped = true }
                if summary.skipped <= shownSkips {
                    progress.clear()
                    Diagnostics.warning(skipped.description)
                } else if summary.skipped == shownSkips + 1 {
                    progress.clear()
                    Diagnostics.warning("further skipped documents are counted but not shown")
                }
            case .failed(let error):
                throw error
            }
            progress.update(documents: summary.documents, skipped: summary.skipped, bytes: summary.bytes)
        }

        let work = Work(maximumDocumentBytes: maximumDocumentBytes, process: process)
        if jobs <= 1 {
            while let pending = try documents.nextPending() {
                try handle(work(pending))
            }
        } else {
            let jobs = self.jobs
            // Finished documents may wait for a slow one before them; the
            // window caps how many.
            let window = jobs * 16
            try await withThrowingTaskGroup(of: (Int, Outcome<Prepared>).self) { group in
                var issued = 0, emitted = 0, running = 0
                var finished: [Int: Outcome<Prepared>] = [:]
                func collect() async throws {
                    guard let (index, outcome) = try await group.next() else { return }
                    running -= 1
                    finished[index] = outcome
                    while let next = finished.removeValue(forKey: emitted) {
                        emitted += 1
                        try handle(next)
                    }
                }
                while let pending = try documents.nextPending() {
                    while running >= jobs || issued - emitted >= window {
                        try await collect()
                    }
                    let index = issued
                    issued += 1
                    running += 1
                    group.addTask { (index, work(pending)) }
                }
                while emitted < issued {
                    try await collect()
                }
            }
        }

        if summary.documents == 0 {
            let what = wholeFilesSkipped ? "documents" : "corpus lines"
            throw RunError("no documents to \(task): all \(summary.skipped) \(what) were skipped")
        }
        if summary.skipped > 0 {
            progress.clear()
            Diagnostics.warning("skipped \(summary.skipped) of \(summary.documents + summary.skipped) documents")
        }
        return summary
    }

    /// What a worker does with one input document: parse, check, process.
    struct Work<Prepared: Sendable>: Sendable {
        let maximumDocumentBytes: Int
        let process: @Sendable (SourceDocument) throws(OutputError) -> Prepared

        func callAsFunction(_ pending: PendingDocument) -> Outcome<Prepared> {
            let document: SourceDocument
            switch pending.resolve() {
            case .skipped(let skipped):
                return .skipped(skipped)
            case .document(let resolved):
                document = resolved
            }
            let bytes = document.text.utf8.count
            if bytes > maximumDocumentBytes {
                return .skipped(SkippedDocument(
                    source: pending.source, line: pending.line, id: document.id,
                    reason: "\(PendingDocument.size(bytes)) of text, over the "
                        + "\(PendingDocument.size(maximumDocumentBytes)) limit for one document "
                        + "(split it, or raise --max-document-size)"))
            }
            do {
                return .analysed(try process(document), bytes: bytes)
            } catch {
                return .failed(error)
            }
        }
    }
}
