import Foundation

/// Messages on standard error, each one line with the program's name, as
/// compilers and Unix tools write them: `quotegraph: error: …`,
/// `quotegraph: warning: …`.
///
///     Diagnostics.warning("skipped 3 of 20 documents")
///     // quotegraph: warning: skipped 3 of 20 documents
public enum Diagnostics {
    public static func error(_ message: String) {
        emit("quotegraph: error: \(message)")
    }

    public static func warning(_ message: String) {
        emit("quotegraph: warning: \(message)")
    }

    public static func note(_ message: String) {
        emit("quotegraph: \(message)")
    }

    /// Control characters and bidi controls, which may come from an input's
    /// id or name, are shown escaped (`TerminalText`).
    private static func emit(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.visible(line) + "\n").utf8))
    }
}
