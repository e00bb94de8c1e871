import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that it appears whole or not at all: the bytes go to a
/// temporary file in the destination's directory, which is renamed over
/// the destination only by `finish()`. If the run fails first, the
/// temporary file is removed and an older destination is left untouched.
///
/// The temporary file has no name while it is written (Linux `O_TMPFILE`;
/// it is linked in only by `finish()`), so that a run killed by a signal,
/// even SIGKILL, leaves nothing behind. Where the file system cannot do
/// that, it is a hidden `.NAME.PID.RANDOM.tmp` that `TemporaryFileCleanup`
/// removes on SIGINT, SIGTERM and SIGHUP.
///
/// What the destination was is kept, as `cp` and editors keep it:
/// - a regular file keeps its permissions and, when the process may set
///   it, its owner; a read-only one is refused, not replaced;
/// - a symbolic link is written through: its target is replaced, the link
///   stays;
/// - anything else that exists (a device such as `/dev/null` or
///   `/dev/full`, a named pipe) is written to directly, never renamed over,
///   and its write errors are reported.
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
    /// The named temporary file, while a write is in progress without
    /// `O_TMPFILE`; nil otherwise.
    public private(set) var temporary: URL?
    /// The file that `finish()` replaces: the destination, or the end of
    /// its chain of symbolic links.
    let target: String
    /// True when writing straight into an existing device or pipe.
    let isDirect: Bool
    private var descriptor: Int32 = -1
    /// True for an unnamed (`O_TMPFILE`) temporary file.
    private var unnamed = false
    private var buffer = Data()
    private let name: String

    public init(destination: URL, inputs: [URL] = []) throws(OutputError) {
        try Self.check(destination: destination, inputs: inputs)
        self.destination = destination
        self.name = destination.relativePath
        let target = try Self.linkTarget(of: destination.path, name: destination.relativePath)
        self.target = target
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe: written in place, as a shell's `>` would.
            isDirect = true
            let fd = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard fd >= 0 else {
                throw OutputError("\(name): cannot open for writing (\(String(cString: strerror(errno))))")
            }
            descriptor = fd
            return
        }
        isDirect = false
        if exists {
            if existing.st_mode & 0o222 == 0 {
                throw OutputError("\(name): is read-only; make it writable or give another name")
            }
            if access(target, W_OK) != 0 {
                throw OutputError("\(name): cannot write (\(String(cString: strerror(errno))))")
            }
        }
        let directory = (target as NSString).deletingLastPathComponent
        let fd = Self.openUnnamed(in: directory.isEmpty ? "." : directory)
        if fd >= 0 {
            descriptor = fd
            unnamed = true
        } else {
            try createNamed(in: directory.isEmpty ? "." : directory)
        }
        if exists {
            // Ownership first: fchown may clear the set-id bits that fchmod sets.
            if getuid() == 0 || existing.st_uid == getuid() {
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            }
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
    }

    deinit {
        discard()
    }

    /// `O_TMPFILE` (Linux): a file in `directory` with no name, or -1 when
    /// the file system cannot make one.
    private static func openUnnamed(in directory: String) -> Int32 {
        #if os(Linux)
        // O_TMPFILE is a compound macro Swift does not import: __O_TMPFILE | O_DIRECTORY.
        let tmpfile: Int32 = 0o20000000 | O_DIRECTORY
        return open(directory, tmpfile | O_WRONLY | O_CLOEXEC, 0o666 & ~currentUmask())
        #else
        return -1
        #endif
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// The hidden named temporary file, where `O_TMPFILE` is not available.
    private func createNamed(in directory: String) throws(OutputError) {
        let base = (target as NSString).lastPathComponent
        for _ in 0..<16 {
            let candidate = URL(fileURLWithPath: directory)
                .appendingPathComponent(".\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
            TemporaryFileCleanup.register(candidate.path)
            let fd = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                descriptor = fd
                temporary = candidate
                return
            }
            let failure = errno
            TemporaryFileCleanup.unregister(candidate.path)
            if failure != EEXIST {
                throw OutputError("\(name): cannot create a file in \(directory) (\(String(cString: strerror(failure))))")
            }
        }
        throw OutputError("\(name): cannot create a temporary file beside it")
    }

    /// The file a path finally names: its symbolic links followed (a
    /// dangling one to the file it would create), at most 40 of them.
    static func linkTarget(of path: String, name: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &bytes, bytes.count - 1)
            guard count > 0 else { return current }
            let link = String(decoding: bytes[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        throw OutputError("\(name): too many levels of symbolic links")
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
        guard descriptor >= 0 else { throw OutputError("\(name): already finished") }
        try flush()
        if isDirect {
            // No fsync: a device or pipe may not support it (EINVAL).
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0 { throw OutputError("\(name): cannot write (\(String(cString: strerror(errno))))") }
            return
        }
        if fsync(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError("\(name): cannot write (\(reason))")
        }
        if unnamed {
            try linkUnnamed()
        }
        if close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            descriptor = -1
            discard()
            throw OutputError("\(name): cannot write (\(reason))")
        }
        descriptor = -1
        guard let temporary else { return }
        if rename(temporary.path, target) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError("\(name): cannot move the finished file into place (\(reason))")
        }
        TemporaryFileCleanup.unregister(temporary.path)
        self.temporary = nil
    }

    /// Gives the unnamed file a hidden name beside the target (renamed over
    /// it next): `linkat` cannot replace an existing file.
    private func linkUnnamed() throws(OutputError) {
        let directory = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        for _ in 0..<16 {
            let candidate = URL(fileURLWithPath: directory.isEmpty ? "." : directory)
                .appendingPathComponent(".\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
            TemporaryFileCleanup.register(candidate.path)
            if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate.path, AT_SYMLINK_FOLLOW) == 0 {
                temporary = candidate
                return
            }
            let failure = errno
            TemporaryFileCleanup.unregister(candidate.path)
            if failure != EEXIST {
                let reason = String(cString: strerror(failure))
                discard()
                throw OutputError("\(name): cannot create a file in \(directory) (\(reason))")
            }
        }
        discard()
        throw OutputError("\(name): cannot create a temporary file beside it")
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
            TemporaryFileCleanup.unregister(temporary.path)
            self.temporary = nil
        }
    }
}
