import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

/// `quotegraph serve`: the workbench's pages and API on Hummingbird 2.
///
/// It listens on loopback unless told otherwise, says where once it
/// listens, and stops cleanly on SIGINT or SIGTERM (requests in flight
/// finish first). Tests run it on port 0 and stop it with `shutdown()`,
/// the same graceful shutdown.
///
///     let server = try WorkbenchServer(configuration: .init(workspace: URL(fileURLWithPath: "ws")))
///     try await server.run { url in print("listening on \(url)") }
public struct WorkbenchServer: Sendable {
    public let bench: Workbench
    private let running = Running()

    /// The service group while the server runs, for `shutdown()`.
    private final class Running: Sendable {
        let group = Mutex<ServiceGroup?>(nil)
    }

    /// Stops a running server as SIGTERM does: it stops accepting, lets the
    /// requests in flight finish, and `run` returns.
    public func shutdown() async {
        let group = running.group.withLock { $0 }
        await group?.triggerGracefulShutdown()
    }

    public init(configuration: WorkbenchConfiguration) throws(WorkspaceError) {
        bench = try Workbench(configuration: configuration)
    }

    /// The router with every page and API route.
    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Before the routes, so that it wraps each of them and the 404s.
        let host = bench.configuration.host.lowercased()
        router.add(middleware: SecurityHeaders(loopbackOnly: host == "127.0.0.1" || host == "localhost" || host == "::1"))
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
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: app)],
            gracefulShutdownSignals: handleSignals ? [UnixSignal.sigterm, .sigint] : [],
            logger: logger))
        running.group.withLock { $0 = group }
        try await group.run()
    }
}
