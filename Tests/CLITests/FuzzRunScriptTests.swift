import Foundation
import TestSupport
import Testing

/// `Fuzz/run.sh` leaves the tracked `Fuzz/corpus` alone unless asked to
/// merge: a plain run puts its minimised corpus in the (ignored) build
/// directory. The fuzzer itself is replaced by a small script that acts as
/// libFuzzer does on these arguments (a run adds one input to the working
/// corpus; `-merge=1 OUT DIRS…` copies the inputs of DIRS into OUT), so the
/// test needs neither the sanitiser toolchain nor minutes.
@Suite struct FuzzRunScriptTests {
    static let stubFuzzer = """
        #!/usr/bin/env bash
        set -e
        if [[ " $* " == *" -merge=1 "* ]]; then
            out=$2; shift 2
            for d in "$@"; do [ -d "$d" ] && cp "$d"/* "$out"/ 2>/dev/null || true; done
        else
            echo "new input" > "$1/new-input-from-stub"
        fi
        """

    private func runScript(_ arguments: [String], buildDir: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestSupport.packageRoot.appendingPathComponent("Fuzz/run.sh").path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["FUZZ_BUILD_DIR"] = buildDir.path
        environment["FUZZ_MERGE"] = nil
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func aPlainRunWritesOnlyToTheBuildDirectory() throws {
        let corpus = TestSupport.packageRoot.appendingPathComponent("Fuzz/corpus")
        try #require(FileManager.default.fileExists(atPath: corpus.path))
        let before = TestSupport.contents(of: corpus)
        let build = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(build) }
        let fuzzer = build.appendingPathComponent("attribution-fuzz")
        try TestSupport.write(Self.stubFuzzer, to: fuzzer)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fuzzer.path)

        let (status, output) = try runScript(["1"], buildDir: build)
        #expect(status == 0, "\(output)")
        #expect(TestSupport.contents(of: corpus) == before, "Fuzz/corpus changed without --merge")
        #expect(!TestSupport.contents(of: corpus).contains("new-input-from-stub"))
        let minimised = TestSupport.contents(of: build.appendingPathComponent("corpus"))
        #expect(minimised.contains("new-input-from-stub"))
        #expect(output.contains("Fuzz/corpus untouched"))
    }

    @Test func aBadArgumentIsAUsageError() throws {
        let build = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(build) }
        let (status, output) = try runScript(["ten"], buildDir: build)
        #expect(status == 64)
        #expect(output.contains("usage: Fuzz/run.sh"))
    }
}
