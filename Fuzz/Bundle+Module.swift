import Foundation

/// SwiftPM generates `Bundle.module` for a target with resources; the fuzz
/// build compiles the sources itself, so it supplies one. The lexicon is
/// then found through `QUOTEGRAPH_RESOURCES` (a directory holding
/// `Lexicon/`), or else in the source tree, where
/// `Lexicon.bundledDirectory()` looks when the bundle has none.
extension Bundle {
    static let module: Bundle = {
        if let path = ProcessInfo.processInfo.environment["QUOTEGRAPH_RESOURCES"], let bundle = Bundle(path: path) {
            return bundle
        }
        return Bundle.main
    }()
}
