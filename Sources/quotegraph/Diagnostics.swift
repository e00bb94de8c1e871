import Foundation
import QuoteGraphCore

/// Messages on standard error, each one line with the program's name, as
/// compilers and Unix tools write them: `quotegraph: error: …`,
/// `quotegraph: warning: …`.
enum Diagnostics {
    static func error(_ message: String) {
        emit("quotegraph: error: \(message)")
    }

    static func warning(_ message: String) {
        emit("quotegraph: warning: \(message)")
    }

    static func note(_ message: String) {
        emit("quotegraph: \(message)")
    }

    /// Control characters and bidi controls, which may come from an input's
    /// id or name, are shown escaped (`TerminalText`).
    private static func emit(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.visible(line) + "\n").utf8))
    }
}
