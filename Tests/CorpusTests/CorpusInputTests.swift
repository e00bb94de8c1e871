import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// JSON Lines corpora, plain and gzip-compressed, streamed line by line.
@Suite struct CorpusInputTests {
    static let corpus = """
        {"id": "a1", "text": "وقال الكرملين إن المحادثات بناءة", "title": "الكرملين", "outlet": "aawsat", "date": "2017-10-09", "url": "https://aawsat.com/a/1"}
        not json at all
        {"id": "a3", "title": "no text here"}

        {"text": "قالت مصادر دبلوماسية إن …", "date": 20171009}
        {"id": "a6", "text": "   "}
        ["an", "array"]
        {"id": 7, "text": "أكد مسؤول عسكري أن …"}\r
        """

    func read(_ url: URL) throws -> (docs: [SourceDocument], skipped: [SkippedDocument], iterator: DocumentIterator) {
        let iterator = try InputReader(paths: [url.path]).makeIterator()
        var docs: [SourceDocument] = []
        var skipped: [SkippedDocument] = []
        while let item = try iterator.next() {
            switch item {
            case .document(let d): docs.append(d)
            case .skipped(let s): skipped.append(s)
            }
        }
        return (docs, skipped, iterator)
    }

    func check(_ url: URL) throws {
        let (docs, skipped, iterator) = try read(url)
        #expect(docs.map(\.id) == ["a1", "\(url.lastPathComponent.components(separatedBy: ".")[0])-5", "7"])
        #expect(docs[0].title == "الكرملين")
        #expect(docs[0].outlet == "aawsat")
        #expect(docs[0].date == "2017-10-09")
        #expect(docs[0].url == "https://aawsat.com/a/1")
        #expect(docs[1].date == "20171009")
        #expect(docs[2].text == "أكد مسؤول عسكري أن …")
        let name = url.path
        #expect(skipped.map(\.description) == [
            "\(name):2: skipped: not valid JSON",
            "\(name):3 (a3): skipped: no \"text\" field",
            "\(name):6 (a6): skipped: \"text\" is empty",
            "\(name):7: skipped: not a JSON object",
        ])
        #expect(iterator.skippedCount == 4)
        #expect(iterator.documentCount == 3)
    }

    @Test func plainJSONLines() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = try TestSupport.write(Self.corpus, to: dir.appendingPathComponent("mini.jsonl"))
        try check(file)
    }

    @Test func gzipJSONLines() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = dir.appendingPathComponent("mini.jsonl.gz")
        try TestSupport.writeGzip(Self.corpus, to: file)
        let magic = try Data(contentsOf: file).prefix(2)
        #expect(Array(magic) == [0x1F, 0x8B])
        try check(file)
    }

    @Test func longLinesCrossReadBuffers() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let paragraph = String(repeating: "وقال المتحدث باسم الوزارة إن القصف أدى إلى مقتل مسلحين. ", count: 3000)
        let lines = (0..<5).map { #"{"id": "long\#($0)", "text": "\#(paragraph)"}"# }.joined(separator: "\n") + "\n"
        let file = dir.appendingPathComponent("long.jsonl.gz")
        try TestSupport.writeGzip(lines, to: file)
        let (docs, skipped, _) = try read(file)
        #expect(docs.map(\.id) == ["long0", "long1", "long2", "long3", "long4"])
        #expect(docs.allSatisfy { $0.text == paragraph })
        #expect(skipped.isEmpty)
    }

    @Test func corruptGzipIsAnError() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let good = dir.appendingPathComponent("good.jsonl.gz")
        try TestSupport.writeGzip(String(repeating: #"{"id": "x", "text": "قال"}"# + "\n", count: 2000), to: good)
        var bytes = Array(try Data(contentsOf: good))
        bytes = Array(bytes.prefix(bytes.count / 2))   // truncated download
        let bad = try TestSupport.write(bytes, to: dir.appendingPathComponent("bad.jsonl.gz"))
        #expect(throws: InputError.self) { _ = try read(bad) }
    }

    @Test func emptyCorpusIsRejected() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = try TestSupport.write("", to: dir.appendingPathComponent("none.jsonl"))
        #expect(throws: InputError("\(file.path): empty file")) { _ = try InputReader(paths: [file.path]) }
    }

    @Test(.enabled(if: SharedCorpus.bench.isPresent, "../shared/corpus/bench is not beside the clone"))
    func benchCorpusStreams() throws {
        let iterator = try InputReader(paths: [SharedCorpus.bench.url.path]).makeIterator()
        var ids: [String] = []
        while ids.count < 500, let item = try iterator.next() {
            if case .document(let document) = item {
                #expect(!document.text.isEmpty)
                #expect(document.outlet != nil)
                ids.append(document.id)
            }
        }
        #expect(ids.count == 500)
        #expect(ids == ids.sorted())
        #expect(ids.allSatisfy { $0.hasPrefix("snn_") })
        #expect(iterator.skippedCount == 0)
    }
}
