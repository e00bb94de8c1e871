import ArgumentParser

/// The INPUT arguments shared by `analyze` and `graph`.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Articles to read: files, directories or '-' for standard input.",
            discussion: """
            A .txt file is one article (UTF-8; line 1 the headline, line 2 blank, \
            then one paragraph per line), its id the file name without extension. \
            A directory means its .txt files, sorted by name. An .html or .htm file \
            is a saved web page: its article text is extracted. A .jsonl or \
            .jsonl.gz file is a corpus, one JSON object per line with "id" and \
            "text" (and optionally "title", "outlet", "date", "url"); a bad line \
            is reported and skipped. '-' reads one article from standard input.
            """,
            valueName: "input"))
    var inputs: [String] = []

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("no input given: name an article, a directory of .txt files, a .jsonl(.gz) corpus or '-'")
        }
    }
}
