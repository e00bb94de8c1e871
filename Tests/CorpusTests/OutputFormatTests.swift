import Attribution
@testable import Corpus
import Foundation
@testable import QuoteGraphCore
import Testing

/// JSON, JSON Lines and the terminal table, on a hand-made document.
@Suite struct OutputFormatTests {
    /// Collects what a formatter writes.
    final class Collector: OutputSink {
        var data = Data()
        var finished = false
        func write(_ data: Data) throws(OutputError) { self.data.append(data) }
        func finish() throws(OutputError) { finished = true }
        var text: String { String(decoding: data, as: UTF8.self) }
    }

    static let document: AnalyzedDocument = {
        let text = "وقال مصدر من موسكو لـ«الشرق الأوسط» إن «العملية التركية جزء من ترتيبات إقامة منطقة خفض التصعيد في المحافظة»"
        let source = Entity(id: "e1", name: "مصدر من موسكو", kind: .person, anonymity: .anonymous,
                            gender: "m", mentions: [Mention(text: "مصدر من موسكو", span: TextSpan(5, 18))])
        let statement = Statement(
            id: "s1",
            cue: Cue(span: TextSpan(0, 4), text: "وقال", lemma: "قال", kind: .verb),
            speaker: SpeakerReference(entity: "e1", text: "مصدر من موسكو", span: TextSpan(5, 18), resolution: .overt),
            content: Content(span: TextSpan(39, 120), form: .direct,
                             text: "العملية التركية جزء من ترتيبات إقامة منطقة خفض التصعيد في المحافظة"),
            recipient: "الشرق الأوسط")
        return AnalyzedDocument(id: "asharq-moscow-idlib", title: "موسكو تعلن", url: "https://aawsat.com/home/article/1",
                                length: text.unicodeScalars.count, statements: [statement], entities: [source])
    }()

    @Test func jsonIsUTF8SortedAndRoundTrips() throws {
        let sink = Collector()
        var formatter = JSONDocumentsFormatter()
        try formatter.begin(sink)
        try formatter.add(Self.document, to: sink)
        try formatter.add(Self.document, to: sink)
        try formatter.end(sink)
        let text = sink.text
        #expect(text.contains("\"name\" : \"مصدر من موسكو\""))
        #expect(!text.contains("\\u"))
        #expect(text.contains("https://aawsat.com/home/article/1"))
        struct Wrapper: Decodable { var documents: [AnalyzedDocument] }
        let decoded = try JSONDecoder().decode(Wrapper.self, from: sink.data)
        #expect(decoded.documents == [Self.document, Self.document])
        // Sorted keys: the same input gives the same bytes.
        let keys = ["\"entities\"", "\"id\"", "\"length\"", "\"statements\"", "\"title\"", "\"url\""]
        let positions = keys.map { text.range(of: "\n      " + $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func emptyJSON() throws {
        let sink = Collector()
        var formatter = JSONDocumentsFormatter()
        try formatter.begin(sink)
        try formatter.end(sink)
        let object = try JSONSerialization.jsonObject(with: sink.data) as? [String: Any]
        #expect((object?["documents"] as? [Any])?.isEmpty == true)
    }

    @Test func jsonLinesOneDocumentPerLine() throws {
        let sink = Collector()
        var formatter = JSONLinesFormatter()
        try formatter.begin(sink)
        for _ in 0..<3 { try formatter.add(Self.document, to: sink) }
        try formatter.end(sink)
        let lines = sink.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        for line in lines.dropLast() {
            #expect(try JSONDecoder().decode(AnalyzedDocument.self, from: Data(line.utf8)) == Self.document)
            #expect(line.hasPrefix("{\"entities\":[{\"anonymity\":\"anonymous\""))
        }
    }

    @Test func tableIsolatesArabicAndLabelsInEnglish() throws {
        let text = StatementTable().render(Self.document)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "asharq-moscow-idlib — 1 statement, 1 speaker, 1 (100%) from anonymous or vague sources")
        #expect(lines.contains("  title     \u{2068}موسكو تعلن\u{2069}"))
        #expect(lines.contains("  s1  cue       \u{2068}وقال\u{2069} (verb)"))
        #expect(lines.contains("      speaker   \u{2068}مصدر من موسكو\u{2069}"))
        #expect(lines.contains("      identity  anonymous person"))
        #expect(lines.contains("      form      direct"))
        #expect(lines.contains("      to        \u{2068}الشرق الأوسط\u{2069}"))
        #expect(lines.contains("      content   \u{2068}العملية التركية جزء من ترتيبات إقامة منطقة خفض التصعيد في المحافظة\u{2069}"))
        // Nothing follows a closing isolate but the line end or ASCII.
        for line in lines where line.contains("\u{2069}") {
            let after = line[line.range(of: "\u{2069}", options: .backwards)!.upperBound...]
            #expect(after.allSatisfy { $0.isASCII })
        }
    }

    @Test func tableShortensContentAndNotesEmptyDocuments() throws {
        let table = StatementTable(width: 38)
        #expect(table.render(Self.document).contains("content   \u{2068}العملية التركية جزء …\u{2069}"))
        let empty = AnalyzedDocument(id: "x", length: 1, statements: [], entities: [])
        #expect(table.render(empty).contains("(no statements found)"))
        #expect(BidiText.isolate("line\nbreak") == "line break")
        #expect(BidiText.isolate("قال\nأن") == "\u{2068}قال أن\u{2069}")
    }
}
