import Foundation
import TestSupport
import Testing

/// A lexicon file edited wrong stops every command with one line that names
/// the file and the line, exit status 1 and no output file; not a crash
/// with a backtrace (`Lexicon.sharedLoad`, `LexiconLoadFailure`).
@Suite(.timeLimit(.minutes(2)))
struct BrokenLexiconTests {
    @Test func anUnknownRoleInRolesTSVIsOneLineAndExitOne() throws {
        let binary = try #require(TestSupport.executable, "quotegraph executable not found")
        let bundle = binary.deletingLastPathComponent().appendingPathComponent("quotegraph_Attribution.resources")
        try #require(FileManager.default.fileExists(atPath: bundle.path), "no resource bundle beside \(binary.path)")
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        // A copy of the program and its bundled data, one role misspelt.
        let copy = dir.appendingPathComponent("quotegraph")
        try FileManager.default.copyItem(at: binary, to: copy)
        let copiedBundle = dir.appendingPathComponent("quotegraph_Attribution.resources")
        try FileManager.default.copyItem(at: bundle, to: copiedBundle)
        let roles = copiedBundle.appendingPathComponent("Lexicon/roles.tsv")
        let text = try String(contentsOf: roles, encoding: .utf8)
        try #require(text.contains("\tboundary\t"))
        try text.replacingOccurrences(of: "\tboundary\t", with: "\tboundery\t").write(to: roles, atomically: true, encoding: .utf8)
        let article = try TestSupport.write("عنوان\n\nوقال الكرملين إن المحادثات كانت بناءة.\n", to: dir.appendingPathComponent("a.txt"))
        let out = dir.appendingPathComponent("out.json")
        let (status, output) = try Subprocess.blocking(copy.path, ["analyze", article.path, "-o", out.path])
        #expect(status == 1, "\(output)")
        let lines = output.split(separator: "\n")
        #expect(lines.count == 1, "\(output)")
        #expect(output.hasPrefix("quotegraph: error: cannot load the lexicon: roles.tsv:"), "\(output)")
        #expect(output.contains("«boundery»"), "\(output)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
