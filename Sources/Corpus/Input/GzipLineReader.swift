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
///
/// Memory stays bounded whatever the file: the buffer holds at most one
/// line and one read chunk, and a line longer than `maximumLineLength` is
/// not kept but skipped to its end (`nextLine()` reports it as `.tooLong`),
/// so a 5 GB file without a newline costs no more than a short one.
public final class GzipLineReader {
    /// One line: its bytes without the line ending, or only its length when
    /// it was too long to keep.
    public enum Line: Sendable, Equatable {
        case text(Data)
        case tooLong(bytes: Int)
    }

    /// Lines longer than this many bytes are skipped (64 MB by default).
    public let maximumLineLength: Int
    private let file: gzFile
    private let name: String
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; compacted on each refill.
    private var start = 0
    /// Where the search for the next newline resumes: the bytes between
    /// `start` and here are known to hold none, so that a long line is
    /// scanned once rather than once per refill.
    private var scanned = 0
    /// Bytes of an over-long line dropped so far, or nil when not skipping.
    private var skipping: Int?
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var atEnd = false
    /// The 1-based number of the line `next()` returned last.
    public private(set) var lineNumber = 0

    public init(url: URL, name: String? = nil, maximumLineLength: Int = 64 << 20) throws(InputError) {
        self.name = name ?? url.relativePath
        self.maximumLineLength = maximumLineLength
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
    /// Lines over `maximumLineLength` are passed over (see `nextLine()`).
    public func next() throws(InputError) -> Data? {
        while let line = try nextLine() {
            if case .text(let data) = line { return data }
        }
        return nil
    }

    /// The next line, or nil at the end of the file.
    public func nextLine() throws(InputError) -> Line? {
        while true {
            if let newline = newlineIndex() {
                let line = takeLine(upTo: newline)
                start = newline + 1
                scanned = start
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count || skipping != nil else { return nil }
                let line = takeLine(upTo: buffer.count)
                start = buffer.count
                scanned = start
                return line
            }
            if buffer.count - start > maximumLineLength {
                // Too long to keep: drop what is held and go on to its end.
                skipping = (skipping ?? 0) + (buffer.count - start)
                buffer.removeAll(keepingCapacity: false)
                start = 0
                scanned = 0
            }
            try fill()
        }
    }

    /// The first newline at or after `scanned`, found by `memchr` (a
    /// corpus line is a few kilobytes: the byte-by-byte `firstIndex(of:)`
    /// it replaces was most of the reader's own time).
    private func newlineIndex() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard scanned < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + scanned, 0x0A, bytes.count - scanned) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func takeLine(upTo end: Int) -> Line {
        lineNumber += 1
        if let skipped = skipping {
            skipping = nil
            return .tooLong(bytes: skipped + (end - start))
        }
        var end = end
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        return .text(Data(buffer[start..<end]))
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
            scanned -= start
            start = 0
        }
        buffer.append(contentsOf: chunk[0..<Int(count)])
    }
}
