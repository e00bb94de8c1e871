import CZlib
import Foundation

/// Reads a file line by line through zlib, so that a `.jsonl.gz` corpus is
/// decompressed in-process as it streams, without a temporary copy or a
/// `gunzip` child process.
///
/// zlib's `gzread` passes through files that are not gzip-compressed
/// unchanged, so the same reader serves plain `.jsonl` files.
///
///     let lines = try GzipLineReader(url: URL(fileURLWithPath: "articles.jsonl.gz"))
///     while let line = try lines.next() { … }   // one JSON object per line
///     lines.lineNumber                           // 1-based number of that line
public final class GzipLineReader {
    private let file: gzFile
    private let name: String
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; compacted on each refill.
    private var start = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var atEnd = false
    /// The 1-based number of the line `next()` returned last.
    public private(set) var lineNumber = 0

    public init(url: URL, name: String? = nil) throws(InputError) {
        self.name = name ?? url.relativePath
        guard let file = gzopen(url.path, "rb") else {
            throw InputError("\(self.name): cannot open (\(String(cString: strerror(errno))))")
        }
        gzbuffer(file, 1 << 17)
        self.file = file
    }

    deinit {
        gzclose(file)
    }

    /// The next line without its line ending, or nil at the end of the file.
    public func next() throws(InputError) -> Data? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = takeLine(upTo: newline)
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = takeLine(upTo: buffer.count)
                start = buffer.count
                return line
            }
            try fill()
        }
    }

    private func takeLine(upTo end: Int) -> Data {
        var end = end
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        lineNumber += 1
        return Data(buffer[start..<end])
    }

    private func fill() throws(InputError) {
        let count = chunk.withUnsafeMutableBytes { raw in
            gzread(file, raw.baseAddress, UInt32(raw.count))
        }
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw InputError("\(name): cannot decompress after line \(lineNumber) (\(message))")
        }
        if count == 0 {
            var code: Int32 = 0
            _ = gzerror(file, &code)
            if code != Z_OK && code != Z_STREAM_END {
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw InputError("\(name): cannot decompress after line \(lineNumber) (\(message))")
            }
            atEnd = true
            return
        }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: chunk[0..<Int(count)])
    }
}
