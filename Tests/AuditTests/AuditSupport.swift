import Attribution
@testable import Audit
@testable import Corpus
import Foundation
@testable import Graph
import TestSupport

/// Shared helpers for the audit tests.
enum AuditSupport {
    static let seedURL = TestSupport.packageRoot.appendingPathComponent("Samples/asharq-moscow-idlib.txt")
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
}
