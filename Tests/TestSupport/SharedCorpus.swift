import Foundation

/// A corpus in `../shared/corpus` beside the clone (not copied into the
/// project: research-use licence), absent outside the team's machines, so
/// the tests that read one are skipped cleanly without it.
///
///     @Suite(.enabled(if: SharedCorpus.dev.isPresent, "../shared/corpus/dev is absent"))
///     struct DevTests { … SharedCorpus.dev.url.appendingPathComponent("asharq-moscow-idlib.txt") … }
public struct SharedCorpus: Sendable {
    /// The annotated dev articles (`<id>.txt`, `<id>.gold.json`).
    public static let dev = SharedCorpus("dev", present: "asharq-moscow-idlib.gold.json")
    /// The pan-Arab annotated articles.
    public static let devAnt = SharedCorpus("dev-ant", present: "ant_AL-culture-352-20180511.gold.json")
    /// The dev articles annotated after the rules were tuned.
    public static let heldout = SharedCorpus("heldout", present: "snn_2015-08-10_1227.gold.json")
    /// The 20,000 bench articles, one gzip-compressed JSON Lines file.
    public static let bench = SharedCorpus("bench/articles.jsonl.gz")

    /// `../shared/eval/score.py`, the reference scorer.
    public static let scorer = TestSupport.shared.appendingPathComponent("eval/score.py")

    /// The corpus: a directory, or for `bench` the file.
    public let url: URL
    private let marker: URL

    /// `name` under `../shared/corpus`; it counts as present when
    /// `present` (a file inside it) is there, or the path itself.
    init(_ name: String, present file: String? = nil) {
        let url = TestSupport.shared.appendingPathComponent("corpus/\(name)")
        self.url = url
        marker = file.map { url.appendingPathComponent($0) } ?? url
    }

    public var isPresent: Bool { FileManager.default.fileExists(atPath: marker.path) }

    /// `<id>.txt` and the like inside the corpus.
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}
