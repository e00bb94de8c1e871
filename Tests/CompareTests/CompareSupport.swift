import Attribution
@testable import Compare
@testable import Corpus
import Foundation
import TestSupport

/// Digests of real inputs for the compare tests, read the way the command
/// reads them.
enum CompareSupport {
    static func digests(_ paths: [String]) throws -> [ArticleDigest] {
        let iterator = try InputReader(paths: paths).makeIterator()
        var digests: [ArticleDigest] = []
        while let item = try iterator.next() {
            if case .document(let document) = item { digests.append(ArticleDigest(analyzing: document)) }
        }
        return digests
    }

    /// The three takes on one story in `Samples/`, seed first.
    static let samples: [ArticleDigest] = {
        let names = ["asharq-moscow-idlib", "anon-sources-idlib", "named-sources-idlib"]
        return (try? digests(names.map { TestSupport.packageRoot.appendingPathComponent("Samples/\($0).txt").path })) ?? []
    }()

    static let sampleComparison = StoryComparison(samples, by: .article)

    static func dev(_ ids: [String]) throws -> [ArticleDigest] {
        try digests(ids.map { SharedCorpus.dev.url.appendingPathComponent("\($0).txt").path })
    }
}
