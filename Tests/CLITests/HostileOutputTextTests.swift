import TestSupport
@testable import Audit
import Foundation
@testable import QuoteGraphCore
import Testing

/// Text from the input never becomes markup, a terminal escape sequence, a
/// bidi override or a spreadsheet formula in what the commands print
/// (issue #17, items 4–7).
@Suite(.timeLimit(.minutes(2)))
struct HostileOutputTextTests {
    static let article = (try? String(contentsOf: TestSupport.samples.appendingPathComponent("asharq-moscow-idlib.txt"),
                                      encoding: .utf8)) ?? "وقال الكرملين إن المحادثات كانت بناءة."

    /// A corpus of the same article twice, from two outlets, with ids,
    /// titles and outlets that try to inject.
    static func corpus(ids: [String], titles: [String], outlets: [String]) throws -> Data {
        var data = Data()
        for i in ids.indices {
            let object: [String: Any] = ["id": ids[i], "title": titles[i], "outlet": outlets[i],
                                         "date": "2019-05-0\(i + 1)", "text": article]
            data.append(try JSONSerialization.data(withJSONObject: object))
            data.append(0x0A)
        }
        return data
    }

    static let injected = ["<script>alert(1)</script>a`b", "<img src=x onerror=alert(2)>"]
    static let titles = ["<svg onload=alert(3)> عنوان", "عنوان\n## forged heading"]
    static let outlets = ["Evil\n# outlet <b>x</b>", "`code` out|let"]

    func run(_ arguments: [String], corpus: Data) throws -> TestSupport.Run {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = dir.appendingPathComponent("feed.jsonl")
        try corpus.write(to: file)
        return try TestSupport.run(arguments.map { $0 == "FEED" ? file.path : $0 })
    }

    /// No raw tag, no unescaped backtick, and no line of the output starts
    /// with text from the input (a forged heading).
    static func checkInertMarkdown(_ markdown: String, showsIds: Bool = true,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        for raw in ["<script", "<img", "<svg", "<b>"] {
            #expect(!markdown.contains(raw), "raw \(raw) in the Markdown", sourceLocation: sourceLocation)
        }
        // Shown, escaped: the ids by article, the outlets by outlet.
        #expect(markdown.contains(showsIds ? "&lt;script&gt;" : "&lt;b&gt;x&lt;/b&gt;"), sourceLocation: sourceLocation)
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix("## forged") && !line.hasPrefix("# outlet"), sourceLocation: sourceLocation)
            // Every backtick from the input is escaped: none opens a code span.
            var previous: Character = " "
            for ch in line {
                if ch == "`" && previous != "\\" && !line.contains("--format json") {
                    Issue.record("unescaped backtick in «\(line)»", sourceLocation: sourceLocation)
                }
                previous = ch
            }
        }
    }

    @Test func compareMarkdownEscapesIdsTitlesAndOutlets() throws {
        let data = try Self.corpus(ids: Self.injected, titles: Self.titles, outlets: Self.outlets)
        let byArticle = try run(["compare", "FEED", "--format", "markdown"], corpus: data)
        #expect(byArticle.status == 0, "\(byArticle.stderr)")
        Self.checkInertMarkdown(byArticle.stdoutText)
        let byOutlet = try run(["compare", "FEED", "--by", "outlet", "--format", "markdown"], corpus: data)
        #expect(byOutlet.status == 0, "\(byOutlet.stderr)")
        Self.checkInertMarkdown(byOutlet.stdoutText, showsIds: false)
    }

    @Test func sameStoryMarkdownEscapesHeadingsAndCodeSpans() throws {
        let data = try Self.corpus(ids: Self.injected, titles: Self.titles, outlets: Self.outlets)
        let run = try run(["compare", "FEED", "--same-story", "--format", "markdown"], corpus: data)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText.contains("## "), "the two copies form one group")
        Self.checkInertMarkdown(run.stdoutText)
    }

    static let escape = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\r\u{9B}31m"

    @Test func skipWarningsShowControlCharactersEscaped() throws {
        // Written by hand so that "id" comes first and the skip names it.
        let line = #"{"id": "x\u001b]0;PWNED\u0007\u001b[2J\r\u009b31my", "text": 5}"# + "\n"
        let run = try run(["analyze", "FEED", "--format", "jsonl"], corpus: Data(line.utf8))
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{07}") && !run.stderr.contains("\r")
                && !run.stderr.contains("\u{9B}"))
        #expect(run.stderr.contains(#"x\u{1B}]0;PWNED\u{7}\u{1B}[2J\u{D}\u{9B}31my"#), "\(run.stderr)")
    }

    @Test func compareTableHasNoControlOrBidiCharacterFromTheInput() throws {
        let ids = ["a\(Self.escape)\u{2069}\u{202E}gnp.exe", "b\u{2066}x"]
        let data = try Self.corpus(ids: ids, titles: ["t\u{1B}[31m", "عنوان\u{2069}\u{202E}abc"],
                                   outlets: ["o\u{1B}]0;x\u{07}", "p\u{202E}q"])
        for arguments in [["compare", "FEED"], ["compare", "FEED", "--same-story"], ["compare", "FEED", "--by", "outlet"]] {
            let run = try run(arguments, corpus: data)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let text = run.stdoutText
            for scalar in text.unicodeScalars where scalar != "\n" {
                #expect(scalar.properties.generalCategory != .control, "\(arguments): control U+\(String(scalar.value, radix: 16))")
                #expect(!(0x202A...0x202E).contains(scalar.value), "\(arguments): bidi control in the table")
            }
            // The tool's own isolates still pair up: FSI/PDI are balanced on every line.
            for line in text.split(separator: "\n") {
                let opens = line.unicodeScalars.filter { $0 == "\u{2068}" || $0 == "\u{2066}" || $0 == "\u{2067}" }.count
                let closes = line.unicodeScalars.filter { $0 == "\u{2069}" }.count
                #expect(opens == closes, "\(arguments): «\(line)»")
            }
        }
    }

    @Test func statementTableDropsBidiControlsFromValues() {
        let value = BidiText.isolate("مصدر\u{2069}\u{202E}abc\u{2066}")
        #expect(value == "\u{2068}مصدرabc\u{2069}")
        #expect(BidiText.isolate("id\u{1B}[2J") == "id [2J")
    }

    @Test func csvGuardsFormulasAfterATabOrCarriageReturn() {
        #expect(AuditCSVWriter.quote("\t=cmd|' /C calc'!A0") == "'\t=cmd|' /C calc'!A0")
        #expect(AuditCSVWriter.quote("\r=cmd") == "\"'\r=cmd\"")
        #expect(AuditCSVWriter.quote("\r\n=cmd") == "\"'\r\n=cmd\"")
        #expect(AuditCSVWriter.quote("=1+2") == "'=1+2")
        #expect(AuditCSVWriter.quote("-0.5") == "-0.5")
        #expect(AuditCSVWriter.quote("وزارة") == "وزارة")
    }

    @Test func terminalTextEscapesControlsAndBidi() {
        #expect(TerminalText.visible("plain مصدر") == "plain مصدر")
        #expect(TerminalText.visible("a\u{1B}[2Jb\u{202E}c") == #"a\u{1B}[2Jb\u{202E}c"#)
    }
}
