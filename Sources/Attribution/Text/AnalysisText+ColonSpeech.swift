/// Speech after a colon with no quotation marks: «وأضاف: أستطيع الحديث
/// بالنيابة عن بول … لقد أقر بول بأنه لم يلعب جيدا …». The speaker's own
/// words run to the end of the paragraph, so a cue there — «أقر بول» — is
/// reported inside them, and does not take over the pro-drop verbs after
/// the paragraph («وأوضح أنه: …» is the first speaker's again).
///
/// With quotation marks after the colon the quotation bounds the speech
/// (`speechQuoteAt`); without them, the paragraph does, and at most the
/// two sentences after the colon's own (some sites run a whole article
/// as one paragraph).
extension AnalysisText {
    /// How many sentences after the colon's own the speech may reach.
    static let colonSpeechReach = 2

    /// Whether a cue at token `cue` lies in the unquoted colon speech whose
    /// content starts at token `contentStart`: the token before the content
    /// is a colon, the content does not open with a quotation mark, and the
    /// cue comes after it in the same paragraph, at most two sentences on.
    func inUnquotedColonSpeech(cue: Int, contentStart: Int) -> Bool {
        guard contentStart > 0, contentStart <= cue, contentStart < tokens.count, cue < tokens.count,
              isMark(contentStart - 1, ":"), tokens[contentStart].isWord,
              tokens[contentStart].paragraph == tokens[cue].paragraph,
              tokens[cue].sentence - tokens[contentStart].sentence <= Self.colonSpeechReach else { return false }
        return true
    }
}
