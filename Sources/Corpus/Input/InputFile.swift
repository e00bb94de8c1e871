import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an input path names, found with one `stat(2)`, and reading it with
/// a bound: at most the document limit plus one byte is ever read, so a
/// 2 GB file, `/dev/zero` or an endless pipe costs no more than the limit.
///
///     switch InputFile.kind(of: "z.jsonl") {
///     case .characterDevice: …          // "z.jsonl: is a character device, not a file"
///     case .regular(let size): …
///     }
///     let read = try InputFile.read("a.txt", name: "a.txt", limit: 1_000_000)
///     read.isTruncated                  // true when the file holds more than 1 MB
enum InputFile {
    enum Kind: Equatable {
        case regular(size: Int)
        case directory
        /// A named pipe, or a pipe reached through `/dev/fd` (`<(…)`).
        case fifo
        case characterDevice
        case blockDevice
        case socket
        /// stat failed with this errno.
        case failed(Int32)
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failed(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        default: return .socket
        }
    }

    /// The message for a path that cannot be an input, or nil when it can
    /// (a regular file, a directory or a pipe).
    static func refusal(_ kind: Kind, name: String) -> String? {
        switch kind {
        case .regular, .directory, .fifo: nil
        case .characterDevice: "\(name): is a character device, not a file"
        case .blockDevice: "\(name): is a block device, not a file"
        case .socket: "\(name): is a socket, not a file"
        case .failed(let code): "\(name): \(reason(code))"
        }
    }

    /// The errors `stat` and `open` give for a path, in the words of the
    /// other messages.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file or directory"
        case ELOOP: "too many levels of symbolic links (a link loop?)"
        case EACCES, EPERM: "permission denied"
        case ENAMETOOLONG: "file name too long"
        default: "cannot read (\(String(cString: strerror(code))))"
        }
    }

    /// What a bounded read got: the bytes (at most `limit + 1`), whether
    /// there was more, and the whole size when it is known (a regular file).
    struct Contents {
        var data: Data
        var isTruncated: Bool
        var size: Int?
    }

    /// Reads `path` up to `limit + 1` bytes.
    static func read(_ path: String, name: String, limit: Int) throws(InputError) -> Contents {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw InputError("\(name): \(reason(errno))") }
        defer { close(fd) }
        var info = stat()
        var size: Int?
        if fstat(fd, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: size = Int(info.st_size)
            case S_IFDIR: throw InputError("\(name): is a directory")
            case S_IFIFO: break
            case S_IFCHR: throw InputError("\(name): is a character device, not a file")
            case S_IFBLK: throw InputError("\(name): is a block device, not a file")
            default: throw InputError("\(name): is a socket, not a file")
            }
        }
        var contents = try read(descriptor: fd, name: name, limit: limit, sizeHint: size)
        contents.size = size
        return contents
    }

    /// Reads an open descriptor (standard input) up to `limit + 1` bytes.
    static func read(descriptor fd: Int32, name: String, limit: Int,
                     sizeHint: Int? = nil) throws(InputError) -> Contents {
        let want = limit >= Int.max - 1 ? Int.max - 1 : limit + 1
        var data = Data()
        if let sizeHint { data.reserveCapacity(min(sizeHint, want)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < want {
            let n = chunk.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress, min(raw.count, want - data.count))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError("\(name): cannot read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return Contents(data: data, isTruncated: data.count > limit, size: nil)
    }

    #if canImport(Glibc)
    private static let systemRead = Glibc.read
    #else
    private static let systemRead = Darwin.read
    #endif

    /// Standard input, bounded.
    static func readStandardInput(limit: Int) -> Data {
        (try? read(descriptor: STDIN_FILENO, name: "<stdin>", limit: limit).data) ?? Data()
    }
}
