/// Headline cues: «أردوغان: لا حل عسكري», a line that opens with a short
/// speaker phrase and a colon, and what is no such line (a dateline, a
/// link, a clock time, a site's boilerplate).
///
///     «ظريف: لن نتفاوض على الاتفاق النووي» → a headline cue «ظريف:»
///     «سبق- الرياض: …»                      → none (a dateline)
extension CueFinder {
    /// «أردوغان: لا حل عسكري» — a line that opens with a short speaker
    /// phrase and a colon. The cue is the phrase with its colon.
    func headlines(excluding cues: [CueMatch]) -> [CueMatch] {
        var found: [CueMatch] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            // A word after a word (most tokens) follows no «:» and no title
            // break: only a line start can make it a candidate.
            if !tokens[i].startsLine, i > 0, text.marks[i - 1] == MarkScalar.word { continue }
            guard tokens[i].startsLine || afterBoilerplate(i) || afterTitleBreak(i) else { continue }
            var j = i, words = 0
            while j < tokens.count, !text.isMark(j, ":"), words <= 6, tokens[j].paragraph == tokens[i].paragraph,
                  !text.isMark(j, in: .headlineStop) {
                if tokens[j].isWord { words += 1 }
                j += 1
            }
            guard j < tokens.count, text.isMark(j, ":"), (1...6).contains(words),
                  wordsAfter(j) >= 2, tokens[i].isWord || opensQuotedName(i), !tokens[i].norm.allSatisfy(\.isNumber),
                  lexicon.category(tokens[i].norm) != .boilerplate, !cues.contains(where: { $0.first >= i && $0.first < j }),
                  !isDateline(i..<j), !opensPath(j), !isClockTime(j) else { continue }
            found.append(CueMatch(first: i, last: j, lemma: ":", kind: .headline))
        }
        return found
    }

    /// «وبحلول الساعة 09:35 بتوقيت غرينتش»: a colon glued between two
    /// numbers is a clock time's.
    func isClockTime(_ j: Int) -> Bool {
        guard j > 0, j + 1 < text.tokens.count else { return false }
        let before = text.tokens[j - 1], after = text.tokens[j + 1]
        return before.end == text.tokens[j].start && text.tokens[j].end == after.start
            && before.text.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
            && after.text.unicodeScalars.first.map { $0.properties.numericType != nil } == true
    }

    /// «http://www.oco.org.om/Default.aspx»، «http: / / www.hrp.org.uk»: a
    /// colon with «/» after it (glued or spaced, as some sites print
    /// links) is a link's, not a speaker's (a link is one sentence now
    /// that its full stops end none, so the words after it count).
    func opensPath(_ j: Int) -> Bool {
        j + 1 < text.tokens.count && text.isMark(j + 1, "/")
    }

    /// «سبق- الرياض:»، «الرياض:»: a dateline or byline, not a speaker. A
    /// lone place on the title line is a government speaking («الإمارات:»).
    func isDateline(_ range: Range<Int>) -> Bool {
        if range.contains(where: { text.isMark($0, in: .dateline) }) { return true }
        let words = range.filter { text.tokens[$0].isWord }
        return words.count == 1 && lexicon.place(text.tokens[words[0]].norm) != nil && text.tokens[range.lowerBound].paragraph > 0
    }

    /// «"عسيري": مناوشات …»: a headline speaker in quotation marks.
    func opensQuotedName(_ i: Int) -> Bool {
        i + 1 < text.tokens.count && text.tokens[i + 1].isWord && text.quote(openingAt: i) != nil
    }

    /// «تحدث عن كريري .. جورجيوس : قوة الهلال»: a title line may hold two
    /// parts; the second starts after «..» or «…».
    ///
    /// Asked of every token of the first paragraph (the whole text, when it
    /// has no line breaks), so the marks are compared as scalars (see
    /// `MarkScalar`); the definition was `previous.kind == .punctuation &&
    /// (previous.text == "." && tokens[i - 2].text == "." || ["..", "…",
    /// "...", "|"].contains(previous.text))`. A punctuation token is one
    /// scalar, never «..» or «...».
    func afterTitleBreak(_ i: Int) -> Bool {
        guard i > 0, text.tokens[i].paragraph == 0 else { return false }
        let previous = text.marks[i - 1]
        switch previous {
        case MarkScalar.word:
            return false
        case MarkScalar.other:
            let mark = text.tokens[i - 1].text
            return mark == "." && i > 1 && text.tokens[i - 2].text == "." || ["..", "…", "...", "|"].contains(mark)
        case 0x2E: // .
            // The token before may be a word or a mark; only a mark that
            // stands alone is decided by its scalar (a word is no «.»
            // either, but that is left to `==`: this path is rare).
            guard i > 1 else { return false }
            let before = text.marks[i - 2]
            return before == 0x2E || ((before == MarkScalar.other || before == MarkScalar.word) && text.tokens[i - 2].text == ".")
        case 0x2026, 0x7C: // … |
            return true
        default:
            return false
        }
    }

    /// «رابط الخبر بصحيفة الوئام: الصندوق العقاري: …»: a site's link line
    /// repeats the headline after its own label.
    func afterBoilerplate(_ i: Int) -> Bool {
        Self.afterBoilerplate(i, in: text, lexicon: lexicon)
    }

    /// The same, for the resolver: the words after the label are the
    /// title again, and are read as a title.
    static func afterBoilerplate(_ i: Int, in text: AnalysisText, lexicon: Lexicon) -> Bool {
        guard i > 1, text.isMark(i - 1, ":") else { return false }
        var j = i - 2
        while j > 0, !text.tokens[j].startsLine { j -= 1 }
        return lexicon.category(text.tokens[j].norm) == .boilerplate
    }

    func wordsAfter(_ j: Int) -> Int {
        var n = 0, k = j + 1
        while k < text.tokens.count, text.tokens[k].sentence == text.tokens[j].sentence, n < 3 {
            if text.tokens[k].isWord { n += 1 }
            k += 1
        }
        return n
    }
}
