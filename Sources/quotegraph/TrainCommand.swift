import ArgumentParser
import Evaluation

/// `quotegraph train`: learns the speaker ranking's weights from gold
/// files and writes them as a TSV (`RankerWeights`).
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: TrainHelp.abstract,
        discussion: TrainHelp.discussion
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
        try RankerTraining.train(directories: directories, l2: l2, output: output)
    }
}
