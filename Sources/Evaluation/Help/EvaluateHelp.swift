/// The help of `quotegraph evaluate` (`quotegraph evaluate --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("evaluate: \(EvaluateHelp.abstract)")
public enum EvaluateHelp {
    public static let abstract = "Score attributions against gold files (<id>.gold.json beside <id>.txt)."

    public static let discussion = """
    Gold files follow the annotation guidelines (shared/eval/GUIDELINES.md): one \
    JSON file per article, each attribution located by an «anchor» that begins \
    with its cue. Without --pred, the articles in DIR that have gold are analysed \
    first; with --pred, a saved `quotegraph analyze --format json|jsonl` output is \
    scored instead.

      quotegraph evaluate --gold my-annotations/
      quotegraph evaluate --gold my-annotations/ --misses | grep ^speaker

    Honest figures for the learned speaker ranking: --cross-validate K trains on \
    K-1 folds of the articles (by article) and scores the fold left out, for \
    each fold; --train-on DIR --test-on DIR trains on one set and scores \
    another (domain transfer). Both print the rules alone beside the ranking.

      quotegraph evaluate --gold ../shared/corpus/dev --gold ../shared/corpus/dev-ant --cross-validate 5
      quotegraph evaluate --train-on ../shared/corpus/dev --test-on ../shared/corpus/dev-ant
    """
}
