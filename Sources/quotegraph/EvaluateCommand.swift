import ArgumentParser
import Evaluation

/// `quotegraph evaluate`: scores the analyser against your own annotated
/// articles, with the metrics of `shared/eval/score.py`.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: EvaluateHelp.abstract,
        discussion: EvaluateHelp.discussion
    )

    @Option(name: .long, help: ArgumentHelp("Directory of <id>.txt and <id>.gold.json files (repeatable).", valueName: "DIR"))
    var gold: [String] = []

    @Option(name: .customLong("cross-validate"), help: ArgumentHelp("K-fold cross-validation of the speaker ranking, by article (2 to 100).", valueName: "K"))
    var folds: Int?

    @Option(name: .customLong("train-on"), help: ArgumentHelp("Train the speaker ranking on these gold files (repeatable) …", valueName: "DIR"))
    var trainOn: [String] = []

    @Option(name: .customLong("test-on"), help: ArgumentHelp("… and score it on these (repeatable).", valueName: "DIR"))
    var testOn: [String] = []

    @Option(name: .long, help: ArgumentHelp("Analyser output to score (json or jsonl).", valueName: "FILE"))
    var pred: String?

    @Flag(name: .long, help: "List every missed, spurious and mis-attributed cue before the metrics.")
    var misses = false

    @Flag(name: .long, help: "Print the metrics as one JSON object.")
    var json = false

    @Option(name: .customLong("speaker-ranking"),
            help: ArgumentHelp("Weights for the analysis without --pred: off (default), bundled, or a file from `quotegraph train`.", valueName: "weights"))
    var speakerRanking = "off"

    var request: EvaluationRequest {
        var request = EvaluationRequest(gold: gold)
        (request.folds, request.trainOn, request.testOn, request.pred) = (folds, trainOn, testOn, pred)
        (request.misses, request.json) = (misses, json)
        return request
    }

    func validate() throws {
        _ = try InputOptions.weights(speakerRanking)
        try usage { try request.validate() }
    }

    func run() throws {
        var request = self.request
        request.ranking = try InputOptions.weights(speakerRanking)
        for line in try request.output() { print(line) }
    }
}
