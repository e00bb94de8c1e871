import Attribution
import Foundation
import QuoteGraphCore

/// Reads every input and analyses it, handing documents on in input order.
///
/// With `jobs` over 1, that many worker threads take batches of corpus
/// lines from the reader in turn (reading and decompressing under a lock),
/// parse them, analyse them and run `prepare` (a formatter's encoding) on
/// the result; the calling task puts the batches back in input order
/// before `emit` sees them (`Pipeline`). A bounded window of batches is in
/// flight between reading and emitting, so memory stays bounded however
/// long the corpus is; with `jobs == 1` everything runs on the calling
/// thread, in order.
///
/// A document that cannot be read or is too large to analyse is reported
/// (the first `shownSkips` of them, by name and line) and counted; the run
/// goes on with the rest.
public struct AnalysisRun {
    public let reader: InputReader
    public var analyzer = Analyzer()
    /// What the run does, for its one-line error when nothing is left
    /// («no documents to analyse», «… to audit», «… to compare»).
    public var task = "analyse"
    /// Worker count; 1 runs on the calling thread.
    public var jobs = AnalysisRun.defaultJobs
    /// Documents with more UTF-8 bytes of text than this are skipped.
    public var maximumDocumentBytes = AnalysisRun.defaultMaximumDocumentBytes
    public var shownSkips = 20

    /// A run over `reader` with the default analyser, one worker per core
    /// and the 1 MB limit; set the properties to change them.
    public init(reader: InputReader) {
        self.reader = reader
    }

    /// One worker per core.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// More workers than 4 per core only wait for each other (and each
    /// thread costs an 8 MB stack): `--jobs` is capped here.
    public static var maximumJobs: Int { 4 * defaultJobs }

    /// The workers a run starts for `requested` jobs: at most
    /// `maximumJobs`, and when every input is a single article (no
    /// corpus), at most one per article. `--jobs 1000000000` on one
    /// article starts one thread, not a billion.
    ///
    ///     effectiveJobs(Int.max, sources: [.text(a), .text(b)])   // 2
    public static func effectiveJobs(_ requested: Int, sources: [DocumentSource]) -> Int {
        var jobs = min(max(1, requested), maximumJobs)
        let hasCorpus = sources.contains { if case .corpus = $0 { return true } else { return false } }
        if !hasCorpus { jobs = min(jobs, max(1, sources.count)) }
        return jobs
    }
    /// 1 MB: twenty times the longest article of the bench corpus (an
    /// adversarial 1 MB article takes under 2 s: docs/performance.md).
    public static let defaultMaximumDocumentBytes = 1_000_000

    /// How a run went: documents analysed, documents skipped, and the bytes
    /// of text analysed.
    public struct Summary: Sendable {
        public var documents = 0
        public var skipped = 0
        public var bytes = 0
    }

    /// What became of one input document on its worker.
    enum Outcome<Prepared: Sendable>: Sendable {
        case analysed(Prepared, bytes: Int)
        case skipped(SkippedDocument)
        case failed(OutputError)
    }

    @discardableResult
    public func run(_ emit: (AnalyzedDocument) throws -> Void) async throws -> Summary {
        try await run(prepare: { $0 }, emit: emit)
    }

    /// Runs the whole input, the analysis and `prepare` on the workers and
    /// `emit` on the calling task, in input order.
    @discardableResult
    public func run<Prepared: Sendable>(prepare: @escaping @Sendable (AnalyzedDocument) throws(OutputError) -> Prepared,
                                 emit: (Prepared) throws -> Void) async throws -> Summary {
        let analyzer = self.analyzer
        return try await run(processing: { (document) throws(OutputError) in try prepare(analyzer.analyze(document)) },
                             emit: emit)
    }

    /// Runs the whole input, `process` on the workers (it analyses the
    /// document itself: the audit and the comparison also need its text)
    /// and `emit` on the calling task, in input order. (`audit` and
    /// `compare` count what they emit themselves, hence discardable.)
    @discardableResult
    public func run<Prepared: Sendable>(processing process: @escaping @Sendable (SourceDocument) throws(OutputError) -> Prepared,
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

        if jobs <= 1 {
            let work = Work(maximumDocumentBytes: maximumDocumentBytes, process: process)
            while let pending = try documents.nextPending() {
                try handle(work(pending))
            }
        } else {
            let pipeline = Pipeline<Prepared>(documents: documents, workers: jobs,
                                              maximumDocumentBytes: maximumDocumentBytes, process: process)
            do {
                while let batch = try await pipeline.next() {
                    for outcome in batch {
                        try handle(outcome)
                    }
                }
            } catch {
                await pipeline.stop()
                throw error
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

extension AnalysisRun {
    /// A run as the command line asks for it: `jobs` capped
    /// (`effectiveJobs`), documents over `maximumDocumentBytes` skipped,
    /// the speaker ranking's `weights`.
    ///
    ///     AnalysisRun(reader: reader, jobs: 4, maximumDocumentBytes: 1_000_000, ranking: RankerWeights())
    public init(reader: InputReader, jobs: Int, maximumDocumentBytes: Int, ranking: RankerWeights) {
        self.init(reader: reader)
        analyzer = Analyzer(ranking: ranking)
        self.jobs = AnalysisRun.effectiveJobs(jobs, sources: reader.sources)
        self.maximumDocumentBytes = maximumDocumentBytes
    }

    /// `--max-document-size` in bytes: megabytes of 1,000,000 bytes, at
    /// most `Int.max / 2`.
    public static func maximumDocumentBytes(megabytes: Double) -> Int {
        Int(min(megabytes * 1_000_000, Double(Int.max / 2)))
    }
}

extension AnalysisRun {
    /// The inputs and limits of a run as the command line gives them, each
    /// problem as the one-line message it shows: no input, `-` twice,
    /// `--jobs` below 1, a `--max-document-size` (megabytes) that is not a
    /// positive number.
    ///
    ///     try AnalysisRun.validate(inputs: ["Samples"], jobs: 2, maxDocumentSize: 1)
    public static func validate(inputs: [String], jobs: Int, maxDocumentSize: Double) throws(RunError) {
        guard !inputs.isEmpty else {
            throw RunError("no input given: name an article, a directory of .txt files, a .jsonl(.gz) corpus or '-'")
        }
        guard jobs >= 1 else {
            throw RunError("--jobs must be at least 1, not \(jobs)")
        }
        guard inputs.filter({ $0 == "-" }).count <= 1 else {
            throw RunError("'-' (standard input) can be given only once")
        }
        guard maxDocumentSize > 0, maxDocumentSize.isFinite else {
            throw RunError("--max-document-size must be a positive number of megabytes, not \(maxDocumentSize)")
        }
    }
}
