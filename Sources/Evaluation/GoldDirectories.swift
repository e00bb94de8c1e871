import Foundation
import QuoteGraphCore

/// Gold documents from several directories, each one's problems reported
/// as warnings; no documents at all is an error.
///
///     let documents = try GoldDirectories.load(["../shared/corpus/dev", "../shared/corpus/dev-ant"])
public enum GoldDirectories {
    public static func load(_ directories: [String]) throws -> [GoldDocument] {
        var all: [GoldDocument] = []
        for d in directories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw RunError("\(d): not a directory")
            }
            let (documents, problems) = try GoldDocument.load(directory: URL(fileURLWithPath: d))
            for problem in problems { Diagnostics.warning("gold: \(problem)") }
            guard !documents.isEmpty else { throw RunError("\(d): no <id>.gold.json files") }
            all += documents
        }
        return all
    }
}
