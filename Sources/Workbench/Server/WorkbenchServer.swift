import Foundation
import Hummingbird
import Logging

/// `quotegraph serve`: the workbench's pages and API on Hummingbird 2.
///
/// It listens on loopback unless told otherwise, says where once it
/// listens, and stops cleanly on SIGINT or SIGTERM (requests in flight
/// finish first). Tests run it on port 0 and stop it by cancelling.
///
///     let server = try WorkbenchServer(configuration: .init(workspace: URL(fileURLWithPath: "ws")))
///     try await server.run { url in print("listening on \(url)") }
public struct WorkbenchServer: Sendable {
    public let bench: Workbench

    public init(configuration: WorkbenchConfiguration) throws(WorkspaceError) {
        bench = try Workbench(configuration: configuration)
    }

    /// The router with every page and API route.
    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Before the routes, so that it wraps each of them and the 404s.
        router.add(middleware: SecurityHeaders())
        PageRoutes(bench: bench).register(on: router)
        APIRoutes(bench: bench).register(on: router)
        return router
    }

    /// Runs until SIGINT or SIGTERM (`handleSignals`) or until the task is
    /// cancelled; `onStart` gets the address it listens on, e.g.
    /// `http://127.0.0.1:8080/`.
    public func run(handleSignals: Bool = true, onStart: @escaping @Sendable (URL) async -> Void) async throws {
        var logger = Logger(label: "quotegraph-serve")
        logger.logLevel = .warning
        let configuration = bench.configuration
        let host = configuration.host
        let app = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port),
                                                    serverName: "quotegraph"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let shown = host.contains(":") ? "[\(host)]" : host
                await onStart(URL(string: "http://\(shown):\(port)/")!)
            },
            logger: logger
        )
        try await app.runService(gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [])
    }
}
