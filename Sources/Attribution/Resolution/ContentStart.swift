/// Where a statement's content opens: after a complementiser or a colon,
/// past frame phrases («وقال "عسيري" في حديث تلفزيوني مع قناة …: "…"»).
extension SpeakerResolver {
    /// Token index → content start offset: after a complementiser or colon.
    /// Frame phrases may come first («وقال "عسيري" في حديث تلفزيوني مع
    /// قناة …: "…"»): the content opens at the first complementiser, colon
    /// or speech quotation within a few words.
    func contentStart(after k: Int) -> Int {
        var k = k
        if k < text.tokens.count, !opensContent(k), opensFramePhrase(k) {
            var j = k + 1
            while j < min(k + 15, text.tokens.count), text.tokens[j].sentence == text.tokens[k].sentence {
                if opensContent(j) { k = j; break }
                // (`MarkSet`: the scalar compared, not Foundation's `contains`.)
                if text.isMark(j, in: .frameStop) { break }
                j += 1
            }
        }
        // «أشار إلى أن …»: the verb's preposition before the complementiser
        // is skipped; after a complementiser or colon a preposition is the
        // content's own («قال إن على الحكومة …»، «وقال: على مدار …»).
        var opened = false
        while k < text.tokens.count {
            if facts[k].isComplementiser || text.isMark(k, ":") {
                opened = true
            } else if opened || !facts[k].roles.contains(.contentPreposition) {
                break
            }
            k += 1
        }
        return k < text.tokens.count ? text.tokens[k].start : text.scalars.count
    }

    /// «في حديث …»، «خلال المؤتمر»، «، أمس،»: words that stand between a
    /// speaker and what they said.
    func opensFramePhrase(_ j: Int) -> Bool {
        let t = text.tokens[j]
        return lexicon.category(t.norm) == .frameNoun || lexicon.category(t.norm) == .time
            || text.isMark(j, "،") || text.isMark(j, ",") || parser.recipientPhrase(at: j) != nil
    }
}
