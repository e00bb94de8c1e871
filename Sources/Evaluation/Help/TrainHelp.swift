/// The help of `quotegraph train` (`quotegraph train --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("train: \(TrainHelp.abstract)")
public enum TrainHelp {
    public static let abstract = "Learn the speaker ranking's weights from gold files."

    public static let discussion = """
    Reads every <id>.txt with its <id>.gold.json in the directories given, \
    trains the linear speaker ranking (an a softmax ranking with an L2 penalty, deterministic) \
    and writes its weights. The bundled weights live in \
    Sources/Attribution/Resources/Models/speaker-ranker.tsv; judge a model by \
    `quotegraph evaluate --cross-validate K`, never by its score on the data \
    it was trained on.

      quotegraph train ../shared/corpus/dev ../shared/corpus/dev-ant -o speaker-ranker.tsv
    """
}
