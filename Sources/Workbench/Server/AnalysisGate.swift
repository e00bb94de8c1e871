import Synchronization

/// Bounds how many analyses run at once: at most `limit` hold a slot, up to
/// `queueLimit` more wait in order, and any beyond are refused at once
/// (the server answers 503) rather than piling up.
///
///     let gate = AnalysisGate(limit: 2, queueLimit: 64)
///     let doc = try await gate.run { Analyzer().analyze(source) }
///     gate.peak   // the most that ever ran together: never above 2
public final class AnalysisGate: Sendable {
    public let limit: Int
    public let queueLimit: Int

    private struct State {
        var running = 0
        var peak = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Thrown when every slot is taken and the queue is full.
    public struct Busy: Error, Sendable {}

    public init(limit: Int, queueLimit: Int) {
        self.limit = max(1, limit)
        self.queueLimit = max(0, queueLimit)
    }

    /// The most analyses that ever ran at the same time.
    public var peak: Int { state.withLock { $0.peak } }
    public var running: Int { state.withLock { $0.running } }

    public func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        do {
            let value = try await work()
            release()
            return value
        } catch {
            release()
            throw error
        }
    }

    private func acquire() async throws {
        enum Outcome { case go, wait, busy }
        let outcome: Outcome = state.withLock { s in
            if s.running < limit {
                s.running += 1
                s.peak = max(s.peak, s.running)
                return .go
            }
            return s.waiting.count < queueLimit ? .wait : .busy
        }
        switch outcome {
        case .go: return
        case .busy: throw Busy()
        case .wait:
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let admitted: Bool = state.withLock { s in
                    // A slot may have been released meanwhile.
                    if s.running < limit {
                        s.running += 1
                        s.peak = max(s.peak, s.running)
                        return true
                    }
                    s.waiting.append(continuation)
                    return false
                }
                if admitted { continuation.resume() }
            }
        }
    }

    /// Hands the slot to the next waiting request, or frees it.
    private func release() {
        let next: CheckedContinuation<Void, Never>? = state.withLock { s in
            if s.waiting.isEmpty {
                s.running -= 1
                return nil
            }
            return s.waiting.removeFirst()
        }
        next?.resume()
    }
}
