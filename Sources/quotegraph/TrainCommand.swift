import ArgumentParser
import Attribution
import Evaluation
import Foundation

/// `quotegraph train`: learns the speaker ranking's weights from gold
/// files and writes them as a TSV (`RankerWeights`).
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Learn the speaker ranking's weights from gold files.",
        discussion: """
        Reads every <id>.txt with its <id>.gold.json in the directories given, \
        trains the linear speaker ranking (an a softmax ranking with an L2 penalty, deterministic) \
        and writes its weights. The bundled weights live in \
        Sources/Attribution/Resources/Models/speaker-ranker.tsv; judge a model by \
        `quotegraph evaluate --cross-validate K`, never by its score on the data \
        it was trained on.

          quotegraph train ../shared/corpus/dev ../shared/corpus/dev-ant -o speaker-ranker.tsv
        """
    )

    @Argument(help: ArgumentHelp("Directories of <id>.txt and <id>.gold.json files.", valueName: "GOLD_DIR"))
    var directories: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the weights (TSV).", valueName: "FILE"))
    var output: String

    @Option(name: .long, help: "The L2 penalty of the fit (0 to 1000); larger keeps the rules' choices more often.")
    var l2 = 1.0

    func validate() throws {
        guard l2.isFinite, (0...1000).contains(l2) else { throw ValidationError("--l2 takes a number from 0 to 1000") }
        guard !directories.isEmpty else { throw ValidationError("give at least one GOLD_DIR") }
    }

    func run() throws {
        let documents = try GoldDirectories.load(directories)
        let notes = [
            "Speaker ranking weights (softmax ranking, L2 \(l2)), see SpeakerRanker and CandidateFeatures.",
            "Trained by `quotegraph train \(directories.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " ")) --l2 \(l2)`"
                + " on \(documents.count) articles, \(documents.reduce(0) { $0 + $1.attributions.count }) gold attributions.",
        ]
        let training = RankerTraining(l2: l2)
        let trainer = training.pooled(training.examples(documents))
        let weights = trainer.fit(l2: l2, notes: notes)
        try Data(weights.tsv().utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        Diagnostics.note("\(trainer.labelled) statements with gold: \(trainer.reachable) with a right candidate, \(trainer.ruleRight) where the rules' choice is right")
        Diagnostics.note("wrote \(output) (\(weights.values.count) features from \(documents.count) articles)")
    }
}

/// Gold documents from several directories, each one's problems reported
/// as warnings; no documents at all is an error.
enum GoldDirectories {
    static func load(_ directories: [String]) throws -> [GoldDocument] {
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
