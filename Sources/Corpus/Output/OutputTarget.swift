import Foundation

/// Where a command writes: a file given with `-o`, written atomically (it
/// appears only when complete, never over an input), or standard output
/// (no `-o`, or `-o -`).
///
/// Every command writes through `write(to:reader:_:)`, so none of them can
/// leave a half-written file behind when it fails.
///
///     try await OutputTarget.write(to: "out/samples.json", reader: reader) { sink in
///         try sink.write(Data("{}".utf8))
///     }
public enum OutputTarget {
    /// Runs `body` with the sink for `path`, then makes the output visible;
    /// on any error the temporary file is removed and the error rethrown.
    /// Returns the file written, if any (for a «wrote …» note).
    @discardableResult
    public static func write(to path: String?, reader: InputReader,
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
