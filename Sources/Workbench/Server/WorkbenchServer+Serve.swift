import Foundation
import QuoteGraphCore

extension WorkbenchServer {
    /// `quotegraph serve`: starts the server, says where it listens on
    /// standard output (naming the workspace as the user gave it), runs
    /// until SIGINT or SIGTERM and notes that it stopped. A workspace that
    /// cannot be opened, or an address that cannot be bound, is a
    /// `RunError`.
    ///
    ///     try await WorkbenchServer.serve(WorkbenchConfiguration(workspace: url), workspaceName: "ws")
    ///     // quotegraph serve: listening on http://127.0.0.1:8080/ (workspace: ws); Ctrl-C stops
    public static func serve(_ configuration: WorkbenchConfiguration, workspaceName: String) async throws {
        let server: WorkbenchServer
        do {
            server = try WorkbenchServer(configuration: configuration)
        } catch {
            throw RunError(error.description)
        }
        do {
            try await server.run { url in
                let line = "quotegraph serve: listening on \(url.absoluteString) (workspace: \(workspaceName)); Ctrl-C stops\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            throw RunError("cannot serve on \(configuration.host):\(configuration.port): \(error)")
        }
        Diagnostics.note("serve: stopped")
    }
}
