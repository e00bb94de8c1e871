import TestSupport
@testable import Corpus
import Foundation
import Testing

/// Output files appear whole or not at all, and never over an input.
@Suite struct AtomicFileWriterTests {
    @Test func fileAppearsOnlyWhenFinished() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = dir.appendingPathComponent("out.json")
        let writer = try AtomicFileWriter(destination: out)
        try writer.write("{\"documents\": [")
        try writer.write(Data(repeating: 0x20, count: 200_000))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        try writer.write("]}")
        try writer.finish()
        #expect(TestSupport.contents(of: dir) == ["out.json"])
        #expect(try Data(contentsOf: out).count == 200_017)
    }

    @Test func discardLeavesNothingAndKeepsTheOldFile() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let out = try TestSupport.write("old", to: dir.appendingPathComponent("graph.svg"))
        do {
            let writer = try AtomicFileWriter(destination: out)
            try writer.write(Data(repeating: 0x41, count: 100_000))
            writer.discard()
        }
        #expect(TestSupport.contents(of: dir) == ["graph.svg"])
        #expect(try String(contentsOf: out, encoding: .utf8) == "old")
    }

    @Test func abandonedWriterCleansUp() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        func failingRun() throws {
            let writer = try AtomicFileWriter(destination: dir.appendingPathComponent("x.jsonl"))
            try writer.write("partial")
            throw OutputError("simulated failure")
        }
        #expect(throws: OutputError.self) { try failingRun() }
        #expect(TestSupport.contents(of: dir).isEmpty)
    }

    @Test func refusesToOverwriteAnInputHoweverSpelled() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let input = try TestSupport.write("وقال", to: dir.appendingPathComponent("a.txt"))
        let link = dir.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let hard = dir.appendingPathComponent("hard.txt")
        try FileManager.default.linkItem(at: input, to: hard)
        let dotted = URL(fileURLWithPath: dir.path + "/./../\(dir.lastPathComponent)/a.txt")
        for destination in [input, link, hard, dotted] {
            #expect(throws: OutputError("\(destination.relativePath): refusing to write output over an input file")) {
                _ = try AtomicFileWriter(destination: destination, inputs: [input])
            }
        }
        #expect(try String(contentsOf: input, encoding: .utf8) == "وقال")
    }

    @Test func missingDirectoryAndDirectoryDestination() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let nowhere = dir.appendingPathComponent("no/such/dir/out.json")
        #expect(throws: OutputError.self) { _ = try AtomicFileWriter(destination: nowhere) }
        #expect(throws: OutputError("\(dir.relativePath): is a directory; give a file name")) {
            _ = try AtomicFileWriter(destination: dir)
        }
    }
}
