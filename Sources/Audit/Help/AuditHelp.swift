/// The help of `quotegraph audit` (`quotegraph audit --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("audit: \(AuditHelp.abstract)")
public enum AuditHelp {
    public static let abstract = "Audit anonymous and vague sources, per article or per outlet."

    public static let discussion = """
    For each article (or outlet): statements and speakers, the share of \
    statements by anonymity class (named, role, anonymous, vague), how many \
    quotations come from anonymous or vague speakers, whether the headline and \
    the lead rest on one, and whether each anonymous source is given a reason \
    for anonymity («لأنه غير مخول بالحديث لوسائل الإعلام») or a basis of \
    knowledge («مطلع على المحادثات»). Every anonymous or vague statement is \
    listed for review with its sentence and what it lacks.

    The anonymous share of an article is (statements by anonymous or vague \
    speakers) / (all statements, refusals such as «لم يعلق» not counted).

    Examples:
      quotegraph audit Samples/asharq-moscow-idlib.txt
      quotegraph audit ../shared/corpus/bench/articles.jsonl.gz --by outlet
      quotegraph audit Samples/ --format html -o out/audit.html
      quotegraph audit feed.jsonl --format csv -o audit.csv --fail-above 0.5

    Exit status: 0 done; 1 an input or output failure; 2 --fail-above: some \
    article's anonymous share is above the ratio (the report is still written); \
    64 a usage error.
    """
}
