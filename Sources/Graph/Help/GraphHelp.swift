/// The help of `quotegraph graph` (`quotegraph graph --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("graph: \(GraphHelp.abstract)")
public enum GraphHelp {
    public static let abstract = "Draw who is quoted, and who relays whom, as a graph."

    public static let discussion = """
    Speakers are nodes (named, role, anonymous, vague), articles cite them, \
    and a relay such as «نقلت وكالة رويترز عن مسؤول تركي قوله …» is an edge \
    from the agency to the official. The format comes from the output \
    file's extension unless --format is given.

    Examples:
      quotegraph graph Samples/ -o out/samples.svg
      quotegraph graph bench.jsonl.gz -o bench.svg --layout sfdp --top 60
      quotegraph graph Samples/ -o out/samples.gexf       (for Gephi)
      quotegraph graph Samples/ -o - --format dot | dot -Tpng > graph.png
    """
}
