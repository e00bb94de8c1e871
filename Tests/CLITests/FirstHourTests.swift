import Attribution
@testable import Corpus
import Foundation
@testable import QuoteGraphCore
import TestSupport
import Testing

/// What a new user met in their first hour (issue #16): files as newsrooms
/// have them, messages and numbers that mean what they say, the whole quote.
@Suite struct FirstHourTests {
    static let named = TestSupport.samples.appendingPathComponent("named-sources-idlib.txt")
    static let seed = TestSupport.samples.appendingPathComponent("asharq-moscow-idlib.txt")

    // MARK: Files as newsrooms have them

    @Test func crlfFilesKeepTheirHeadline() throws {
        let text = try String(contentsOf: Self.named, encoding: .utf8)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(InputReader.headline(of: crlf) == InputReader.headline(of: text))
        #expect(InputReader.headline(of: crlf)?.hasPrefix("لافروف: العملية التركية") == true)

        let scratch = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(scratch) }
        let file = try TestSupport.write(crlf, to: scratch.appendingPathComponent("crlf.txt"))
        let run = try TestSupport.run(["audit", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let article = try #require((json["articles"] as? [[String: Any]])?.first)
        #expect((article["title"] as? String)?.hasPrefix("لافروف:") == true, "title: \(article["title"] ?? "nil")")
    }

    @Test func windows1256IsDecodedWithANote() throws {
        let arabic = "وقال الكرملين إن المحادثات كانت بناءة، مضيفاً أن «الحوار مستمر»."
        // cp1256 bytes, from the table (the test does not trust the decoder to encode).
        var reverse: [UInt32: UInt8] = [:]
        for (i, value) in Windows1256.high.enumerated() { reverse[value] = UInt8(0x80 + i) }
        let bytes = try arabic.unicodeScalars.map { s -> UInt8 in
            if s.value < 0x80 { return UInt8(s.value) }
            return try #require(reverse[s.value], "no cp1256 byte for \(s)")
        }
        #expect(bytes.contains { $0 >= 0x80 })
        #expect(Windows1256.isLikely(Data(bytes)))
        #expect(Windows1256.decode(Data(bytes)) == arabic)
        // Latin-1 French is not taken for Arabic.
        #expect(!Windows1256.isLikely(Data("déjà vu, café crème".data(using: .isoLatin1)!)))

        var notes: [String] = []
        let text = try ArticleTextDecoder.decode(Data(bytes), name: "old.txt", note: { notes.append($0) })
        #expect(text == arabic)
        #expect(notes == ["old.txt: read as Windows-1256 (cp1256), not UTF-8; offsets count the decoded text. "
                          + "To convert it for good: iconv -f CP1256 -t UTF-8 old.txt > old.utf8.txt"])

