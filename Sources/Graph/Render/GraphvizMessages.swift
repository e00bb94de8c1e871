import Foundation

/// Where Graphviz's errors and warnings go instead of stderr.
///
/// cgraph reports through one process-wide callback (`agseterrf`), in pieces
/// («Error», «: », «syntax error in line 1 near '}'»). The callback must be a
/// plain C function, so it appends to this lock-protected buffer, which
/// `GraphvizRenderer` empties before each call and reads after a failure.
final class GraphvizMessages: @unchecked Sendable {
    static let shared = GraphvizMessages()

    private let lock = NSLock()
    private var text = ""

    func append(_ piece: String) {
        lock.withLock { text += piece }
    }

    /// Everything collected since the last drain, on one line.
    func drain() -> String {
        let collected = lock.withLock {
            defer { text = "" }
            return text
        }
        return collected.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}

/// The `agusererrf` Graphviz calls with each piece of a message.
func collectGraphvizMessage(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let piece { GraphvizMessages.shared.append(String(cString: piece)) }
    return 0
}
