import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that it appears whole or not at all: the bytes go to a
/// hidden temporary file in the destination's directory, which is renamed
/// over the destination only by `finish()`. If the run fails first, the
/// temporary file is removed and an older destination is left untouched.
///
/// It also refuses to write over any of the run's inputs, however the path
/// is spelled (`./a.txt`, a symlink, a hard link):
///
///     let out = try AtomicFileWriter(destination: URL(fileURLWithPath: "out/samples.json"),
///                                    inputs: reader.inputFiles)
///     try out.write(json)
///     try out.finish()          // out/samples.json appears here, complete
public final class AtomicFileWriter: OutputSink {
    public let destination: URL
    /// The temporary file, while the write is in progress.
    public private(set) var temporary: URL?
    private var descriptor: Int32 = -1
    private var buffer = Data()
    private let name: String

    public init(destination: URL, inputs: [URL] = []) throws(OutputError) {
        try Self.check(destination: destination, inputs: inputs)
        self.destination = destination
        self.name = destination.relativePath
        let directory = destination.deletingLastPathComponent()
        for _ in 0..<16 {
            let candidate = directory.appendingPathComponent(
                ".\(destination.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
            let fd = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                descriptor = fd
                temporary = candidate
                return
            }
            if errno != EEXIST {
                throw OutputError("\(name): cannot create a file in \(directory.relativePath) (\(String(cString: strerror(errno))))")
            }
        }
        throw OutputError("\(name): cannot create a temporary file beside it")
    }

    deinit {
        discard()
    }

    /// Checks, before any work, that `destination` can be written and is
    /// not one of `inputs`.
    public static func check(destination: URL, inputs: [URL]) throws(OutputError) {
        let name = destination.relativePath
        for input in inputs where sameFile(input, destination) {
            throw OutputError("\(name): refusing to write output over an input file")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError("\(name): is a directory; give a file name")
        }
        let directory = destination.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw OutputError("\(name): directory \(directory.relativePath) does not exist")
        }
    }

    /// True when both paths name one file: same resolved path, or, for
    /// files that exist, the same device and inode (hard links).
    static func sameFile(_ a: URL, _ b: URL) -> Bool {
        if a.standardizedFileURL.resolvingSymlinksInPath().path
            == b.standardizedFileURL.resolvingSymlinksInPath().path {
            return true
        }
        var sa = stat(), sb = stat()
        guard stat(a.path, &sa) == 0, stat(b.path, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    public func write(_ data: Data) throws(OutputError) {
        guard descriptor >= 0 else { throw OutputError("\(name): already finished") }
        buffer.append(data)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws(OutputError) {
        do {
            try POSIXWrite.all(buffer, to: descriptor, name: name)
        } catch {
            discard()
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    public func finish() throws(OutputError) {
        guard descriptor >= 0, let temporary else { throw OutputError("\(name): already finished") }
        try flush()
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            descriptor = -1
            discard()
            throw OutputError("\(name): cannot write (\(reason))")
        }
        descriptor = -1
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError("\(name): cannot move the finished file into place (\(reason))")
        }
        self.temporary = nil
    }

    /// Abandons the write: the temporary file goes, the destination stays
    /// as it was. Safe to call more than once.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if let temporary {
            unlink(temporary.path)
            self.temporary = nil
        }
    }
}
