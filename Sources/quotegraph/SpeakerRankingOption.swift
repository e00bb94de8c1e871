import ArgumentParser
import Attribution
import Foundation

/// `--speaker-ranking off|bundled|FILE`: which weights the learned speaker
/// ranking uses (`SpeakerRanker`).
///
///     quotegraph analyze Samples/ --speaker-ranking bundled
///     quotegraph evaluate --gold ../shared/corpus/dev-ant --speaker-ranking my-weights.tsv
///
/// Off by default: on dev and dev-ant together its cross-validated gain is
/// a tenth of a point of attribution F1, for about a third more analysis
/// time (README, "Speaker ranking").
enum SpeakerRankingOption {
    static func weights(_ spec: String) throws -> RankerWeights {
        switch spec {
        case "off": return RankerWeights()
        case "bundled":
            return try RankerWeights(contentsOf: RankerWeights.bundledURL())
        default:
            guard FileManager.default.isReadableFile(atPath: spec) else {
                throw ValidationError("--speaker-ranking: \(spec): no such weights file (give off, bundled or a file from `quotegraph train`)")
            }
            do { return try RankerWeights(contentsOf: URL(fileURLWithPath: spec)) } catch {
                throw ValidationError("--speaker-ranking: \(error)")
            }
        }
    }
}
