import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// The hand-written document encoder gives `JSONEncoder`'s bytes.
@Suite struct DocumentJSONEncoderTests {
    /// Foundation's encoding, with the options the formatters used.
    static func foundation(_ document: AnalyzedDocument, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// Every character class the escaper treats apart: controls, quotes,
    /// backslash, slash, DEL, Arabic, bidi controls, astral scalars.
    static let awkward: String = {
        var s = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        s += "\"\\/\u{7F} «قال» \u{200F}\u{202E} 😀 e\u{301} \u{2028}\u{2029} end"
        return s
    }()

    static let documents: [AnalyzedDocument] = {
        let mention = Mention(text: awkward, span: TextSpan(-1, 12_345_678))
        let full = Entity(id: "e1", name: "مصدر من موسكو", kind: .person, anonymity: .anonymous, gender: "m",
                          number: "s", role: "المتحدث", affiliation: "وزارة/الدفاع", mentions: [mention, mention])
        let bare = Entity(id: "e2", name: "", kind: .unspecified, anonymity: .vague)
        let statement = Statement(
            id: "s1", cue: Cue(span: TextSpan(0, 4), text: "وقال", lemma: awkward, kind: .verb),
            speaker: SpeakerReference(entity: "e1", text: "مصدر", span: TextSpan(5, 9), resolution: .overt),
            content: Content(span: TextSpan(10, 20), form: .mixed, text: awkward),
            negated: true, embeddedIn: "s0", recipient: "الشرق الأوسط", sentence: 3)
        let proDrop = Statement(
            id: "s2", cue: Cue(span: TextSpan(1, 2), text: "", lemma: "", kind: .headline),
            speaker: SpeakerReference(entity: nil, resolution: .proDrop),
            content: Content(span: TextSpan(0, 0), form: .direct, text: ""))
        return [
            AnalyzedDocument(id: "empty", length: 0, statements: [], entities: []),
            AnalyzedDocument(id: awkward, title: awkward, outlet: "aawsat", date: "2015-07-21",
                             url: "https://aawsat.com/home/article/1?a=b&c=\\d", length: 42,
                             statements: [statement, proDrop], entities: [full, bare]),
        ]
    }()

    @Test(arguments: [false, true]) func matchesJSONEncoder(pretty: Bool) throws {
        for document in Self.documents {
            let ours = try DocumentJSONEncoder(pretty: pretty).encode(document)
            #expect(ours == (try Self.foundation(document, pretty: pretty)))
        }
    }

    /// The analyser's own output on the samples, both layouts.
    @Test(arguments: [false, true]) func matchesJSONEncoderOnSamples(pretty: Bool) throws {
        let samples = TestSupport.samples
        let files = try FileManager.default.contentsOfDirectory(at: samples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let document = Analyzer().analyze(SourceDocument(id: file.lastPathComponent, text: text))
            let ours = try DocumentJSONEncoder(pretty: pretty).encode(document)
            #expect(ours == (try Self.foundation(document, pretty: pretty)))
        }
    }
}
