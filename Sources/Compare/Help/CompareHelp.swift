/// The help of `quotegraph compare` (`quotegraph compare --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("compare: \(CompareHelp.abstract)")
public enum CompareHelp {
    public static let abstract = "Compare how articles or outlets source the same story."

    public static let discussion = """
    Puts articles (or, with --by outlet, outlets) side by side: the speakers \
    they share and those only one quotes, an overlap matrix (Jaccard of the \
    named and role speakers), each side's anonymity profile, and the same \
    statement attributed differently: a claim whose wording matches across \
    articles but whose speaker differs, such as «مقتل ما لا يقل عن 80 مسلحا» \
    given to the ministry's named spokesman in one paper and to «مسؤول عسكري \
    روسي، فضّل عدم ذكر اسمه» in another.

    Speakers are matched across articles however they are written: hamza and \
    transliteration variants («إيغر كوناشينكوف», «إيغور كوناشنكوف»), with or \
    without a title, surname against full name when only one person has that \
    surname, the same role at the same institution. Anonymous sources are \
    never merged across articles.

    With --same-story the inputs are a corpus: articles about the same event \
    from different outlets (shared rare wording, the same named people, dates \
    within two days when known) are grouped, and each group is compared.

    Examples:
      quotegraph compare Samples/
      quotegraph compare Samples/ --format svg -o out/compare.svg
      quotegraph compare feed.jsonl --by outlet --format markdown
      quotegraph compare corpus.jsonl.gz --same-story --format json -o stories.json
    """
}
