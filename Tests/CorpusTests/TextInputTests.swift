import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// Reading single articles: `.txt` files, directories, standard input.
@Suite struct TextInputTests {
    func documents(_ reader: InputReader) throws -> [SourceDocument] {
        let iterator = reader.makeIterator()
        var out: [SourceDocument] = []
        while let item = try iterator.next() {
            if case .document(let document) = item { out.append(document) }
        }
        return out
    }

    @Test func textFileKeepsTextAsReadAndTakesIdFromName() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let text = "\u{FEFF}موسكو تعلن\n\nوقال الكرملين إن المحادثات كانت بناءة.\r\nوأضاف أن …\n"
        let file = try TestSupport.write(text, to: dir.appendingPathComponent("kremlin-talks.txt"))
        let docs = try documents(InputReader(paths: [file.path]))
        #expect(docs.count == 1)
        #expect(docs[0].id == "kremlin-talks")
        // Byte for byte: BOM, CRLF and all, because offsets index this text.
        #expect(Array(docs[0].text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(docs[0].title == "\u{FEFF}موسكو تعلن".trimmingBlanks())
    }

    @Test func titleOnlyWhenLineTwoIsBlank() throws {
        #expect(InputReader.headline(of: "عنوان\n\nفقرة") == "عنوان")
        #expect(InputReader.headline(of: "فقرة أولى\nفقرة ثانية\nثالثة") == nil)
        #expect(InputReader.headline(of: "سطر واحد") == nil)
    }

    @Test func directoryGivesItsTxtFilesSorted() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        try TestSupport.write("قال ب", to: dir.appendingPathComponent("b.txt"))
        try TestSupport.write("قال أ", to: dir.appendingPathComponent("a.txt"))
        try TestSupport.write("قال ج", to: dir.appendingPathComponent("C.TXT"))
        try TestSupport.write("not an article", to: dir.appendingPathComponent("README.md"))
        try TestSupport.write("hidden", to: dir.appendingPathComponent(".draft.txt"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.txt"), withIntermediateDirectories: true)
        let docs = try documents(InputReader(paths: [dir.path]))
        #expect(docs.map(\.id) == ["C", "a", "b"])
        #expect(docs.map(\.text) == ["قال ج", "قال أ", "قال ب"])
    }

    @Test func samplesDirectoryReadsAllSamples() throws {
        let docs = try documents(InputReader(paths: [TestSupport.samples.path]))
        #expect(docs.map(\.id) == ["anon-sources-idlib", "asharq-moscow-idlib", "named-sources-idlib"])
        #expect(docs.allSatisfy { !$0.text.isEmpty })
    }

    @Test func standardInputIsOneArticle() throws {
        let reader = try InputReader(paths: ["-"], standardInput: { Data("وقال المصدر إن …".utf8) })
        let docs = try documents(reader)
        #expect(docs.map(\.id) == ["stdin"])
        #expect(docs[0].text == "وقال المصدر إن …")
        #expect(reader.inputFiles.isEmpty)
    }

    @Test func inputsKeepCommandLineOrder() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let z = try TestSupport.write("قال ز", to: dir.appendingPathComponent("z.txt"))
        let a = try TestSupport.write("قال أ", to: dir.appendingPathComponent("a.txt"))
        let docs = try documents(InputReader(paths: [z.path, a.path]))
        #expect(docs.map(\.id) == ["z", "a"])
    }

    @Test func classifiesByExtension() {
        #expect(DocumentSource(path: "a.txt") == .text(URL(fileURLWithPath: "a.txt")))
        #expect(DocumentSource(path: "notes") == .text(URL(fileURLWithPath: "notes")))
        #expect(DocumentSource(path: "page.HTM") == .html(URL(fileURLWithPath: "page.HTM")))
        #expect(DocumentSource(path: "c.jsonl.gz") == .corpus(URL(fileURLWithPath: "c.jsonl.gz")))
        #expect(DocumentSource(path: "-") == .standardInput)
        #expect(DocumentSource(path: "dir/x.y.txt").documentID == "x.y")
    }
}
