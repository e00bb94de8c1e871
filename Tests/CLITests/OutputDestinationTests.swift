@testable import Corpus
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// `-o` never replaces a device, a pipe or a symbolic link, keeps a file's
/// permissions, refuses a read-only file, and leaves no temporary file
/// behind when the run is stopped by a signal (issue #17, items 1–3).
/// Devices and pipes are made in a scratch directory, never the system's.
@Suite(.timeLimit(.minutes(2)))
struct OutputDestinationTests {
    static let article = "عنوان\n\nوقال الكرملين إن المحادثات كانت بناءة، مضيفاً أن «الاتفاق قريب».\n"

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    /// A character device node like the system's `/dev/null` (1, 3) or
    /// `/dev/full` (1, 7), made in `dir`; nil where nodes cannot be made
    /// (not root, or no CAP_MKNOD), and the test then checks nothing more.
    static func device(_ name: String, minor: UInt, in dir: URL) -> String? {
        let path = dir.appendingPathComponent(name).path
        let dev = dev_t((1 << 8) | minor)   // makedev(1, minor)
        guard mknod(path, S_IFCHR | 0o666, dev) == 0 else { return nil }
        let fd = open(path, O_WRONLY)   // a device cgroup may forbid opening it
        guard fd >= 0 else { unlink(path); return nil }
        close(fd)
        return path
    }

    func analyze(to output: String, in dir: URL) throws -> TestSupport.Run {
        let input = try TestSupport.write(Self.article, to: dir.appendingPathComponent("a.txt"))
        return try TestSupport.run(["analyze", input.path, "--format", "jsonl", "-o", output])
    }

    @Test func aNullDeviceIsWrittenToNotReplaced() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        guard let null = Self.device("null", minor: 3, in: dir) else { return }
        let run = try analyze(to: null, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.fileType(null) == S_IFCHR)
        #expect(TestSupport.contents(of: dir) == ["a.txt", "null"])
    }

    @Test func aFullDeviceReportsTheFullDisk() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        guard let full = Self.device("full", minor: 7, in: dir) else { return }
        let run = try analyze(to: full, in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("No space left on device"), "\(run.stderr)")
        #expect(run.stderrLines.count == 1)
        #expect(Self.fileType(full) == S_IFCHR)
        #expect(TestSupport.contents(of: dir) == ["a.txt", "full"])
    }

    @Test func aNamedPipeIsWrittenToAndItsReaderGetsTheOutput() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let received = LockedData()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            guard fd >= 0 else { return }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = read(fd, &chunk, chunk.count)
                if n <= 0 { break }
                received.append(chunk[0..<n])
            }
            close(fd)
            received.done()
        }
        reader.start()
        let run = try analyze(to: fifo, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        received.wait()
        let lines = received.data.split(separator: 0x0A)
        #expect(lines.count == 1)
        #expect(String(decoding: received.data, as: UTF8.self).contains("\"statements\""))
        #expect(Self.fileType(fifo) == S_IFIFO)
    }

    @Test func aFileKeepsItsPermissions() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = try TestSupport.write("old", to: dir.appendingPathComponent("out.jsonl"))
        try #require(chmod(out.path, 0o600) == 0)
        let run = try analyze(to: out.path, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.mode(out.path) == 0o600)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("\"statements\""))
    }

    @Test func aSymbolicLinkIsWrittenThrough() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
        let target = try TestSupport.write("old", to: sub.appendingPathComponent("real.jsonl"))
        let link = dir.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "sub/real.jsonl")
        let run = try analyze(to: link.path, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.fileType(link.path) == S_IFLNK)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("\"statements\""))
        #expect(TestSupport.contents(of: sub) == ["real.jsonl"])
        // A dangling link creates its target, as `cp` does.
        let dangling = dir.appendingPathComponent("dangling.jsonl")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "sub/new.jsonl")
        #expect(try analyze(to: dangling.path, in: dir).status == 0)
        #expect(Self.fileType(dangling.path) == S_IFLNK)
        #expect(TestSupport.contents(of: sub) == ["new.jsonl", "real.jsonl"])
    }

    @Test func aReadOnlyFileIsRefused() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = try TestSupport.write("keep me", to: dir.appendingPathComponent("ro.jsonl"))
        try #require(chmod(out.path, 0o444) == 0)
        let run = try analyze(to: out.path, in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("is read-only"), "\(run.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
        #expect(Self.mode(out.path) == 0o444)
    }

    @Test func nothingIsVisibleWhileWriting() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let writer = try AtomicFileWriter(destination: dir.appendingPathComponent("out.json"))
        try writer.write(Data(repeating: 0x20, count: 300_000))
        // Linux: an O_TMPFILE file has no name; elsewhere a hidden one that signals remove.
        #if os(Linux)
        #expect(TestSupport.contents(of: dir).isEmpty)
        #else
        #expect(TemporaryFileCleanup.registered.count == 1)
        #endif
        try writer.finish()
        #expect(TestSupport.contents(of: dir) == ["out.json"])
        #expect(TemporaryFileCleanup.registered.isEmpty)
    }

    /// A run stopped by SIGINT, SIGTERM or SIGHUP while it writes leaves
    /// no file: the corpus is a pipe that the test feeds one line, then the
    /// signal comes while the run waits for more.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalLeavesNoTemporaryFile(signal: Int32) throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let fifo = dir.appendingPathComponent("feed.jsonl").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let binary = try #require(TestSupport.executable)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["analyze", fifo, "--format", "jsonl", "--jobs", "1", "-o", dir.appendingPathComponent("out.jsonl").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let fd = open(fifo, O_WRONLY)
        try #require(fd >= 0)
        let line = Data(("{\"id\": \"a\", \"text\": \"وقال الكرملين إن المحادثات كانت بناءة\"}\n" as String).utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        close(fd)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(TestSupport.contents(of: dir) == ["feed.jsonl"])
    }
}

/// Bytes collected by a reader thread, and a wait for its end.
final class LockedData: @unchecked Sendable {
    private let condition = NSCondition()
    private var bytes = Data()
    private var finished = false

    func append(_ chunk: ArraySlice<UInt8>) {
        condition.withLock { bytes.append(contentsOf: chunk) }
    }

    func done() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    func wait() {
        condition.withLock {
            while !finished { condition.wait() }
        }
    }

    var data: Data { condition.withLock { bytes } }
}
