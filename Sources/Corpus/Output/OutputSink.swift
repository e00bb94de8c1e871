import Foundation

/// Where a command's output goes: a file written atomically, or standard
/// output. Formatters write to it piece by piece so that long runs stream.
public protocol OutputSink: AnyObject {
    /// Appends bytes (buffered).
    func write(_ data: Data) throws(OutputError)
    /// Makes the output complete and visible: flushes, and for a file
    /// renames it into place. Nothing written is visible as a file before.
    func finish() throws(OutputError)
}

extension OutputSink {
    public func write(_ string: String) throws(OutputError) {
        try write(Data(string.utf8))
    }
}