        let scratch = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(scratch) }
        let file = try TestSupport.write(bytes, to: scratch.appendingPathComponent("old.txt"))
        let run = try TestSupport.run(["analyze", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("read as Windows-1256") && run.stderr.contains("iconv -f CP1256 -t UTF-8"))
        let analysed = try JSONDecoder().decode([String: [AnalyzedDocument]].self, from: run.stdout)
        let statement = try #require(analysed["documents"]?.first?.statements.first)
        #expect(statement.cue.text == "وقال")
    }

    @Test func invalidBytesThatAreNotArabicAreStillRefused() throws {
        let scratch = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(scratch) }
        let file = try TestSupport.write([0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65],
                                         to: scratch.appendingPathComponent("latin1.txt"))
        let run = try TestSupport.run(["analyze", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("not valid UTF-8 (byte 0xE9 at offset 3)"))
        #expect(run.stderrLines.count == 1)
    }

    @Test(arguments: [("export.csv", "a CSV file is not read"), ("articles.json", "a corpus is JSON Lines (.jsonl)"),
                      ("story.docx", "save the article as plain text")])
    func tablesAndDocumentsAreRefusedWithAMessage(name: String, message: String) throws {
        let scratch = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(scratch) }
        let file = try TestSupport.write("id,text\n1,\"وقال الكرملين إن المحادثات كانت بناءة\"\n",
                                         to: scratch.appendingPathComponent(name))
        let run = try TestSupport.run(["analyze", file.path])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.hasPrefix("quotegraph: error: \(file.path): ") && run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    // MARK: The whole quote

    @Test func jsonCarriesTheWholeContent() throws {
        let run = try TestSupport.run(["analyze", Self.seed.path, "--format", "jsonl"])
        #expect(run.status == 0)
        let document = try JSONDecoder().decode(AnalyzedDocument.self, from: run.stdout)
        let text = Array(try String(contentsOf: Self.seed, encoding: .utf8).unicodeScalars)
        #expect(!document.statements.isEmpty)
        var long = 0
        for s in document.statements {
            let span = String(String.UnicodeScalarView(text[s.content.start..<s.content.end]))
            #expect(s.content.text == span, "\(s.id)")
            if s.content.text.split(separator: " ").count > 8 { long += 1 }
        }
        #expect(long > 5, "contents longer than the old eight-word preview")
    }

    @Test func theTableFitsTheTerminalAndMarksTheCut() throws {
        let whole = try TestSupport.run(["analyze", Self.seed.path, "--format", "table"])
        let lines = whole.stdoutText.split(separator: "\n").filter { $0.hasPrefix("      content   ") }
        #expect(lines.contains { TerminalText.displayWidth($0) > 120 }, "without a terminal the content is whole")

        let document = Analyzer().analyze(SourceDocument(id: "seed", text: try String(contentsOf: Self.seed, encoding: .utf8)))
        let table = StatementTable(width: 60)
        let cut = table.render(document).split(separator: "\n").filter { $0.contains("content   ") }
        #expect(!cut.isEmpty)
        for line in cut { #expect(TerminalText.displayWidth(line) <= 60, "\(line)") }
        #expect(cut.contains { $0.hasSuffix(" …\u{2069}") })
        #expect(TerminalText.cut("المشاركين في الاجتماع تبادلوا وجهات النظر", toWidth: 24) == "المشاركين في الاجتماع …")
        #expect(TerminalText.cut("قصير", toWidth: 24) == "قصير")
    }

    @Test func theTableHeaderCountsAsTheAuditDoes() throws {
        let table = try TestSupport.run(["analyze", Self.seed.path, "--format", "table"])
        let header = try #require(table.stdoutText.split(separator: "\n").first)
        let audit = try TestSupport.run(["audit", Self.seed.path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: audit.stdout) as? [String: Any])
        let total = try #require(json["total"] as? [String: Any])
        let statements = try #require(total["statements"] as? Int)
        #expect(header.contains("— \(statements) statements and 1 refusal, "), "\(header) vs audit \(statements)")
        // 7 of the 18 statements (the refusal apart) rest on anonymous or vague sources.
        #expect(header.contains("7 (39%) from anonymous or vague sources"), "\(header)")
        #expect(!table.stdoutText.contains("relayed by"))
        #expect(table.stdoutText.contains("      via       s"))
    }

    @Test func isolatesCanBeTurnedOff() {
        #expect(TerminalText.isolates(from: [:]))
        #expect(TerminalText.isolates(from: ["QUOTEGRAPH_ISOLATES": "1"]))
        for off in ["0", "off", "no", "FALSE"] { #expect(!TerminalText.isolates(from: ["QUOTEGRAPH_ISOLATES": off])) }
    }

    @Test func isolatesOffInTheProcess() throws {
        let binary = try #require(TestSupport.executable)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["analyze", Self.seed.path, "--format", "table"]
        process.environment = ["QUOTEGRAPH_ISOLATES": "0", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(out.contains("مصدر من موسكو"))
        #expect(!out.unicodeScalars.contains { $0 == "\u{2068}" || $0 == "\u{2069}" })
    }

    // MARK: Messages

    @Test func analyseIsAnalyze() throws {
        let run = try TestSupport.run(["analyse", Self.seed.path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try JSONDecoder().decode(AnalyzedDocument.self, from: run.stdout).id == "asharq-moscow-idlib")
    }

    @Test func graphCountsOneDocument() throws {
        let scratch = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(scratch) }
        let out = scratch.appendingPathComponent("one.svg")
        let run = try TestSupport.run(["graph", Self.seed.path, "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("(1 document)"), "\(run.stderr)")
    }

    /// A gold directory of one article with two attributions, written here.
    private func goldDirectory() throws -> URL {
        let dir = try TestSupport.scratchDirectory()
        try FileManager.default.copyItem(at: Self.seed, to: dir.appendingPathComponent("asharq-moscow-idlib.txt"))
        let gold = """
            {"id": "asharq-moscow-idlib", "attributions": [
             {"anchor": "وقال الكرملين إن", "cue": "وقال", "speaker": "الكرملين", "resolved": "الكرملين", "kind": "institution", "anonymity": "named", "form": "indirect", "negated": false, "reported_by": null, "content": "المشاركين"}
            ]}
            """
        try TestSupport.write(gold, to: dir.appendingPathComponent("asharq-moscow-idlib.gold.json"))
        return dir
    }

    @Test func evaluateRefusesPredictionsThatDoNotBelong() throws {
        let gold = try goldDirectory()
        defer { TestSupport.remove(gold) }
        let empty = try TestSupport.write(#"{"documents": []}"#, to: gold.appendingPathComponent("empty.json"))
        var run = try TestSupport.run(["evaluate", "--gold", gold.path, "--pred", empty.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no analysed documents in this file"), "\(run.stderr)")

        let other = gold.appendingPathComponent("other.jsonl")
        run = try TestSupport.run(["analyze", TestSupport.samples.appendingPathComponent("named-sources-idlib.txt").path,
                                   "--format", "jsonl", "-o", other.path])
        #expect(run.status == 0)
        run = try TestSupport.run(["evaluate", "--gold", gold.path, "--pred", other.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("none of its 1 document has a gold file"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)

        // The right file scores.
        let right = gold.appendingPathComponent("right.json")
        run = try TestSupport.run(["analyze", Self.seed.path, "-o", right.path])
        run = try TestSupport.run(["evaluate", "--gold", gold.path, "--pred", right.path])
        #expect(run.status == 0, "\(run.stderr)")

        // Another version of the text: every offset would miss.
        var document = try JSONDecoder().decode([String: [AnalyzedDocument]].self, from: Data(contentsOf: right))["documents"]![0]
        document.length += 3
        try JSONEncoder().encode(["documents": [document]]).write(to: right)
        run = try TestSupport.run(["evaluate", "--gold", gold.path, "--pred", right.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("analysed from another version of the article"), "\(run.stderr)")
    }
}
