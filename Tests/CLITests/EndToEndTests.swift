import Foundation
import TestSupport
import Testing

/// The built `quotegraph` executable, run as a user would: on Samples/,
/// and on hostile inputs where it must fail in one line with no output file.
@Suite struct EndToEndTests {
    typealias Run = TestSupport.Run

    func jsonObject(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Checks the shape the scorer reads, not the analysis itself.
    func checkShape(_ document: [String: Any], id: String) {
        #expect(document["id"] as? String == id)
        #expect(document["statements"] is [Any])
        #expect(document["entities"] is [Any])
        #expect(document["length"] is Int)
    }

    /// A failed run: non-zero status, exactly one stderr line with the
    /// prefix, nothing on stdout.
    func expectFailure(_ run: Run, containing fragment: String, status: Int32? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status != 0, sourceLocation: sourceLocation)
        if let status { #expect(run.status == status, sourceLocation: sourceLocation) }
        #expect(run.stderrLines.count == 1, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("quotegraph: error: "), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(fragment.isEmpty || run.stderr.contains(fragment), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func analyzeSamplesAsJSON() throws {
        let run = try TestSupport.run(["analyze", "Samples", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
        let documents = try #require(try jsonObject(run.stdout)["documents"] as? [[String: Any]])
        let ids = ["anon-sources-idlib", "asharq-moscow-idlib", "named-sources-idlib"]
        #expect(documents.count == ids.count)
        for (document, id) in zip(documents, ids) { checkShape(document, id: id) }
        #expect(!run.stdoutText.contains("\\u"))
    }

    @Test func jsonIsTheDefaultAndDeterministic() throws {
        let a = try TestSupport.run(["analyze", "Samples/asharq-moscow-idlib.txt"])
        let b = try TestSupport.run(["analyze", "Samples/asharq-moscow-idlib.txt", "--format", "json"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
    }

    @Test func analyzeSamplesAsJSONLines() throws {
        let run = try TestSupport.run(["analyze", "Samples", "--format", "jsonl"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdoutText.split(separator: "\n")
        #expect(lines.count == 3)
        checkShape(try jsonObject(Data(lines[1].utf8)), id: "asharq-moscow-idlib")
    }

    @Test func analyzeSamplesAsTable() throws {
        let run = try TestSupport.run(["analyze", "Samples", "--format", "table"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        for id in ["anon-sources-idlib", "asharq-moscow-idlib", "named-sources-idlib"] {
            #expect(run.stdoutText.contains(id + " — "))
        }
    }

    @Test func analyzeStandardInput() throws {
        let run = try TestSupport.run(["analyze", "-", "--format", "jsonl"],
                                      stdin: Data("وقال الكرملين إن المحادثات كانت بناءة".utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        checkShape(try jsonObject(run.stdout), id: "stdin")
    }

    @Test func analyzeToFileWritesNothingElse() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = dir.appendingPathComponent("samples.json")
        let run = try TestSupport.run(["analyze", "Samples", "-o", out.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(TestSupport.contents(of: dir) == ["samples.json"])
        #expect((try jsonObject(Data(contentsOf: out))["documents"] as? [Any])?.count == 3)
    }

    @Test func corpusRunReportsSkippedLinesAndGoesOn() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let corpus = dir.appendingPathComponent("mini.jsonl.gz")
        try TestSupport.writeGzip("""
            {"id": "a", "text": "وقال الكرملين إن …"}
            {"id": "b", "text":
            {"id": "c", "outlet": "okaz"}
            {"id": "d", "text": "قالت مصادر إن …"}

            """, to: corpus)
        let out = dir.appendingPathComponent("mini.jsonl")
        let run = try TestSupport.run(["analyze", corpus.path, "--format", "jsonl", "-o", out.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderrLines == [
            "quotegraph: warning: \(corpus.path):2: skipped: not valid JSON",
            "quotegraph: warning: \(corpus.path):3 (c): skipped: no \"text\" field",
            "quotegraph: warning: skipped 2 of 4 documents",
        ])
        let ids = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
            .map { try jsonObject(Data($0.utf8))["id"] as? String }
        #expect(ids == ["a", "d"])
    }

    @Test func corpusWithNoGoodLineFails() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let corpus = try TestSupport.write("nope\n{\"id\": 1}\n", to: dir.appendingPathComponent("bad.jsonl"))
        let out = dir.appendingPathComponent("out.json")
        let run = try TestSupport.run(["analyze", corpus.path, "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderrLines.last == "quotegraph: error: no documents to analyse: all 2 corpus lines were skipped")
        #expect(TestSupport.contents(of: dir) == ["bad.jsonl"])
    }

    /// Each hostile input: one line, non-zero exit, no output file.
    @Test(arguments: [
        ("missing", "no such file or directory"),
        ("empty", "empty file"),
        ("blank", "contains only whitespace"),
        ("binary", "binary file (NUL byte at offset 3)"),
        ("latin1", "not valid UTF-8 (byte 0xE9 at offset 6)"),
        ("no-txt-dir", "no .txt files in this directory"),
    ])
    func hostileInput(kind: String, message: String) throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let input: URL
        switch kind {
        case "missing": input = dir.appendingPathComponent("missing.txt")
        case "empty": input = try TestSupport.write("", to: dir.appendingPathComponent("empty.txt"))
        case "blank": input = try TestSupport.write("\n \n\t\n", to: dir.appendingPathComponent("blank.txt"))
        case "binary": input = try TestSupport.write([0x25, 0x50, 0x44, 0x00, 0x46], to: dir.appendingPathComponent("scan.txt"))
        case "latin1": input = try TestSupport.write(Array("caf\u{00E9} ".utf8.prefix(3)) + [0x20, 0x20, 0x20, 0xE9], to: dir.appendingPathComponent("latin1.txt"))
        default:
            input = dir.appendingPathComponent("empty-dir")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        }
        let before = TestSupport.contents(of: dir)
        let out = dir.appendingPathComponent("out.json")
        let run = try TestSupport.run(["analyze", input.path, "-o", out.path])
        expectFailure(run, containing: message, status: 1)
        #expect(run.stderr.contains(input.lastPathComponent))
        #expect(TestSupport.contents(of: dir) == before)
    }

    @Test func oneBadFileAmongGoodOnesWritesNothing() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        try TestSupport.write("وقال الكرملين إن …", to: dir.appendingPathComponent("a.txt"))
        try TestSupport.write([0xFF, 0xFE, 0x41, 0x00], to: dir.appendingPathComponent("b.txt"))
        let out = dir.appendingPathComponent("out.jsonl")
        let run = try TestSupport.run(["analyze", dir.path, "--format", "jsonl", "-o", out.path])
        expectFailure(run, containing: "b.txt: binary file", status: 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func outputOverAnInputIsRefused() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let text = "وقال الكرملين إن …"
        let input = try TestSupport.write(text, to: dir.appendingPathComponent("a.txt"))
        for args in [["analyze", dir.path, "-o", input.path],
                     ["analyze", input.path, "-o", dir.path + "/./a.txt"],
                     ["graph", input.path, "-o", input.path, "--format", "dot"]] {
            let run = try TestSupport.run(args)
            expectFailure(run, containing: "refusing to write output over an input file", status: 1)
            #expect(try String(contentsOf: input, encoding: .utf8) == text)
        }
        #expect(TestSupport.contents(of: dir) == ["a.txt"])
    }

    @Test(arguments: [
        (["analyze", "Samples", "--format", "xml"], "'xml'"),
        (["analyze", "Samples", "--colour"], "--colour"),
        (["analyze"], "no input given"),
        (["graph", "Samples", "-o", "out/x.xyz"], "cannot tell the graph format from 'out/x.xyz'"),
        (["graph", "Samples", "-o", "-"], "needs --format"),
        (["graph", "Samples", "-o", "x.svg", "--top", "0"], "--top must be at least 1"),
        (["graph", "Samples", "-o", "x.svg", "--min-weight", "0"], "--min-weight must be at least 1"),
        (["graph", "Samples", "-o", "x.svg", "--layout", "spiral"], "'spiral'"),
        (["graph", "Samples"], "--output"),
        (["summarise", "Samples"], "summarise"),
    ])
    func usageErrors(arguments: [String], fragment: String) throws {
        // In a scratch directory, so that a wrongly accepted run writes nowhere that matters.
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let arguments = arguments.map { $0 == "Samples" ? TestSupport.samples.path : $0 }
        let run = try TestSupport.run(arguments, in: dir)
        expectFailure(run, containing: fragment, status: 64)
        #expect(TestSupport.contents(of: dir).isEmpty)
    }

    @Test func graphWritesAFileOrFailsCleanly() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = dir.appendingPathComponent("samples.svg")
        let run = try TestSupport.run(["graph", "Samples", "-o", out.path])
        if run.status == 0 {
            #expect(TestSupport.contents(of: dir) == ["samples.svg"])
            #expect(try String(contentsOf: out, encoding: .utf8).contains("<svg"))
            #expect(run.stderrLines == ["quotegraph: wrote \(out.path) (3 documents)"])
        } else {
            // Rendering not available: one line and no file.
            expectFailure(run, containing: "", status: 1)
            #expect(TestSupport.contents(of: dir).isEmpty)
        }
    }

    @Test func helpTeachesWithArabicExamples() throws {
        let run = try TestSupport.run(["analyze", "--help"])
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("مصدر من موسكو"))
        #expect(run.stdoutText.contains("--format <format>"))
        let graph = try TestSupport.run(["graph", "--help"])
        #expect(graph.status == 0)
        #expect(graph.stdoutText.contains("--edge-labels"))
    }

    @Test(.enabled(if: SharedCorpus.dev.isPresent, "../shared/corpus/dev is not beside the clone"))
    func devCorpusIdsAreFileNames() throws {
        let run = try TestSupport.run(["analyze", SharedCorpus.dev.url.path, "--format", "jsonl"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let ids = try run.stdoutText.split(separator: "\n").map { try jsonObject(Data($0.utf8))["id"] as? String }
        let expected = try FileManager.default.contentsOfDirectory(atPath: SharedCorpus.dev.url.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(ids.compactMap { $0 } == expected)
    }
}
