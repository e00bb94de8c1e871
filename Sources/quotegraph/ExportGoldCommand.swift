import ArgumentParser
import Foundation
import Workbench

/// `quotegraph export-gold`: the workbench's corrections as gold files.
struct ExportGoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-gold",
        abstract: "Write the workspace's corrected articles as gold files for evaluate and score.py.",
        discussion: """
        Every article an editor has corrected in `quotegraph serve` becomes \
        <id>.txt and <id>.gold.json in the output directory, in the format of \
        shared/eval/GUIDELINES.md: the analysis with the corrections applied \
        (statements struck out left out, speakers and classes corrected, missed \
        statements added, the others as the editor let them stand).

        Examples:
          quotegraph export-gold --workspace quotegraph-workspace -o gold/
          python3 ../shared/eval/score.py --gold gold/ --check
          quotegraph evaluate --gold gold/
        """
    )

    @Option(help: ArgumentHelp("The workspace directory `quotegraph serve` used.", valueName: "dir"))
    var workspace: String

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The directory to write the gold files to (created if missing).", valueName: "dir"))
    var output: String

    func validate() throws {
        if workspace.isEmpty { throw ValidationError("--workspace is empty") }
        if output.isEmpty { throw ValidationError("the output directory name is empty") }
    }

    func run() async throws {
        let summary: GoldExporter.Summary
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
