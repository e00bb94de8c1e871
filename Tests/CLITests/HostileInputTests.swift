import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// Whatever text it is given, `quotegraph analyze` answers with a clear
/// message or a result: never a crash or a hang. In a corpus run a bad
/// document is reported by file, line and id, the run goes on with the
/// rest, and the count is reported at the end. Output files appear whole
/// or not at all.
@Suite(.timeLimit(.minutes(2)))
struct HostileInputTests {
    typealias Run = TestSupport.Run

    /// Runs `analyze INPUT --format jsonl -o out.jsonl` in a scratch
    /// directory holding `files`; returns the run and the output lines.
    func analyze(_ files: [String: Data], arguments: [String] = [],
                 input: String? = nil) throws -> (run: Run, lines: [[String: Any]], leftovers: [String]) {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        for (name, data) in files {
            try data.write(to: dir.appendingPathComponent(name))
        }
        let out = dir.appendingPathComponent("out.jsonl")
        let target = input ?? files.keys.sorted().first!
        let run = try TestSupport.run(["analyze", dir.appendingPathComponent(target).path,
                                       "--format", "jsonl", "-o", out.path] + arguments)
        var lines: [[String: Any]] = []
        if let data = try? Data(contentsOf: out) {
            for line in data.split(separator: 0x0A) {
                lines.append(try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]))
            }
        }
        let leftovers = TestSupport.contents(of: dir).filter { $0.hasPrefix(".") }
        return (run, lines, leftovers)
    }

    static func jsonl(_ objects: [[String: Any]]) throws -> Data {
        var data = Data()
        for object in objects {
            data.append(try JSONSerialization.data(withJSONObject: object))
            data.append(0x0A)
        }
        return data
    }

    static let good = "وقال الكرملين إن المحادثات كانت بناءة، مضيفاً أن «الاتفاق قريب»."

    /// Every cue, speaker and content offset of an analysed document lies
    /// inside its text, and the cue's text is what the offsets slice.
    static func checkOffsets(_ document: AnalyzedDocument, _ text: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        #expect(document.length == scalars.count, sourceLocation: sourceLocation)
        let entities = Set(document.entities.map(\.id))
        for statement in document.statements {
            let cue = statement.cue
            #expect(0 <= cue.start && cue.start <= cue.end && cue.end <= scalars.count, sourceLocation: sourceLocation)
            if 0 <= cue.start && cue.start <= cue.end && cue.end <= scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[cue.start..<cue.end])
                #expect(String(view) == cue.text, sourceLocation: sourceLocation)
            }
            let content = statement.content
            #expect(0 <= content.start && content.start <= content.end && content.end <= scalars.count,
                    sourceLocation: sourceLocation)
            if let entity = statement.speaker.entity {
                #expect(entities.contains(entity), sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: - Corpus runs: a bad line is reported and skipped, the run goes on

    @Test func corpusOfHostileLinesGoesOnAndCounts() throws {
        var corpus = Data()
        corpus.append(try Self.jsonl([["id": "good-1", "text": Self.good]]))
        corpus.append(Data("this is not JSON\n".utf8))                               // line 2
        corpus.append(Data("{\"id\": \"no-text\", \"title\": \"…\"}\n".utf8))         // line 3
        corpus.append(Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x00, 0x7D, 0x0A]))   // line 4: NUL
        corpus.append(Data("{\"id\": \"cp1256\", \"text\": \"".utf8) + Data([0xE3, 0xE1]) + Data("\"}\n".utf8)) // line 5
        corpus.append(Data("{\"id\": \"blank\", \"text\": \" \\n\\t\\u200f \"}\n".utf8)) // line 6
        corpus.append(Data("[1, 2, 3]\n".utf8))                                       // line 7
        corpus.append(Data("{\"id\": \"number\", \"text\": 42}\n".utf8))              // line 8
        corpus.append(Data("{\"id\": \"nul-escaped\", \"text\": \"قال\\u0000 الوزير إن\"}\n".utf8)) // line 9
        corpus.append(try Self.jsonl([["id": "good-2", "text": Self.good]]))          // line 10
        let (run, lines, leftovers) = try analyze(["mixed.jsonl": corpus])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(lines.compactMap { $0["id"] as? String } == ["good-1", "nul-escaped", "good-2"])
        // The scratch directory's path, left out.
        let warnings = run.stderrLines.map {
            $0.replacingOccurrences(of: #"/\S*/mixed\.jsonl"#, with: "mixed.jsonl", options: .regularExpression)
        }
        #expect(warnings == [
            "quotegraph: warning: mixed.jsonl:2: skipped: not valid JSON",
            "quotegraph: warning: mixed.jsonl:3 (no-text): skipped: no \"text\" field",
            "quotegraph: warning: mixed.jsonl:4: skipped: binary data (NUL byte at offset 6), not JSON",
            "quotegraph: warning: mixed.jsonl:5: skipped: not valid UTF-8 (byte 0xE3 at offset 26)",
            "quotegraph: warning: mixed.jsonl:6 (blank): skipped: \"text\" is empty",
            "quotegraph: warning: mixed.jsonl:7: skipped: not a JSON object",
            "quotegraph: warning: mixed.jsonl:8 (number): skipped: \"text\" is not a string",
            "quotegraph: warning: skipped 7 of 10 documents",
        ])
        #expect(leftovers.isEmpty)
    }

    @Test func corpusOfOnlyBadLinesFailsWithoutOutput() throws {
        let (run, lines, leftovers) = try analyze(["bad.jsonl": Data("nope\n{\"text\": \"\"}\n".utf8)])
        #expect(run.status == 1)
        #expect(run.stderrLines.last == "quotegraph: error: no documents to analyse: all 2 corpus lines were skipped")
        #expect(lines.isEmpty && leftovers.isEmpty)
    }

    @Test func emptyAndWhitespaceOnlyCorpora() throws {
        let empty = try analyze(["empty.jsonl": Data()])
        #expect(empty.run.status == 1)
        #expect(empty.run.stderr.contains("empty.jsonl: empty file"))
        let blank = try analyze(["blank.jsonl": Data(" \n\t\n\r\n".utf8)])
        #expect(blank.run.status == 1)
        #expect(blank.run.stderr.contains("no documents to analyse"))
        #expect(empty.lines.isEmpty && blank.lines.isEmpty)
    }

    /// A 50 MB article on one line: refused by size, by name, quickly; the
    /// corpus around it is analysed.
    @Test func fiftyMegabyteSingleLine() throws {
        let paragraph = Data((String(repeating: Self.good + " ", count: 400)).utf8)
        var huge = Data(capacity: 50_100_000)
        while huge.count < 50_000_000 { huge.append(paragraph) }

        // As a text file: one document, over the limit.
        let text = try analyze(["huge.txt": huge])
        #expect(text.run.status == 1)
        let warning = try #require(text.run.stderrLines.first)
        #expect(warning.hasPrefix("quotegraph: warning: ") && warning.contains("huge.txt: skipped: 50."), "stderr: \(text.run.stderr)")
        #expect(warning.hasSuffix(" MB of text, over the 1.0 MB limit for one document (split it, or raise --max-document-size)"))
        #expect(text.run.stderrLines.last == "quotegraph: error: no documents to analyse: all 1 documents were skipped")
        #expect(text.lines.isEmpty && text.leftovers.isEmpty)

        // As a corpus line between two good ones.
        var corpus = try Self.jsonl([["id": "before", "text": Self.good]])
        corpus.append(Data("{\"id\": \"huge\", \"text\": \"".utf8))
        corpus.append(huge)
        corpus.append(Data("\"}\n".utf8))
        corpus.append(try Self.jsonl([["id": "after", "text": Self.good]]))
        let run = try analyze(["huge.jsonl": corpus])
        #expect(run.run.status == 0, "stderr: \(run.run.stderr)")
        #expect(run.lines.compactMap { $0["id"] as? String } == ["before", "after"])
        #expect(run.run.stderr.contains("huge.jsonl:2 (huge): skipped: 50."))
        #expect(run.run.stderr.contains(" MB of text, over the 1.0 MB limit"))
        #expect(run.run.stderrLines.last == "quotegraph: warning: skipped 1 of 3 documents")
    }

    @Test func documentSizeLimitCanBeRaisedOrLowered() throws {
        let corpus = try Self.jsonl([["id": "small", "text": Self.good],
                                     ["id": "large", "text": String(repeating: Self.good + "\n", count: 100)]])
        let lowered = try analyze(["c.jsonl": corpus], arguments: ["--max-document-size", "0.01"])
        #expect(lowered.lines.compactMap { $0["id"] as? String } == ["small"])
        #expect(lowered.run.stderr.contains("c.jsonl:2 (large): skipped: "))
        #expect(lowered.run.stderr.contains(" KB of text, over the 10 KB limit for one document"))
        let zero = try analyze(["c.jsonl": corpus], arguments: ["--max-document-size", "0"])
        #expect(zero.run.status == 64)
        #expect(zero.run.stderr.contains("--max-document-size must be a positive number"))
    }

    /// `audit` and `compare` read through the same run as `analyze`, so the
    /// size limit holds for them too.
    @Test func auditAndCompareHonourTheSizeLimit() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let corpus = try Self.jsonl([["id": "small", "text": Self.good],
                                     ["id": "large", "text": String(repeating: Self.good + "\n", count: 100)]])
        let input = dir.appendingPathComponent("c.jsonl")
        try corpus.write(to: input)
        for command in ["audit", "compare"] {
            let run = try TestSupport.run([command, input.path, "--max-document-size", "0.01",
                                           "-o", dir.appendingPathComponent(command + ".out").path])
            #expect(run.stderr.contains("c.jsonl:2 (large): skipped: "), "\(command): \(run.stderr)")
        }
    }

    /// A line longer than the reader keeps is skipped in bounded memory and
    /// the lines after it are read.
    @Test func overlongLineIsSkippedWhileStreaming() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = dir.appendingPathComponent("long.jsonl")
        var data = Data("short 1\n".utf8)
        data.append(Data(repeating: 0x61, count: 300_000))
        data.append(Data("\nshort 3\nlast, no newline".utf8))
        try data.write(to: file)
        let reader = try GzipLineReader(url: file, maximumLineLength: 100_000)
        var lines: [GzipLineReader.Line] = []
        var numbers: [Int] = []
        while let line = try reader.nextLine() {
            lines.append(line)
            numbers.append(reader.lineNumber)
        }
        #expect(lines == [.text(Data("short 1".utf8)), .tooLong(bytes: 300_000),
                          .text(Data("short 3".utf8)), .text(Data("last, no newline".utf8))])
        #expect(numbers == [1, 2, 3, 4])
        let pending = PendingDocument(source: "long.jsonl", line: 2, body: .tooLong(bytes: 300_000))
        guard case .skipped(let skipped) = pending.resolve() else {
            Issue.record("an over-long line must be skipped")
            return
        }
        #expect(skipped.description == "long.jsonl:2: skipped: line of 300 KB, too long to read")
    }

    // MARK: - Single files: one clear line, no output

    @Test(arguments: [
        ("nul.txt", Data("وقال\u{0} الوزير".utf8), "nul.txt: binary file (NUL byte at offset 8), not UTF-8 text"),
        // Arabic in Windows-1256 is decoded (FirstHourTests); Latin-1 is not.
        ("latin1.txt", Data([0x63, 0x61, 0x66, 0xE9]), "latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3)"),
        ("truncated.txt", Data("قال".utf8.dropLast()), "truncated.txt: not valid UTF-8 (byte 0xD9 at offset 4)"),
        ("empty.txt", Data(), "empty.txt: empty file"),
        ("spaces.txt", Data(" \n\t\u{00A0}\u{200F}\u{FEFF}\n".utf8), "spaces.txt: contains only whitespace"),
        ("page.html", Data("<html><script>قال</script><nav>أضاف</nav></html>".utf8), "page.html: no article text found in this page"),
    ])
    func unreadableFileIsOneClearLine(name: String, data: Data, message: String) throws {
        let (run, lines, leftovers) = try analyze([name: data])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.hasPrefix("quotegraph: error: ") && run.stderr.contains(message), "stderr: \(run.stderr)")
        #expect(lines.isEmpty && leftovers.isEmpty)
    }

    // MARK: - Odd but readable text: analysed, offsets sound

    static let oddTexts: [(String, String)] = [
        ("unbalanced quotes", "وقال الوزير «إن المحادثات «لم تنته بعد وأضاف: «لا اتفاق\nقالت مصادر »معكوسة« إن “الأمر „منته"),
        ("nested quotes", "وقال المتحدث: «نقل عنه قوله: «قال لي: «لن نتراجع» أبداً» في الاجتماع»."),
        ("only quote marks", "«««»»» \"\"\" “”„“ ″″ « » «"),
        ("bidi controls", "\u{202E}وقال\u{202C} \u{2067}الكرملين\u{2069} إن \u{200F}المحادثات\u{200E} \u{061C}كانت\u{200D}\u{200C} بناءة\u{2066}\u{202B}"),
        ("presentation forms", "قال الشيخ ﴿ إن الله مع الصابرين ﴾ وأضاف أن ﴿﴾ ﻻ ﷲ ﷺ ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ"),
        ("latin only", "The minister said that \"talks were constructive\", adding: \"we will see\".\nReuters: no comment."),
        ("html soup", "<html><body><script>var q=\"«قال»\";</script><p>وقال <b>الوزير</b> إن &laquo;المحادثات&raquo; &#1602; &bogus;<p>أضاف: «لا</div></article>"),
        ("punctuation storm", String(repeating: "،:«»؟!.\"", count: 500)),
        ("one long word", String(repeating: "ق", count: 20_000)),
        ("tatweel and marks", "قـــــال الـــوزيـــر: «ـــ» لـ«» ـ« ًٌٍَُِّْ قَالَ إِنَّ"),
        ("control characters", "وقال\u{1}\u{7}\u{1B}[31m الوزير\u{8}\u{7F} إن\u{85}\u{2028}المحادثات\u{2029}بناءة\u{FFFD}\u{FFFF}"),
        ("astral scalars", "وقال 🇸🇾 الوزير 𝔸 إن «المحادثات 👍🏽 كانت بناءة»"),
    ]

    @Test(arguments: oddTexts)
    func oddTextIsAnalysedInProcess(name: String, text: String) {
        let document = Analyzer().analyze(SourceDocument(id: name, text: text))
        Self.checkOffsets(document, text)
    }

    @Test func oddTextsAsACorpusRun() throws {
        let objects: [[String: Any]] = Self.oddTexts.map { ["id": $0.0, "text": $0.1] }
        let (run, lines, _) = try analyze(["odd.jsonl": try Self.jsonl(objects)])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(lines.compactMap { $0["id"] as? String } == Self.oddTexts.map(\.0))
    }

    @Test func htmlSoupPageIsRead() throws {
        let page = "<html><head><title>«قال»</title><style>p{}</style></head><body><nav>أضاف</nav>"
            + "<article><p>وقال <b>الوزير</b> إن &laquo;المحادثات بناءة&raquo;<p>وأضاف: «لا اتفاق<div><p></article>"
            + "</p></p><!-- unclosed comment"
        let (run, lines, _) = try analyze(["soup.html": Data(page.utf8)])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(lines.count == 1)
    }

    // MARK: - Parallel runs and output files

    @Test func jobsGiveTheSameBytes() throws {
        let texts = Self.oddTexts.map(\.1) + Array(repeating: Self.good, count: 150)
        let objects: [[String: Any]] = texts.enumerated().map { ["id": "d\($0.offset)", "text": $0.element] }
        let corpus = try Self.jsonl(objects)
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let input = dir.appendingPathComponent("c.jsonl")
        try corpus.write(to: input)
        var outputs: [Data] = []
        for jobs in ["1", "2", "7"] {
            let run = try TestSupport.run(["analyze", input.path, "--format", "jsonl", "--jobs", jobs])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            outputs.append(run.stdout)
        }
        #expect(outputs[0].split(separator: 0x0A).count == texts.count)
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
        let bad = try TestSupport.run(["analyze", input.path, "--jobs", "0"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--jobs must be at least 1"))
    }

    @Test func outputIsNeverWrittenOverAnInput() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let corpus = dir.appendingPathComponent("c.jsonl")
        let original = try Self.jsonl([["id": "a", "text": Self.good]])
        try original.write(to: corpus)
        let run = try TestSupport.run(["analyze", corpus.path, "--format", "jsonl", "-o", corpus.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("refusing to write output over an input file"))
        #expect(try Data(contentsOf: corpus) == original)
        #expect(TestSupport.contents(of: dir) == ["c.jsonl"])
    }

    @Test func failedRunKeepsTheOldOutput() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = dir.appendingPathComponent("out.jsonl")
        try Data("previous result\n".utf8).write(to: out)
        let corpus = try TestSupport.write("nope\n", to: dir.appendingPathComponent("bad.jsonl"))
        let run = try TestSupport.run(["analyze", corpus.path, "--format", "jsonl", "-o", out.path])
        #expect(run.status == 1)
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous result\n")
        #expect(TestSupport.contents(of: dir) == ["bad.jsonl", "out.jsonl"])
    }
}
