import ArgumentParser
import Workbench

/// `quotegraph serve`: the newsroom workbench in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: ServeHelp.abstract,
        discussion: ServeHelp.discussion
    )

    @Option(help: ArgumentHelp("The address to listen on (loopback by default).", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("The workspace directory: articles and corrections (created if missing).",
                               valueName: "dir"))
    var workspace = "quotegraph-workspace"

    @Option(name: .customLong("max-body"),
            help: ArgumentHelp("The largest request body accepted, in megabytes.", valueName: "mb"))
    var maxBody = 8

    @Option(name: .customLong("analyses"),
            help: ArgumentHelp("Analyses run at once (default: the number of cores).", valueName: "n"))
    var analyses: Int?

    func validate() throws {
        _ = try configuration()
    }

    func run() async throws {
        try await WorkbenchServer.serve(try configuration(), workspaceName: workspace)
    }

    private func configuration() throws -> WorkbenchConfiguration {
        try usage { try WorkbenchConfiguration(host: host, port: port, workspace: workspace, maxBody: maxBody, analyses: analyses) }
    }
}
