import Foundation

/// How `quotegraph serve` runs: where it listens, where its workspace is,
/// and its limits.
///
///     WorkbenchConfiguration(host: "127.0.0.1", port: 8080,
///                            workspace: URL(fileURLWithPath: "quotegraph-workspace"))
public struct WorkbenchConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (tests); the server reports the one it got.
    public var port: Int
    public var workspace: URL
    /// Largest request body accepted, in bytes; larger ones get 413.
    public var maximumBodySize: Int
    /// Analyses run at once; further requests wait their turn.
    public var concurrentAnalyses: Int
    /// Requests waiting for an analysis slot; beyond, 503 and Retry-After.
    public var waitingAnalyses: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, workspace: URL,
                maximumBodySize: Int = 8 << 20,
                concurrentAnalyses: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
                waitingAnalyses: Int = 256) {
        self.host = host
        self.port = port
        self.workspace = workspace
        self.maximumBodySize = maximumBodySize
        self.concurrentAnalyses = concurrentAnalyses
        self.waitingAnalyses = waitingAnalyses
    }
}
