import CZlib
import Foundation
import TestSupport
import Testing

/// Runs the commands of README.md, so that they cannot go stale: every
/// `quotegraph …` line of its code blocks must succeed, and every example
/// that shows output (a ```text block opening with `$ quotegraph …`) must
/// print exactly what the README shows (`scripts/refresh-readme-example.sh`
/// regenerates them).
///
/// The commands run from a scratch copy of the clone's layout: `Samples/`
/// and `out/`, with `../shared` holding the dev corpora (`dev`, `dev-ant`) and the first 100
/// articles of the bench corpus (the whole corpus takes minutes in a debug
/// build; the commands are the same). Skipped without `../shared`.
@Suite(.enabled(if: SharedCorpus.bench.isPresent && SharedCorpus.dev.isPresent, "needs ../shared (dev and bench corpora)"))
struct ReadmeCommandsTests {
    struct Example: CustomStringConvertible {
        var command: String
        /// The output the README shows, or nil when it shows none.
        var output: String?
        var line: Int
        var description: String { "README.md:\(line): \(command)" }
    }

    /// The commands of the README's code blocks (indented or fenced), with
    /// the output shown after `$ ` commands. Synopses (`INPUT...`) and
    /// messages (`quotegraph: error: …`) are not commands.
    static func examples(in readme: String) -> [Example] {
        var examples: [Example] = []
        let lines = readme.components(separatedBy: "\n")
        var fenced = false
        var current: Example?
        for (n, line) in lines.enumerated() {
            if line.hasPrefix("```") {
                if fenced, let example = current { examples.append(example) }
                current = nil
                fenced.toggle()
                continue
            }
            if fenced, current != nil {
                current!.output = (current!.output.map { $0 + "\n" } ?? "") + line
                continue
            }
            var text = fenced ? line : (line.hasPrefix("    ") ? String(line.dropFirst(4)) : "")
            let shown = text.hasPrefix("$ ")
            if shown { text.removeFirst(2) }
            if let hash = text.range(of: "  #") { text = String(text[..<hash.lowerBound]) }
            text = text.trimmingCharacters(in: .whitespaces)
            let runs = text.hasPrefix("quotegraph ") || (text.hasPrefix("echo ") && text.contains("| quotegraph "))
            // Synopses name placeholders (INPUT, DIR, GOLD_DIR) or bracket their options.
            let synopsis = text.contains("INPUT") || text.contains(" [-") || text.contains("DIR")
            guard runs, !synopsis, !text.hasPrefix("quotegraph:") else { continue }
            let example = Example(command: text, output: nil, line: n + 1)
            if fenced && shown { current = example } else { examples.append(example) }
        }
        return examples
    }

    /// The scratch layout: clone/{Samples, out} and shared/corpus/{dev, bench}.
    private func layout() throws -> (root: URL, clone: URL) {
        let root = try TestSupport.scratchDirectory()
        let clone = root.appendingPathComponent("clone")
        let fm = FileManager.default
        try fm.createDirectory(at: clone.appendingPathComponent("out"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: clone.appendingPathComponent("Samples"), withDestinationURL: TestSupport.samples)
        let corpus = root.appendingPathComponent("shared/corpus")
        try fm.createDirectory(at: corpus.appendingPathComponent("bench"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: corpus.appendingPathComponent("dev"), withDestinationURL: SharedCorpus.dev.url)
        let devAnt = SharedCorpus.dev.url.deletingLastPathComponent().appendingPathComponent("dev-ant")
        if fm.fileExists(atPath: devAnt.path) {
            try fm.createSymbolicLink(at: corpus.appendingPathComponent("dev-ant"), withDestinationURL: devAnt)
        }
        let reader = try GzipLines(url: SharedCorpus.bench.url)
        var head: [String] = []
        while head.count < 100, let line = reader.next() { head.append(line) }
        try TestSupport.writeGzip(head.joined(separator: "\n") + "\n",
                                  to: corpus.appendingPathComponent("bench/articles.jsonl.gz"))
        return (root, clone)
    }

    @Test func theReadmeHasCommandsAndExamples() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = Self.examples(in: readme)
        #expect(examples.count >= 20)
        #expect(examples.filter { $0.output != nil }.count >= 3)
        for command in ["analyze", "graph", "audit", "compare"] {
            #expect(examples.contains { $0.command.hasPrefix("quotegraph \(command) ") }, "no \(command) example")
        }
        // Five commands, five named.
        #expect(readme.contains("The five commands: `analyze`"))
        for name in ["`analyze`", "`graph`", "`audit`", "`compare`", "`evaluate`"] {
            #expect(readme.components(separatedBy: "The five commands")[1].prefix(400).contains(name))
        }
    }

    @Test func everyCommandOfTheReadmeRunsAndShowsWhatItPrints() throws {
        let binary = try #require(TestSupport.executable)
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let (root, clone) = try layout()
        defer { TestSupport.remove(root) }
        for example in Self.examples(in: readme) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", example.command]
            process.currentDirectoryURL = clone
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["QUOTEGRAPH_ISOLATES"] = nil
            environment["COLUMNS"] = nil
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let allowed: Set<Int32> = example.command.contains("--fail-above") ? [0, 2] : [0]
            #expect(allowed.contains(process.terminationStatus), "\(example) exited \(process.terminationStatus): \(stderr)")
            if let shown = example.output {
                let printed = String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .newlines)
                #expect(printed == shown.trimmingCharacters(in: .newlines),
                        "\(example): the README shows stale output; run scripts/refresh-readme-example.sh")
            }
        }
    }
}

/// The lines of a .jsonl.gz file, through zlib.
private final class GzipLines {
    private let file: gzFile
    private var buffer = [CChar](repeating: 0, count: 1 << 22)

    init(url: URL) throws {
        guard let file = gzopen(url.path, "rb") else { throw CocoaError(.fileReadUnknown) }
        self.file = file
    }

    deinit { gzclose(file) }

    func next() -> String? {
        guard gzgets(file, &buffer, Int32(buffer.count)) != nil else { return nil }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .trimmingCharacters(in: .newlines)
    }
}
