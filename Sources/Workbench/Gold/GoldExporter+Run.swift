import Foundation
import QuoteGraphCore

extension GoldExporter {
    /// `quotegraph export-gold`: opens `workspace` read-only, writes its
    /// corrected articles as gold files into `output` and says what it
    /// did (and what it left out) on standard error. A workspace that
    /// cannot be opened is a `RunError`.
    ///
    ///     try await GoldExporter.export(workspace: "quotegraph-workspace", to: "gold")
    ///     // quotegraph: export-gold: 3 articles, 41 attributions in gold
    public static func export(workspace: String, to output: String) async throws {
        let summary: Summary
        do {
            let ws = try Workspace(directory: URL(fileURLWithPath: workspace, isDirectory: true),
                                   create: false, readOnly: true)
            summary = try await GoldExporter(workspace: ws).export(to: URL(fileURLWithPath: output, isDirectory: true))
        } catch let error as WorkspaceError {
            throw RunError(error.description)
        }
        for line in summary.leftOut { Diagnostics.warning(line) }
        if summary.articles.isEmpty {
            Diagnostics.note("export-gold: no corrected articles in \(workspace); nothing written")
        } else {
            Diagnostics.note("export-gold: \(summary.articles.count) articles, \(summary.attributions) attributions in \(output)")
        }
    }
}
