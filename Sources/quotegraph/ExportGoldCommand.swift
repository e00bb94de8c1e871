import ArgumentParser
import Workbench

/// `quotegraph export-gold`: the workbench's corrections as gold files.
struct ExportGoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-gold",
        abstract: ExportGoldHelp.abstract,
        discussion: ExportGoldHelp.discussion
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
        try await GoldExporter.export(workspace: workspace, to: output)
    }
}
