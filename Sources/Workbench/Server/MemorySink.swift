import Corpus
import Foundation

/// An `OutputSink` that keeps the bytes, so that the API answers with
/// exactly what a command's formatter writes to a file.
///
///     let sink = MemorySink()
///     var formatter = JSONDocumentsFormatter()
///     try formatter.begin(sink); try formatter.add(doc, to: sink); try formatter.end(sink)
///     sink.data   // the bytes of `quotegraph analyze --format json`
final class MemorySink: OutputSink {
    private(set) var data = Data()

    func write(_ data: Data) throws(OutputError) {
        self.data.append(data)
    }

    func finish() throws(OutputError) {}
}
