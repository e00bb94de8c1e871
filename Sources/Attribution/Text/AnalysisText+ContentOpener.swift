extension AnalysisText {
    /// Does token `j` open what was said: a complementiser (أن، إن، بأن),
    /// a colon, or a speech quotation mark?
    ///
    ///     // «وقال الوزير إن …»: true at «إن»; «… الوزير: "…"»: true at «:»
    ///
    /// The one test for where content starts, for the statement builder
    /// and `NameAfterRole` alike.
    func opensContent(_ j: Int, lexicon: Lexicon) -> Bool {
        lexicon.isComplementiser(tokens[j].norm) || isMark(j, ":") || speechQuote(openingAt: j) != nil
    }
}
