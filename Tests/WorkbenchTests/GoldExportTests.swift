import Attribution
import Foundation
import TestSupport
import Testing
@testable import Workbench

/// Corrections made through the API come back out of `export-gold` as gold
/// files that `shared/eval/score.py --check` accepts.
@Suite("Gold export")
struct GoldExportTests {
    static var scorer: URL { TestSupport.shared.appendingPathComponent("eval/score.py") }

    @Test("a correction made through the API is in the exported gold, and score.py --check accepts it")
    func roundTrip() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let id = try await server.storeSeed()
        let reviewed = try await server.server.bench.reviewed(id)
        let moscow = try #require(reviewed.statements.first { $0.speaker == "مصدر من موسكو" })
        let rejected = try #require(reviewed.statements.first { $0.id != moscow.id && !$0.negated })
        #expect(try await server.postJSON("/api/articles/\(id)/corrections",
                                          ["kind": "wrong-speaker", "statement": moscow.id,
                                           "speaker": "إيغر كوناشينكوف", "anonymity": "named", "entityKind": "person"]).status == 201)
        #expect(try await server.postJSON("/api/articles/\(id)/corrections",
                                          ["kind": "not-a-statement", "statement": rejected.id]).status == 201)
        // A missed statement, by its cue's text: «التزمت» (… الصمت), when the analyser has no statement there.
        let text = reviewed.article.text
        var expected = reviewed.statements.count - 1
        let scalars = Array(text.unicodeScalars)
        if let hit = GoldAnchor.occurrences(of: Array("التزمت".unicodeScalars), in: scalars).first,
           !reviewed.statements.contains(where: { $0.cue.overlaps(TextSpan(hit, hit + 6)) }) {
            let added = try await server.postJSON("/api/articles/\(id)/corrections",
                                                  ["kind": "missed", "cue": "التزمت", "occurrence": 1,
                                                   "speaker": "وزارة الدفاع الروسية", "anonymity": "named",
                                                   "entityKind": "institution", "negated": true])
            #expect(added.status == 201, "\(added.text)")
            expected += 1
        }
        let out = try ServerHarness.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let summary = try await GoldExporter(workspace: server.server.bench.workspace).export(to: out)
        #expect(summary.articles == [id])
        #expect(summary.leftOut.isEmpty)
        #expect(try String(contentsOf: out.appendingPathComponent("\(id).txt"), encoding: .utf8) == text)
        let gold = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: out.appendingPathComponent("\(id).gold.json"))) as? [String: Any])
        #expect(gold["id"] as? String == id)
        let items = try #require(gold["attributions"] as? [[String: Any]])
        #expect(items.count == expected)
        let corrected = try #require(items.first { ($0["anchor"] as? String)?.hasPrefix(moscow.cueText) == true
                                                   && $0["resolved"] as? String == "إيغر كوناشينكوف" })
        #expect(corrected["anonymity"] as? String == "named")
        #expect(corrected["kind"] as? String == "person")
        #expect(items.allSatisfy { ($0["anchor"] as? String)?.hasPrefix($0["cue"] as? String ?? "\u{0}") == true })

        guard FileManager.default.fileExists(atPath: Self.scorer.path) else { return }
        let (status, output) = try await Subprocess.run("/usr/bin/env", ["python3", Self.scorer.path, "--gold", out.path, "--check"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("1 gold files"), "\(output)")
        #expect(output.contains(", 0 problems"), "\(output)")
    }

    @Test("every dev-ant article analysed as is exports gold that score.py --check accepts",
          .enabled(if: FileManager.default.fileExists(atPath: TestSupport.shared.appendingPathComponent("corpus/dev-ant").path)))
    func devAntAnchors() async throws {
        let root = try ServerHarness.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace(directory: root.appendingPathComponent("ws"))
        let dir = TestSupport.shared.appendingPathComponent("corpus/dev-ant")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let reader = UploadReader(incoming: root.appendingPathComponent("ws/.incoming"))
        for name in names {
            let batch = try reader.read([Upload(name: name, bytes: try Data(contentsOf: dir.appendingPathComponent(name)))])
            let stored = try await workspace.add(batch.documents.map { StoredArticle($0, source: name) })
            // One harmless correction per article makes it "reviewed".
            let analysed = workspace.analysis(of: stored[0])
            guard let s = analysed.statements.first else { continue }
            _ = try await workspace.add(Correction(articleID: stored[0].id, statementID: s.id, kind: .wrongAnonymity,
                                                   cueStart: s.cue.start, cueEnd: s.cue.end,
                                                   anonymity: analysed.speaker(of: s)?.anonymity ?? .vague))
        }
        let out = root.appendingPathComponent("gold")
        let summary = try await GoldExporter(workspace: workspace).export(to: out)
        #expect(summary.articles.count >= 30)
        #expect(summary.leftOut.isEmpty, "\(summary.leftOut.prefix(5))")
        guard FileManager.default.fileExists(atPath: Self.scorer.path) else { return }
        let (status, output) = try await Subprocess.run("/usr/bin/env", ["python3", Self.scorer.path, "--gold", out.path, "--check"])
        #expect(status == 0, "\(output.suffix(2000))")
    }
}
