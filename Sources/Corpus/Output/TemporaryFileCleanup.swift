import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the named temporary files of unfinished outputs when the
/// process is stopped by SIGINT (Ctrl-C), SIGTERM (`timeout`, `kill`) or
/// SIGHUP (the terminal closed), then dies of that signal as it would
/// have: the exit status still says which signal it was.
///
/// `AtomicFileWriter` registers a temporary file's path before creating it
/// and unregisters it once renamed or removed; the handlers are installed
/// at the first registration, except for a signal the process was started
/// to ignore (`nohup`), which stays ignored.
///
///     TemporaryFileCleanup.register("/out/.bench.jsonl.4242.17.tmp")
///     // … Ctrl-C here: the file is unlinked, the process exits by SIGINT
///     TemporaryFileCleanup.unregister("/out/.bench.jsonl.4242.17.tmp")
///
/// The handler only calls `unlink`, `signal` and `raise`, which are
/// async-signal-safe; the paths live in a fixed table of C strings that
/// registration fills under a lock before the file exists.
enum TemporaryFileCleanup {
    static let capacity = 64
    nonisolated(unsafe) static let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Notes `path` for removal on a signal; false when the table is full
    /// (more than 64 outputs at once: the file is then only removed on errors).
    @discardableResult
    static func register(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            slots.initialize(repeating: nil, count: capacity)
            installHandlers()
            installed = true
        }
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return true
        }
        return false
    }

    static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        guard installed else { return }
        for index in 0..<capacity {
            guard let stored = slots[index], String(cString: stored) == path else { continue }
            slots[index] = nil
            free(stored)
        }
    }

    /// The paths registered now (for tests).
    static var registered: [String] {
        lock.lock()
        defer { lock.unlock() }
        guard installed else { return [] }
        return (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } }
    }

    private static func installHandlers() {
        for sig in signals {
            var current = sigaction()
            guard sigaction(sig, nil, &current) == 0 else { continue }
            #if canImport(Glibc)
            let ignored = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1
            #else
            let ignored = unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) == 1
            #endif
            if ignored { continue }   // SIG_IGN: started under nohup or the like.
            signal(sig, handler)
        }
    }

    private static let handler: @convention(c) (Int32) -> Void = { sig in
        for index in 0..<TemporaryFileCleanup.capacity {
            if let path = TemporaryFileCleanup.slots[index] { unlink(path) }
        }
        signal(sig, SIG_DFL)
        raise(sig)
    }
}
