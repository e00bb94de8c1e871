import ArgumentParser
import Corpus
import Foundation

/// The `-o FILE` option of the commands that may also write to standard
/// output (analyze, audit, compare).
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file instead of standard output; it appears only when complete.",
                               valueName: "file"))
    var output: String?

    func validate() throws {
        if let output, output.isEmpty {
            throw ValidationError("the output file name is empty")
        }
    }
}

/// Where a command writes: a file given with `-o`, written atomically (it
/// appears only when complete, never over an input), or standard output
/// (no `-o`, or `-o -`).
///
/// Every command writes through `write(to:reader:_:)`, so none of them can
/// leave a half-written file behind when it fails.
enum OutputTarget {
    /// Runs `body` with the sink for `path`, then makes the output visible;
    /// on any error the temporary file is removed and the error rethrown.
    /// Returns the file written, if any (for a «wrote …» note).
    @discardableResult
    static func write(to path: String?, reader: InputReader,
                      _ body: (OutputSink) async throws -> Void) async throws -> AtomicFileWriter? {
        var file: AtomicFileWriter?
        if let path, path != "-" {
            file = try AtomicFileWriter(destination: URL(fileURLWithPath: path), inputs: reader.inputFiles)
        }
        let sink: OutputSink = file ?? StandardOutputSink()
        do {
            try await body(sink)
            try sink.finish()
        } catch {
            file?.discard()
            throw error
        }
        return file
    }
}
