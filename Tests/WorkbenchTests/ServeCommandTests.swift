import Foundation
import TestSupport
import Testing
@testable import Workbench
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `quotegraph serve` and `export-gold` as a user runs them: the built
/// executable, a real process, real signals.
@Suite("serve and export-gold commands", .serialized)
struct ServeCommandTests {
    @Test("serve says where it listens, serves, and stops cleanly on SIGTERM and SIGINT",
          .enabled(if: TestSupport.executable != nil, "the quotegraph executable was not built"),
          arguments: [SIGTERM, SIGINT])
    func startsAndStops(signal: Int32) async throws {
        let root = try ServerHarness.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = root.appendingPathComponent("ws")
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["serve", "--port", "0", "--workspace", workspace.path]
        process.currentDirectoryURL = root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line says where: read it with a time limit.
        let line = try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                var bytes = Data()
                while true {
                    let chunk = out.fileHandleForReading.availableData
                    if chunk.isEmpty { return nil }
                    bytes += chunk
                    if let nl = bytes.firstIndex(of: 0x0A) { return String(decoding: bytes[..<nl], as: UTF8.self) }
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(60))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        let said = try #require(line)
        #expect(said.hasPrefix("quotegraph serve: listening on http://127.0.0.1:"))
        let address = try #require(said.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init))
        let (data, response) = try await URLSession.shared.data(from: URL(string: address + "api/status")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("\"analyses\""))
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        // Only the workspace was written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["ws"])
    }

    @Test("export-gold refuses a directory that is no workspace, in one line",
          .enabled(if: TestSupport.executable != nil, "the quotegraph executable was not built"))
    func exportGoldErrors() async throws {
        let root = try ServerHarness.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, output) = try await Subprocess.run(TestSupport.executable!.path, ["export-gold", "--workspace", root.path, "-o", root.appendingPathComponent("gold").path], timeout: 60)
        #expect(status == 1)
        #expect(output == "quotegraph: error: \(root.path): not a quotegraph workspace (no workbench.sqlite)\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("gold").path))
    }

    @Test("export-gold writes what `evaluate` and score.py read, from a workspace a server filled",
          .enabled(if: TestSupport.executable != nil, "the quotegraph executable was not built"))
    func exportGoldThenEvaluate() async throws {
        let server = try await ServerHarness.start()
        let root = try ServerHarness.scratch()
        defer {
            server.stop()
            try? FileManager.default.removeItem(at: root)
        }
        let id = try await server.storeSeed()
        let reviewed = try await server.server.bench.reviewed(id)
        let moscow = try #require(reviewed.statements.first { $0.speaker == "مصدر من موسكو" })
        #expect(try await server.postJSON("/api/articles/\(id)/corrections",
                                          ["kind": "wrong-anonymity", "statement": moscow.id, "anonymity": "named"]).status == 201)
        let gold = root.appendingPathComponent("gold")
        let (status, said) = try await Subprocess.run(TestSupport.executable!.path,
                                                ["export-gold", "--workspace", server.workspace.path, "-o", gold.path], timeout: 120)
        #expect(status == 0, "\(said)")
        #expect(said.contains("export-gold: 1 articles, \(reviewed.statements.count) attributions in \(gold.path)"), "\(said)")
        let written = try FileManager.default.contentsOfDirectory(atPath: gold.path).sorted()
        #expect(written == ["\(id).gold.json", "\(id).txt"])
        let (evaluated, report) = try await Subprocess.run(TestSupport.executable!.path, ["evaluate", "--gold", gold.path, "--json"],
                                                     timeout: 120, errors: false)
        #expect(evaluated == 0, "\(report)")
        let metrics = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any], "\(report)")
        // The gold is the analysis itself but for one class moved across the named/anonymous line:
        // every cue is found, and exactly that attribution is scored wrong.
        #expect(metrics["cue_f1"] as? Double == 1.0, "\(report)")
        let attribution = try #require(metrics["attribution_f1"] as? Double, "\(report)")
        #expect(attribution < 1.0, "\(report)")
        #expect(attribution > 0.9, "\(report)")
        let scorer = TestSupport.shared.appendingPathComponent("eval/score.py")
        guard FileManager.default.fileExists(atPath: scorer.path) else { return }
        let (checked, output) = try await Subprocess.run("/usr/bin/env", ["python3", scorer.path, "--gold", gold.path, "--check"])
        #expect(checked == 0, "\(output)")
    }
}
