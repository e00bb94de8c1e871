import Foundation

/// The workbench's script and stylesheet, read once from the module's
/// resources and served by exact name: no path from a request ever
/// reaches the file system.
///
///     StaticAssets.shared.asset(named: "workbench.js")?.type   // "text/javascript; charset=utf-8"
final class StaticAssets: Sendable {
    struct Asset: Sendable {
        var data: Data
        var type: String
    }

    static let shared = StaticAssets()

    private let assets: [String: Asset]

    private init() {
        var assets: [String: Asset] = [:]
        let types = ["js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"]
        let folder = Bundle.module.url(forResource: "Static", withExtension: nil)
        for name in ["workbench.js", "workbench.css"] {
            guard let url = folder?.appendingPathComponent(name), let data = try? Data(contentsOf: url) else { continue }
            assets[name] = Asset(data: data, type: types[url.pathExtension] ?? "application/octet-stream")
        }
        self.assets = assets
    }

    func asset(named name: String) -> Asset? { assets[name] }
}
