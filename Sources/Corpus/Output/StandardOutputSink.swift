import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, buffered. A reader that goes away (`| head`) ends the
/// process through SIGPIPE, as with any Unix filter.
public final class StandardOutputSink: OutputSink {
    private var buffer = Data()
    private let descriptor: Int32

    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    public func write(_ data: Data) throws(OutputError) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func finish() throws(OutputError) {
        try flush()
    }

    private func flush() throws(OutputError) {
        try POSIXWrite.all(buffer, to: descriptor, name: "standard output")
        buffer.removeAll(keepingCapacity: true)
    }
}
