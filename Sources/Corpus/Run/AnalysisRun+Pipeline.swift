import Attribution
import Foundation

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
