/// The help of `quotegraph analyze` (`quotegraph analyze --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("analyze: \(AnalyzeHelp.abstract)")
public enum AnalyzeHelp {
    public static let abstract = "Find the statements in Arabic articles and who made them."

    public static let discussion = """
    Each reporting cue becomes a statement with its speaker and content. \
    In «وقال مصدر من موسكو لـ«الشرق الأوسط» إن «العملية التركية جزء من \
    ترتيبات …»» the cue is «وقال», the speaker «مصدر من موسكو» (anonymous), \
    the recipient «الشرق الأوسط», and the content direct (in quotation marks). \
    In «وأضاف أن القوات …» the speaker is carried over from the last one.

    Examples:
      quotegraph analyze Samples/asharq-moscow-idlib.txt --format table
      quotegraph analyze Samples/ --format json -o out/samples.json
      quotegraph analyze bench.jsonl.gz --format jsonl -o out/bench.jsonl
      quotegraph analyze bench.jsonl.gz --format jsonl --jobs 1 > out/bench.jsonl
      echo 'وقال الكرملين إن …' | quotegraph analyze - --format table

    `quotegraph analyse` (British spelling) is the same command. In the \
    table, QUOTEGRAPH_ISOLATES=0 leaves out the Unicode isolates around \
    Arabic (for terminals that draw them as boxes); content is cut to \
    the terminal's width (COLUMNS) only when writing to a terminal.

    Offsets (cue.start, cue.end …) count Unicode scalars of the text as \
    read, end exclusive: Python's text[start:end] gives the cue back.

    A corpus streams: documents are read, analysed on every core (--jobs) \
    and written in input order, in bounded memory. A line that is not JSON, \
    lacks "text" or is over --max-document-size is reported by file and line \
    and skipped; the run goes on and counts them. A progress line shows on \
    standard error when it is a terminal.
    """
}
