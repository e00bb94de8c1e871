/// Colon speech: a cue inside another speaker's words after a colon with
/// no quotation marks is reported by that speaker, and its own speaker
/// does not take over the pro-drop verbs that follow.
///
///     وأضاف: أستطيع الحديث بالنيابة عن بول … لقد أقر بول بأنه لم يلعب جيدا …
///     وأوضح أنه: لا يتعين علي …        → مورينيو (who said «وأضاف»), not بول
///
/// Where the speech ends is `AnalysisText.inUnquotedColonSpeech` (the
/// paragraph); `ContentFinder` nests the cue in it.
extension SpeakerResolver {
    /// Whether the cue lies in the unquoted colon speech of an earlier
    /// statement of another speaker.
    func insideOthersColonSpeech(_ cue: CueMatch, speaker id: String) -> Bool {
        let paragraph = text.tokens[cue.first].paragraph
        let sentence = text.tokens[cue.first].sentence
        for s in statements.reversed() {
            // (The speech reaches two sentences on at most: no need to look
            // further back, however long the paragraph.)
            guard s.sentence >= sentence - AnalysisText.colonSpeechReach else { return false }
            let k = tokenIndex(atOffset: s.cue.start)
            guard k < text.tokens.count, text.tokens[k].paragraph == paragraph else { return false }
            if s.cue.kind != .headline, s.speaker.entity != id,
               text.inUnquotedColonSpeech(cue: cue.first, contentStart: tokenIndex(atOffset: s.content.start)) {
                return true
            }
        }
        return false
    }
}
