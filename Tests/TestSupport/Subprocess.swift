import Foundation

/// Runs a program with a time limit, so that no test can hang CI.
///
///     let (status, output) = try await Subprocess.run("/usr/bin/env", ["python3", "--version"])
///
/// The wait happens on a Dispatch thread: blocking Swift's cooperative pool
/// (one thread per core) would starve the in-process servers the program
/// is talking to.
public enum Subprocess {
    public static func run(_ path: String, _ arguments: [String], timeout: TimeInterval = 120,
                    errors: Bool = true) async throws -> (Int32, String) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blocking(path, arguments, timeout: timeout, errors: errors) })
            }
        }
    }

    /// Its exit status and standard output (with standard error unless
    /// `errors` is false); a program still running at `timeout` is killed.
    public static func blocking(_ path: String, _ arguments: [String], timeout: TimeInterval = 120,
                         errors: Bool = true) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        // Output to a file, so that a chatty program never blocks on a full pipe.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("quotegraph-run-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = errors ? handle : FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 1)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try? handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
