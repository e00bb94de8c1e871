import Attribution
import Corpus
import Foundation

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

    /// More workers than 4 per core only wait for each other (and each
    /// thread costs an 8 MB stack): `--jobs` is capped here.
    static var maximumJobs: Int { 4 * defaultJobs }

    /// The workers a run starts for `requested` jobs: at most
    /// `maximumJobs`, and when every input is a single article (no
    /// corpus), at most one per article. `--jobs 1000000000` on one
    /// article starts one thread, not a billion.
    ///
    ///     effectiveJobs(Int.max, sources: [.text(a), .text(b)])   // 2
    static func effectiveJobs(_ requested: Int, sources: [DocumentSource]) -> Int {
        var jobs = min(max(1, requested), maximumJobs)
        let hasCorpus = sources.contains { if case .corpus = $0 { return true } else { return false } }
        if !hasCorpus { jobs = min(jobs, max(1, sources.count)) }
        return jobs
    }
    /// 1 MB: twenty times the longest article of the bench corpus (an
    /// adversarial 1 MB article takes under 2 s: docs/performance.md).
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
    /// and `emit` on the calling task, in input order. (`audit` and
    /// `compare` count what they emit themselves, hence discardable.)
    @discardableResult
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
    /// The parallel run: `workers` threads of their own take batches of
    /// documents from the reader in turn, parse and process them, and hand
    /// the outcomes back in batches that the calling task puts in input
    /// order (`next()`).
    ///
    /// Why batches and threads, rather than one task per document: a task
    /// per document cost a hand-off through the calling task for each of
    /// them (collect, reorder, read the next line, add the next task),
    /// which ran on one of the cooperative pool's threads, as many as
    /// there are cores, that the analysis also needed. Here the reading
    /// (gzip inflate and line splitting, a few percent of the work) is
    /// done by whichever worker needs the next batch, under a lock, and the
    /// calling task only writes output; it waits without holding a thread.
    ///
    /// Memory stays bounded: a worker takes a batch only when fewer than
    /// `window` batches are taken and not yet emitted, and a batch holds at
    /// most `batchDocuments` documents or, past one line, `batchBytes` bytes
    /// of input.
    final class Pipeline<Prepared: Sendable>: @unchecked Sendable {
        typealias Batch = [Outcome<Prepared>]

        /// About 8 ms of analysis at the bench corpus's average article:
        /// long enough that handing a batch on costs nothing next to it,
        /// short enough that the last batches leave no core idle for long.
        static var batchDocuments: Int { 16 }
        static var batchBytes: Int { 256 << 10 }

        private let documents: DocumentIterator
        /// Guards `documents`, `taken` and `inputEnded`.
        private let readLock = NSLock()
        private var taken = 0
        private var inputEnded = false

        /// Guards everything below; workers wait on it for room in the window.
        private let lock = NSCondition()
        private var finished: [Int: Batch] = [:]
        private var emitted = 0
        /// The number of batches, once the input is read to its end or to
        /// an error.
        private var total: Int?
        private var readError: InputError?
        private var stopped = false
        private var running: Int
        private var waiter: CheckedContinuation<Void, Never>?

        /// Batches that may still be taken before one is emitted.
        private var room: Int

        init(documents: DocumentIterator, workers: Int, maximumDocumentBytes: Int,
             process: @escaping @Sendable (SourceDocument) throws(OutputError) -> Prepared) {
            self.documents = documents
            running = workers
            // More room than workers, so that one slow batch leaves the
            // others work to do while it holds back the output.
            room = workers * 4
            let work = Work(maximumDocumentBytes: maximumDocumentBytes, process: process)
            for index in 0..<workers {
                let thread = Thread { [self] in self.run(work) }
                thread.name = "quotegraph-worker-\(index)"
                // Set rather than left to the platform's default for
                // secondary threads (512 KB on macOS); the analyser recurses.
                thread.stackSize = 8 << 20
                thread.start()
            }
        }

        /// The next batch of outcomes in input order, or nil at the end;
        /// throws the reader's error once the batches read before it are
        /// all handed on.
        func next() async throws(InputError) -> Batch? {
            while true {
                switch poll() {
                case .batch(let batch):
                    return batch
                case .end(let error):
                    if let error { throw error }
                    return nil
                case .pending:
                    await wait { $0.finished[$0.emitted] != nil || $0.emitted >= $0.total ?? .max }
                }
            }
        }

        private enum Poll {
            case batch(Batch)
            case end(InputError?)
            case pending
        }

        private func poll() -> Poll {
            lock.withLock {
                if let batch = finished.removeValue(forKey: emitted) {
                    emitted += 1
                    room += 1
                    lock.signal()
                    return .batch(batch)
                }
                if let total, emitted >= total { return .end(readError) }
                return .pending
            }
        }

        /// Stops taking batches and waits for the workers to finish the
        /// ones they hold, so that none outlives the run.
        func stop() async {
            lock.withLock {
                stopped = true
                lock.broadcast()
            }
            await wait { $0.running == 0 }
        }

        /// Suspends until `ready` (asked with the lock held) is true; the
        /// workers wake the calling task whenever they deliver a batch,
        /// reach the end of the input or exit.
        private func wait(until ready: @escaping (Pipeline) -> Bool) async {
            while !lock.withLock({ ready(self) }) {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    lock.lock()
                    if ready(self) {
                        lock.unlock()
                        continuation.resume()
                    } else {
                        waiter = continuation
                        lock.unlock()
                    }
                }
            }
        }

        /// Wakes the calling task, if it waits; with `lock` held.
        private func wakeLocked() -> CheckedContinuation<Void, Never>? {
            defer { waiter = nil }
            return waiter
        }

        // MARK: - Workers

        private func run(_ work: Work<Prepared>) {
            while true {
                guard waitForRoom(), let (index, batch) = take() else { break }
                let outcomes = batch.map { work($0) }
                lock.lock()
                finished[index] = outcomes
                let waiter = wakeLocked()
                lock.unlock()
                waiter?.resume()
            }
            lock.lock()
            running -= 1
            let waiter = wakeLocked()
            lock.unlock()
            waiter?.resume()
        }

        /// Takes a place in the window, waiting for one; false when stopped.
        private func waitForRoom() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            while room == 0 && !stopped { lock.wait() }
            guard !stopped else { return false }
            room -= 1
            return true
        }

        /// The next batch and its place, or nil when the input has ended
        /// (or failed) or the run is stopped.
        private func take() -> (Int, [PendingDocument])? {
            readLock.lock()
            defer { readLock.unlock() }
            lock.lock()
            let stopped = self.stopped
            lock.unlock()
            if inputEnded || stopped { return nil }
            var batch: [PendingDocument] = []
            var bytes = 0
            var failure: InputError?
            do {
                while batch.count < Self.batchDocuments, bytes < Self.batchBytes {
                    guard let pending = try documents.nextPending() else {
                        inputEnded = true
                        break
                    }
                    batch.append(pending)
                    bytes += pending.inputBytes
                }
            } catch {
                inputEnded = true
                failure = error
            }
            let index = taken
            if !batch.isEmpty { taken += 1 }
            if inputEnded {
                lock.lock()
                total = taken
                readError = failure
                let waiter = wakeLocked()
                lock.unlock()
                waiter?.resume()
            }
            return batch.isEmpty ? nil : (index, batch)
        }
    }
}
