import ArgumentParser
import Foundation
import Workbench

/// `quotegraph serve`: the newsroom workbench in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the newsroom workbench: analyse, audit, graph, compare and correct in a browser.",
        discussion: """
        Pages (right-to-left Arabic, readable with JavaScript off): analyse a pasted \
        text or uploaded files (.txt, .html, .jsonl, .jsonl.gz), each article with \
        its statements marked in place; the audit of anonymous sources; the quote \
        graph, whose nodes list what each speaker said; and articles compared side \
        by side. Editors correct statements (wrong speaker, wrong class, not a \
        statement, or a missed one); articles and corrections are kept in the \
        workspace's SQLite database, and `quotegraph export-gold` writes them as gold \
        files. The JSON API is under /api/ (docs/openapi.yaml).

        It listens on loopback unless --host says otherwise, and writes nothing \
        outside the workspace. Stop it with Ctrl-C (SIGINT) or SIGTERM.

        Examples:
          quotegraph serve
          quotegraph serve --port 9000 --workspace ~/newsroom
        """
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
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
        guard host.isEmpty == false else { throw ValidationError("--host is empty") }
        guard workspace.isEmpty == false else { throw ValidationError("--workspace is empty") }
        guard (1...1024).contains(maxBody) else { throw ValidationError("--max-body must be from 1 to 1024 (MB), not \(maxBody)") }
        if let analyses, analyses < 1 { throw ValidationError("--analyses must be at least 1, not \(analyses)") }
    }

    func run() async throws {
        var configuration = WorkbenchConfiguration(host: host, port: port,
                                                   workspace: URL(fileURLWithPath: workspace, isDirectory: true),
                                                   maximumBodySize: maxBody << 20)
        if let analyses { configuration.concurrentAnalyses = analyses }
        let server: WorkbenchServer
        do {
            server = try WorkbenchServer(configuration: configuration)
        } catch {
            throw RunError(error.description)
        }
        let workspace = self.workspace
        do {
            try await server.run { url in
                let line = "quotegraph serve: listening on \(url.absoluteString) (workspace: \(workspace)); Ctrl-C stops\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            throw RunError("cannot serve on \(host):\(port): \(error)")
        }
        Diagnostics.note("serve: stopped")
    }
}
