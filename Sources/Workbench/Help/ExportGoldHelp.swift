/// The help of `quotegraph export-gold` (`quotegraph export-gold --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("export-gold: \(ExportGoldHelp.abstract)")
public enum ExportGoldHelp {
    public static let abstract = "Write the workspace's corrected articles as gold files for evaluate and score.py."

    public static let discussion = """
    Every article an editor has corrected in `quotegraph serve` becomes \
    <id>.txt and <id>.gold.json in the output directory, in the format of \
    shared/eval/GUIDELINES.md: the analysis with the corrections applied \
    (statements struck out left out, speakers and classes corrected, missed \
    statements added, the others as the editor let them stand).

    Examples:
      quotegraph export-gold --workspace quotegraph-workspace -o gold/
      python3 ../shared/eval/score.py --gold gold/ --check
      quotegraph evaluate --gold gold/
    """
}
