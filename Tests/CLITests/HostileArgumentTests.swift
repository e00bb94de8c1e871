import Foundation
import TestSupport
import Testing

/// Out-of-range numbers are refused or capped, never an overflow trap or a
/// hang, and the messages say what is wrong (issue #17, items 10, 11, 16).
@Suite(.timeLimit(.minutes(2)))
struct HostileArgumentTests {
    static let article = "عنوان\n\nوقال الكرملين إن المحادثات كانت بناءة، مضيفاً أن «الاتفاق قريب».\n"

    func withArticle(_ body: (URL, URL) throws -> Void) throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        try body(dir, try TestSupport.write(Self.article, to: dir.appendingPathComponent("a.txt")))
    }

    @Test func hugeJobsAreCappedNotTrapped() throws {
        try withArticle { dir, article in
            let reference = try TestSupport.run(["analyze", article.path, "--format", "jsonl", "--jobs", "1"])
            #expect(reference.status == 0)
            for jobs in ["9223372036854775807", "1000000000", "1000000"] {
                let started = Date()
                let run = try TestSupport.run(["analyze", article.path, "--format", "jsonl", "--jobs", jobs])
                #expect(run.status == 0, "--jobs \(jobs): \(run.stderr)")
                #expect(run.stdout == reference.stdout)
                #expect(Date().timeIntervalSince(started) < 60, "--jobs \(jobs) must not start a thread per job")
            }
        }
    }

    @Test func hugeShowArticlesDoesNotOverflow() throws {
        try withArticle { _, article in
            let run = try TestSupport.run(["audit", article.path, "--format", "markdown", "--show-articles", "9223372036854775807"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdoutText.contains("Articles in context"))
        }
    }

    @Test func goldWithAnOccurrenceOfIntMinIsAProblemLine() throws {
        try withArticle { dir, _ in
            let gold = dir.appendingPathComponent("gold")
            try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: false)
            _ = try TestSupport.write(Self.article, to: gold.appendingPathComponent("g.txt"))
            let record = #"{"id": "g", "attributions": [{"anchor": "وقال الكرملين", "cue": "وقال", "speaker": "الكرملين", "resolved": "الكرملين", "kind": "institution", "anonymity": "named", "form": "indirect", "negated": false, "n": -9223372036854775808}]}"#
            _ = try TestSupport.write(record, to: gold.appendingPathComponent("g.gold.json"))
            let run = try TestSupport.run(["evaluate", "--gold", gold.path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("g#1 («وقال الكرملين»): anchor, cue or fields invalid"), "\(run.stderr)")
        }
    }

    @Test func predictionsWithOffsetsOfIntMinScoreAsNoMatch() throws {
        try withArticle { dir, _ in
            let gold = dir.appendingPathComponent("gold")
            try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: false)
            _ = try TestSupport.write(Self.article, to: gold.appendingPathComponent("g.txt"))
            let record = #"{"id": "g", "attributions": [{"anchor": "وقال الكرملين", "cue": "وقال", "speaker": "الكرملين", "resolved": "الكرملين", "kind": "institution", "anonymity": "named", "form": "indirect", "negated": false}]}"#
            _ = try TestSupport.write(record, to: gold.appendingPathComponent("g.gold.json"))
            // A real prediction, its offsets then set to the extremes.
            let analysed = try TestSupport.run(["analyze", gold.appendingPathComponent("g.txt").path, "--format", "jsonl"])
            var document = try #require(try JSONSerialization.jsonObject(with: analysed.stdout) as? [String: Any])
            document["id"] = "g"
            var statements = try #require(document["statements"] as? [[String: Any]])
            try #require(!statements.isEmpty)
            var cue = try #require(statements[0]["cue"] as? [String: Any])
            cue["start"] = Int.min
            cue["end"] = Int.max
            statements[0]["cue"] = cue
            document["statements"] = statements
            let pred = dir.appendingPathComponent("pred.jsonl")
            try JSONSerialization.data(withJSONObject: document).write(to: pred)
            let run = try TestSupport.run(["evaluate", "--gold", gold.path, "--pred", pred.path])
            #expect(run.status != 132, "no overflow trap")
            #expect(run.status == 0 || run.stderrLines.count == 1, "\(run.stderr)")
        }
    }

    @Test(arguments: [["--jobs", "-1"], ["--top", "-1"], ["--min-weight", "-3"]])
    func negativeNumbersAreRefusedAsSuch(option: [String]) throws {
        try withArticle { dir, article in
            let command = option[0] == "--jobs" ? ["analyze", article.path] : ["graph", article.path, "-o", dir.appendingPathComponent("g.svg").path]
            let run = try TestSupport.run(command + option)
            #expect(run.status == 64)
            #expect(run.stderrLines.count == 1)
            #expect(run.stderr.contains("\(option[0]) must be at least 1, not \(option[1])"), "\(run.stderr)")
            #expect(!run.stderr.contains("Missing value"))
        }
    }

    @Test func standardInputTwiceIsAUsageError() throws {
        let run = try TestSupport.run(["analyze", "-", "-"], stdin: Data(Self.article.utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("'-' (standard input) can be given only once"), "\(run.stderr)")
    }

    @Test func aSymbolicLinkLoopIsCalledOne() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try FileManager.default.createSymbolicLink(atPath: a.path, withDestinationPath: b.path)
        try FileManager.default.createSymbolicLink(atPath: b.path, withDestinationPath: a.path)
        let run = try TestSupport.run(["analyze", a.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(a.path): too many levels of symbolic links"), "\(run.stderr)")
    }

    @Test func jsonLinesThatAreNotObjectsSayWhatTheyAre() throws {
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        let lines = ["\"just a string\"", deep, "42", "null", "{\"id\": \"ok\", \"text\": \"وقال الكرملين إن المحادثات كانت بناءة\"}"]
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let corpus = try TestSupport.write(lines.joined(separator: "\n") + "\n", to: dir.appendingPathComponent("c.jsonl"))
        let run = try TestSupport.run(["analyze", corpus.path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("c.jsonl:1: skipped: a JSON string, not an object"), "\(run.stderr)")
        #expect(run.stderr.contains("c.jsonl:2: skipped: JSON nested 1000 levels deep, over the 512 that can be read"))
        #expect(run.stderr.contains("c.jsonl:3: skipped: a JSON number or boolean, not an object"))
        #expect(run.stderr.contains("c.jsonl:4: skipped: a JSON null, not an object"))
    }
}
