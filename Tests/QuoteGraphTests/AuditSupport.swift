import Attribution
@testable import Audit
@testable import Corpus
import Foundation
@testable import Graph

/// Shared helpers for the audit tests.
enum AuditSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedURL = packageRoot.appendingPathComponent("Samples/asharq-moscow-idlib.txt")
    /// `../shared/corpus/dev`, absent outside the team's machines.
    static let devCorpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    static var hasDevCorpus: Bool { FileManager.default.fileExists(atPath: devCorpus.path) }

    static let auditor = ArticleAuditor()

    /// The seed article read as the command reads it.
    static func seed() throws -> SourceDocument {
        let reader = try InputReader(paths: [seedURL.path])
        guard case .document(let document)? = try reader.makeIterator().next() else {
            throw CocoaError(.fileReadUnknown)
        }
        return document
    }

    /// A report over `documents`, as the command makes it.
    static func report(_ documents: [SourceDocument], by grouping: AuditGrouping = .article,
                       graph: Bool = false) async throws -> AuditReport {
        var collector = AuditCollector(grouping: grouping)
        var analysed: [AnalyzedDocument] = []
        for document in documents {
            let (audit, doc) = auditor.audit(document)
            collector.add(audit, text: document.text, analysed: doc)
            analysed.append(doc)
        }
        var report = collector.finish()
        if graph {
            let svg = try await renderGraph(of: analysed, format: .svg)
            report.graphSVG = String(decoding: svg, as: UTF8.self)
        }
        return report
    }

    /// The `quotegraph` executable built beside the tests, if any.
    static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["QUOTEGRAPH_BIN"] {
            return URL(fileURLWithPath: path)
        }
        var candidates = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appendingPathComponent("quotegraph") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the executable; returns its status and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self),
                String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
