import Foundation
import QuoteGraphCore

extension WorkbenchConfiguration {
    /// The configuration `quotegraph serve` asks for, checked: each value
    /// out of range is a `RunError` with the one-line message the command
    /// line shows. `maxBody` is in megabytes; `analyses` nil means one per
    /// core.
    ///
    ///     let configuration = try WorkbenchConfiguration(host: "127.0.0.1", port: 0, workspace: "ws",
    ///                                                    maxBody: 8, analyses: nil)
    public init(host: String, port: Int, workspace: String, maxBody: Int, analyses: Int?) throws(RunError) {
        guard (0...65535).contains(port) else { throw RunError("--port must be from 0 to 65535, not \(port)") }
        guard host.isEmpty == false else { throw RunError("--host is empty") }
        guard workspace.isEmpty == false else { throw RunError("--workspace is empty") }
        guard (1...1024).contains(maxBody) else { throw RunError("--max-body must be from 1 to 1024 (MB), not \(maxBody)") }
        if let analyses, analyses < 1 { throw RunError("--analyses must be at least 1, not \(analyses)") }
        self.init(host: host, port: port, workspace: URL(fileURLWithPath: workspace, isDirectory: true),
                  maximumBodySize: maxBody << 20)
        if let analyses { concurrentAnalyses = analyses }
    }
}
