import Attribution
import Foundation
import QuoteGraphCore

/// `--speaker-ranking off|bundled|FILE`: which weights the learned speaker
/// ranking uses (`SpeakerRanker`).
///
///     let weights = try SpeakerRankingChoice.weights("bundled")
///     let analyzer = Analyzer(ranking: weights)
///
/// Off by default: on dev and dev-ant together its cross-validated gain is
/// a tenth of a point of attribution F1, for about a third more analysis
/// time (README, "Speaker ranking").
public enum SpeakerRankingChoice {
    /// The weights `spec` names. A missing or unreadable weights file is a
    /// `RunError` whose message names the option (the command line turns
    /// it into a usage error); the bundled file's own errors are rethrown.
    public static func weights(_ spec: String) throws -> RankerWeights {
        switch spec {
        case "off": return RankerWeights()
        case "bundled":
            return try RankerWeights(contentsOf: RankerWeights.bundledURL())
        default:
            guard FileManager.default.isReadableFile(atPath: spec) else {
                throw RunError("--speaker-ranking: \(spec): no such weights file (give off, bundled or a file from `quotegraph train`)")
            }
            do { return try RankerWeights(contentsOf: URL(fileURLWithPath: spec)) } catch {
                throw RunError("--speaker-ranking: \(error)")
            }
        }
    }
}
