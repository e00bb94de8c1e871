@testable import Corpus
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// No input is read past the document limit, and inputs that are not
/// regular files are read once (pipes) or refused (devices), never run
/// forever (issue #17, items 13, 14 and 16). Devices and pipes are made in
/// a scratch directory, never the system's own.
@Suite(.timeLimit(.minutes(2)))
struct InputLimitTests {
    static let article = "عنوان\n\nوقال الكرملين إن المحادثات كانت بناءة، مضيفاً أن «الاتفاق قريب».\n"

    /// A character device like `/dev/zero` (1, 5) or `/dev/null` (1, 3) in
    /// `dir`; nil where nodes cannot be made or opened.
    static func device(_ name: String, minor: UInt, in dir: URL) -> String? {
        let path = dir.appendingPathComponent(name).path
        guard mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | minor)) == 0 else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { unlink(path); return nil }
        close(fd)
        return path
    }

    /// Peak resident memory of the finished children, in MB.
    static func childrenPeakMB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return usage.ru_maxrss / 1024
    }

    @Test func aHugeSparseFileIsSkippedWithoutBeingRead() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        _ = try TestSupport.write(Self.article, to: dir.appendingPathComponent("a.txt"))
        // 2 GB of holes after a line of text: reading it whole would take 2 GB.
        let big = dir.appendingPathComponent("big.txt")
        _ = try TestSupport.write("عنوان\n\n" + String(repeating: "وقال مصدر إن ", count: 100_000), to: big)
        try #require(truncate(big.path, 2 << 30) == 0)
        let started = Date()
        let run = try TestSupport.run(["analyze", dir.path, "--format", "jsonl"])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("big.txt: skipped: 2147.5 MB of text, over the 1.0 MB limit for one document"),
                "\(run.stderr)")
        #expect(run.stdoutText.split(separator: "\n").count == 1)
        #expect(Self.childrenPeakMB() < 1500)
    }

    @Test func theLimitIsTheOptionsLimit() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let text = "عنوان\n\n" + String(repeating: "وقال مصدر إن الوفد سيعود غداً. ", count: 40_000)
        let file = try TestSupport.write(text, to: dir.appendingPathComponent("long.txt"))
        let refused = try TestSupport.run(["analyze", file.path, "--format", "jsonl", "--max-document-size", "0.5"])
        #expect(refused.status == 1)
        let size = PendingDocument.size(text.utf8.count)
        #expect(refused.stderr.contains("long.txt: skipped: \(size) of text, over the 500 KB limit"), "\(refused.stderr)")
        let reader = try InputReader(paths: [file.path], maximumDocumentBytes: 3_000_000)
        guard case .document(let document)? = try reader.makeIterator().next() else {
            Issue.record("a 2 MB article under a 3 MB limit is read")
            return
        }
        #expect(document.text == text)
        #expect(text.utf8.count > 1_000_000 && text.utf8.count < 3_000_000)
    }

    @Test func standardInputIsReadOnlyToTheLimit() throws {
        var reads = 0
        let reader = try InputReader(paths: ["-"], maximumDocumentBytes: 100, standardInput: {
            reads += 1
            return Data(repeating: 0x61, count: 101)
        })
        #expect(reads == 1)
        guard case .skipped(let skipped)? = try reader.makeIterator().next() else {
            Issue.record("over the limit: skipped")
            return
        }
        #expect(skipped.reason.hasPrefix("more than 100 bytes of text, over the 100 bytes limit"))
        // The default reader stops at the limit: an endless NUL stream is binary at once.
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        guard let zero = Self.device("zero", minor: 5, in: dir) else { return }
        let binary = try #require(TestSupport.executable)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["analyze", "-"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: zero))
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("<stdin>: binary file (NUL byte at offset 0)"), "\(message)")
    }

    @Test func devicesAreRefusedAsInputs() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        guard let zero = Self.device("zero", minor: 5, in: dir),
              let null = Self.device("null", minor: 3, in: dir) else { return }
        let links = ["z.jsonl", "z.jsonl.gz", "z.txt", "z.html"].map { name in
            let link = dir.appendingPathComponent(name).path
            symlink(zero, link)
            return link
        }
        for path in [zero, null] + links {
            let run = try TestSupport.run(["analyze", path, "--format", "jsonl"])
            #expect(run.status == 1, "\(path)")
            #expect(run.stderr == "quotegraph: error: \(path): is a character device, not a file\n", "\(run.stderr)")
        }
    }

    /// A named pipe holding data is read: as a corpus line by line, as an article once.
    @Test(arguments: ["feed.jsonl", "article.txt", "noextension"])
    func aNamedPipeIsRead(name: String) throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let fifo = dir.appendingPathComponent(name).path
        try #require(mkfifo(fifo, 0o644) == 0)
        let body = name.hasSuffix(".jsonl")
            ? "{\"id\": \"p1\", \"text\": \"وقال الكرملين إن المحادثات كانت بناءة\"}\n{\"id\": \"p2\", \"text\": \"وأكد مصدر أن الوفد سيعود\"}\n"
            : Self.article
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            _ = Data(body.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        let run = try TestSupport.run(["analyze", fifo, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = run.stdoutText.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == (name.hasSuffix(".jsonl") ? ["p1", "p2"] : [URL(fileURLWithPath: fifo).deletingPathExtension().lastPathComponent]))
    }
}
