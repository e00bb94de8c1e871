import Foundation
import TestSupport
import Testing

/// A parallel run (`--jobs` over 1: worker threads taking batches of
/// lines) gives what one thread gives: the same output bytes, the same
/// skipped-line warnings in the same order, the same error for a corpus
/// that cannot be read to its end. The corpora here are longer than a
/// batch (16 documents), so that documents, skips and errors fall in
/// every position of a batch and across the window.
@Suite(.timeLimit(.minutes(2)))
struct ParallelRunTests {
    static let good = "وقال الكرملين إن المحادثات كانت بناءة، مضيفاً أن «الاتفاق قريب»."
    static let long = String(repeating: "وأضاف المتحدث أن القصف أدى إلى مقتل مسلحين. ", count: 60)

    /// 300 lines: good articles of two sizes, and every kind of bad line
    /// at irregular places (more than the 20 warnings shown).
    static func mixedCorpus() -> String {
        var lines: [String] = []
        for index in 1...300 {
            switch index {
            case _ where index % 37 == 0: lines.append("not JSON at \(index)")
            case _ where index % 29 == 0: lines.append(#"{"id": "no-text-\#(index)"}"#)
            case _ where index % 23 == 0: lines.append(#"{"id": "blank-\#(index)", "text": "  "}"#)
            case _ where index % 19 == 0: lines.append(#"["array", \#(index)]"#)
            case _ where index % 17 == 0: lines.append("")    // blank: passed over, not counted
            case _ where index % 11 == 0: lines.append(#"{"id": "long-\#(index)", "text": "\#(long)"}"#)
            default: lines.append(#"{"id": "d\#(index)", "text": "\#(good) \#(index)"}"#)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func skipsAreReportedInInputOrderWhateverTheJobs() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let input = try TestSupport.write(Self.mixedCorpus(), to: dir.appendingPathComponent("mixed.jsonl"))
        // The long articles are over this size: skipped on the workers.
        let arguments = ["analyze", input.path, "--format", "jsonl", "--max-document-size", "0.002"]
        var runs: [TestSupport.Run] = []
        for jobs in ["1", "2", "3", "8"] {
            let run = try TestSupport.run(arguments + ["--jobs", jobs])
            #expect(run.status == 0, "--jobs \(jobs): \(run.stderr)")
            runs.append(run)
        }
        let one = runs[0]
        #expect(one.stderrLines.count == 20 + 2)
        #expect(one.stderrLines[0].contains("mixed.jsonl:11 (long-11): skipped: 4 KB of text, over the 2 KB limit"),
                "\(one.stderrLines[0])")
        #expect(one.stderrLines[20] == "quotegraph: warning: further skipped documents are counted but not shown")
        #expect(one.stderr.contains("mixed.jsonl:37: skipped: not valid JSON"))
        for run in runs.dropFirst() {
            #expect(run.stdout == one.stdout)
            #expect(run.stderr == one.stderr)
        }
    }

    /// A gzip stream cut short: the documents before the cut are analysed,
    /// then the run fails with the reader's message, whatever the jobs, and
    /// no output file is left.
    @Test func truncatedGzipFailsTheSameWay() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let whole = dir.appendingPathComponent("whole.jsonl.gz")
        let lines = (1...3000).map { #"{"id": "d\#($0)", "text": "\#(Self.good) \#($0)"}"# }
        try TestSupport.writeGzip(lines.joined(separator: "\n") + "\n", to: whole)
        let bytes = try Data(contentsOf: whole)
        let cut = try TestSupport.write(Array(bytes.prefix(bytes.count * 2 / 3)), to: dir.appendingPathComponent("cut.jsonl.gz"))
        var runs: [TestSupport.Run] = []
        for jobs in ["1", "2", "5"] {
            let out = dir.appendingPathComponent("out-\(jobs).jsonl")
            let run = try TestSupport.run(["analyze", cut.path, "--format", "jsonl", "-o", out.path, "--jobs", jobs])
            #expect(run.status == 1)
            #expect(run.stderrLines.last?.contains("cut.jsonl.gz: cannot decompress after line") == true, "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
            runs.append(run)
        }
        #expect(runs.allSatisfy { $0.stderr == runs[0].stderr })
        #expect(TestSupport.contents(of: dir) == ["cut.jsonl.gz", "whole.jsonl.gz"])
        // To standard output, what was written before the failure is the
        // same too.
        let piped = try ["1", "2"].map { try TestSupport.run(["analyze", cut.path, "--format", "jsonl", "--jobs", $0]) }
        #expect(piped[0].stdout == piped[1].stdout)
    }

    /// More workers than documents, and a single document.
    @Test func fewDocumentsManyJobs() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let input = try TestSupport.write(#"{"id": "only", "text": "\#(Self.good)"}"# + "\n",
                                          to: dir.appendingPathComponent("one.jsonl"))
        let one = try TestSupport.run(["analyze", input.path, "--format", "jsonl", "--jobs", "1"])
        let many = try TestSupport.run(["analyze", input.path, "--format", "jsonl", "--jobs", "16"])
        #expect(one.status == 0 && many.status == 0)
        #expect(one.stdout == many.stdout)
        #expect(!one.stdout.isEmpty)
    }
}
