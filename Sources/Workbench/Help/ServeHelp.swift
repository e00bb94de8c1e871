/// The help of `quotegraph serve` (`quotegraph serve --help`): what
/// the command does, in the words of the user's manual, kept with the
/// code it describes.
///
///     print("serve: \(ServeHelp.abstract)")
public enum ServeHelp {
    public static let abstract = "Serve the newsroom workbench: analyse, audit, graph, compare and correct in a browser."

    public static let discussion = """
    Pages (right-to-left Arabic, readable with JavaScript off): analyse a pasted \
    text or uploaded files (.txt, .html, .jsonl, .jsonl.gz), each article with \
    its statements marked in place; the audit of anonymous sources; the quote \
    graph, whose nodes list what each speaker said; and articles compared side \
    by side. Editors correct statements (wrong speaker, wrong class, not a \
    statement, or a missed one); articles and corrections are kept in the \
    workspace's SQLite database, and `quotegraph export-gold` writes them as gold \
    files. The JSON API is under /api/ (docs/openapi.yaml).

    It listens on loopback unless --host says otherwise, and writes nothing \
    outside the workspace. Stop it with Ctrl-C (SIGINT) or SIGTERM.

    Examples:
      quotegraph serve
      quotegraph serve --port 9000 --workspace ~/newsroom
    """
}
