import CZlib
import Foundation
import Testing

/// What the test targets share: the package's paths, scratch directories
/// and files, and the built `quotegraph` executable, run as a user runs it.
/// The corpora beside the clone are `SharedCorpus`.
///
///     let run = try TestSupport.run(["analyze", "Samples/", "--format", "table"])
///     #expect(run.status == 0)
public enum TestSupport {
    /// The package's root directory (this file is Tests/TestSupport/TestSupport.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let samples = packageRoot.appendingPathComponent("Samples")

    /// `../shared` beside the clone; absent outside the team's machines.
    public static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A new empty directory, removed by the caller's `defer`.
    public static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("quotegraph-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    public static func write(_ text: String, to url: URL) throws -> URL {
        try Data(text.utf8).write(to: url)
        return url
    }

    @discardableResult
    public static func write(_ bytes: [UInt8], to url: URL) throws -> URL {
        try Data(bytes).write(to: url)
        return url
    }

    /// Writes `text` gzip-compressed through zlib's gzopen/gzwrite, as
    /// `gzip` would.
    public static func writeGzip(_ text: String, to url: URL) throws {
        guard let file = gzopen(url.path, "wb") else {
            throw CocoaError(.fileWriteUnknown)
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        let closed = gzclose(file)
        guard written == Int32(bytes.count), closed == Z_OK else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Files in `directory`, hidden ones included (to catch leftovers).
    public static func contents(of directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    /// The `quotegraph` executable that `swift test` built beside the test
    /// bundle. On Linux `Bundle.main` is the test runner, whose bundle URL
    /// is the build directory (`.build/debug`); on macOS it is inside
    /// Xcode's tools, so the `.xctest` bundle's directory is used instead.
    public static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["QUOTEGRAPH_BIN"] {
            return URL(fileURLWithPath: path)
        }
        var candidates = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent())
        }
        candidates += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates
            .map { $0.appendingPathComponent("quotegraph") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// What a run of the executable left behind.
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `quotegraph` with `arguments` in `directory`, feeding `stdin`.
    public static func run(_ arguments: [String], in directory: URL = packageRoot, stdin: Data? = nil) throws -> Run {
        let binary = try #require(executable, "quotegraph executable not found beside the test bundle; set QUOTEGRAPH_BIN")
        let scratch = try scratchDirectory()
        defer { remove(scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        try (stdin ?? Data()).write(to: inURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try input.close()
        return Run(status: process.terminationStatus,
                   stdout: try Data(contentsOf: outURL),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
