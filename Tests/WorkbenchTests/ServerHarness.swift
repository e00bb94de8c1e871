import Foundation
import TestSupport
import Testing
@testable import Workbench
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A workbench server on a free loopback port with its own scratch
/// workspace, driven through URLSession: a real HTTP client on a real
/// socket. `stop()` cancels the server and removes the workspace.
///
///     let server = try await ServerHarness.start()
///     defer { server.stop() }
///     let (status, body, _) = try await server.post("/api/analyze?name=a.txt", body: Data(text.utf8))
final class ServerHarness: Sendable {
    let base: URL
    let workspace: URL
    let server: WorkbenchServer
    private let task: Task<Void, any Error>
    let session: URLSession

    private init(base: URL, workspace: URL, server: WorkbenchServer, task: Task<Void, any Error>) {
        self.base = base
        self.workspace = workspace
        self.server = server
        self.task = task
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 120
        configuration.httpMaximumConnectionsPerHost = 32
        session = URLSession(configuration: configuration)
    }

    static let samples = TestSupport.samples
    static let seed = samples.appendingPathComponent("asharq-moscow-idlib.txt")

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("quotegraph-workbench-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func start(maximumBodySize: Int = 8 << 20, concurrentAnalyses: Int = 2,
                      waitingAnalyses: Int = 256) async throws -> ServerHarness {
        let root = try scratch()
        let workspace = root.appendingPathComponent("ws", isDirectory: true)
        let configuration = WorkbenchConfiguration(host: "127.0.0.1", port: 0, workspace: workspace,
                                                   maximumBodySize: maximumBodySize,
                                                   concurrentAnalyses: concurrentAnalyses,
                                                   waitingAnalyses: waitingAnalyses)
        let server = try WorkbenchServer(configuration: configuration)
        let (stream, continuation) = AsyncStream<URL>.makeStream()
        let task = Task {
            try await server.run(handleSignals: false) { url in continuation.yield(url) }
        }
        var base: URL?
        for await url in stream {
            base = url
            break
        }
        guard let base else { throw CocoaError(.featureUnsupported) }
        return ServerHarness(base: base, workspace: workspace, server: server, task: task)
    }

    /// Shuts the server down gracefully (as SIGTERM does: requests in
    /// flight finish), cancelling it only if it has not stopped within 30
    /// seconds, then removes the workspace. Does not wait: a `defer` cannot.
    func stop() {
        let (server, task, root) = (self.server, self.task, workspace.deletingLastPathComponent())
        Task {
            await server.shutdown()
            let watchdog = Task {
                try await Task.sleep(for: .seconds(30))
                task.cancel()
            }
            _ = await task.result
            watchdog.cancel()
            try? FileManager.default.removeItem(at: root)
        }
    }

    struct Reply {
        var status: Int
        var body: Data
        var headers: [String: String]
        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        }
    }

    func request(_ method: String, _ path: String, body: Data? = nil, type: String? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        request.httpBody = body
        if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers["\(k)"] = "\(v)" }
        return Reply(status: http.statusCode, body: data, headers: headers)
    }

    func get(_ path: String) async throws -> Reply { try await request("GET", path) }

    func post(_ path: String, body: Data, type: String = "text/plain; charset=utf-8") async throws -> Reply {
        try await request("POST", path, body: body, type: type)
    }

    func postJSON(_ path: String, _ object: [String: Any]) async throws -> Reply {
        try await request("POST", path, body: try JSONSerialization.data(withJSONObject: object), type: "application/json")
    }

    /// A multipart/form-data body as a browser sends the analyse form.
    static func multipart(fields: [String: String] = [:], files: [(name: String, data: Data)] = [])
        -> (body: Data, type: String) {
        let boundary = "----quotegraph\(UUID().uuidString)"
        var body = Data()
        for (k, v) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        for f in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(f.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += f.data
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    /// Stores the seed article through the API and returns its id.
    func storeSeed() async throws -> String {
        let reply = try await post("/api/articles?name=asharq-moscow-idlib.txt", body: try Data(contentsOf: Self.seed))
        #expect(reply.status == 201)
        let articles = try #require(try reply.json()["articles"] as? [[String: Any]])
        return try #require(articles.first?["id"] as? String)
    }
}
