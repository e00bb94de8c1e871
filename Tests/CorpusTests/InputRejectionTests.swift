import TestSupport
@testable import Corpus
import Foundation
import Testing

/// Inputs that are not articles stop the run with one clear message that
/// names the file.
@Suite struct InputRejectionTests {
    func rejection(_ paths: [String], stdin: Data = Data()) -> String? {
        do {
            _ = try InputReader(paths: paths, standardInput: { stdin })
            return nil
        } catch {
            return error.description
        }
    }

    @Test func missingFile() {
        #expect(rejection(["/nonexistent/nope.txt"]) == "/nonexistent/nope.txt: no such file or directory")
    }

    @Test func directoryWithoutTxtFiles() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        try TestSupport.write("x", to: dir.appendingPathComponent("notes.md"))
        #expect(rejection([dir.path]) == "\(dir.path): no .txt files in this directory")
    }

    @Test func binaryFile() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = try TestSupport.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], to: dir.appendingPathComponent("photo.txt"))
        #expect(rejection([file.path]) == "\(file.path): binary file (NUL byte at offset 8), not UTF-8 text")
    }

    @Test func invalidUTF8GivesTheOffset() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        // «قال» in UTF-8, then a Windows-1256 byte.
        let file = try TestSupport.write([0xD9, 0x82, 0xD8, 0xA7, 0xD9, 0x84, 0x20, 0xE3], to: dir.appendingPathComponent("cp1256.txt"))
        let message = try #require(rejection([file.path]))
        #expect(message.hasPrefix("\(file.path): not valid UTF-8 (byte 0xE3 at offset 7)"))
    }

    @Test func emptyAndWhitespaceOnly() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let empty = try TestSupport.write("", to: dir.appendingPathComponent("empty.txt"))
        let blank = try TestSupport.write(" \n\u{00A0}\t\u{200F}\n", to: dir.appendingPathComponent("blank.txt"))
        #expect(rejection([empty.path]) == "\(empty.path): empty file")
        #expect(rejection([blank.path]) == "\(blank.path): contains only whitespace")
        #expect(rejection(["-"], stdin: Data("   \n".utf8)) == "<stdin>: contains only whitespace")
    }

    @Test func badFileInADirectoryStopsTheRun() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        try TestSupport.write("قال", to: dir.appendingPathComponent("a.txt"))
        try TestSupport.write("", to: dir.appendingPathComponent("b.txt"))
        #expect(rejection([dir.path])?.hasSuffix("b.txt: empty file") == true)
    }

    @Test func standardInputOnlyOnce() {
        #expect(rejection(["-", "-"]) == "'-' (standard input) can be given only once")
    }

    @Test func compressedNonCorpus() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = try TestSupport.write("x", to: dir.appendingPathComponent("article.txt.gz"))
        #expect(rejection([file.path]) == "\(file.path): only .jsonl.gz corpora can be read compressed")
    }

    @Test func decoderAcceptsArabic() throws {
        let text = try ArticleTextDecoder.decode(Data("«الشرق الأوسط»".utf8), name: "x")
        #expect(text == "«الشرق الأوسط»")
        #expect(ArticleTextDecoder.firstInvalidUTF8Offset(in: Data("مرحبا".utf8)) == nil)
        #expect(ArticleTextDecoder.firstInvalidUTF8Offset(in: Data([0x41, 0xC0, 0x80])) == 1)
    }
}
