import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line counter on standard error for long runs, redrawn in place:
///
///     analysed 12,480 documents (3 skipped) …
///
/// It shows only when standard error is a terminal, and only once a run
/// has taken more than a second, so pipes, logs, CI and short runs stay
/// silent.
public final class ProgressReporter {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var visible = false

    public init(enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.enabled = enabled
    }

    /// Redraws the line, at most five times a second. With `bytes` (of
    /// text analysed so far) it shows the rate too:
    ///
    ///     analysed 12,480 documents (3 skipped), 41.2 MB, 2,210 documents/s …
    public func update(documents: Int, skipped: Int, bytes: Int? = nil) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed > 1, now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        var line = "\r\u{1B}[Kanalysed \(documents.formatted()) documents"
        if skipped > 0 { line += " (\(skipped.formatted()) skipped)" }
        if let bytes {
            line += String(format: ", %.1f MB, %@ documents/s", Double(bytes) / 1_000_000,
                           Int(Double(documents) / elapsed).formatted())
        }
        FileHandle.standardError.write(Data((line + " …").utf8))
        visible = true
    }

    /// Clears the line, so that a message or the shell prompt starts clean.
    public func clear() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }
}
