/// Fixes each statement's content span and form once all cues are known.
///
/// The content runs from its start (after إن/أن or the colon) to the end of
/// the sentence, or to the next cue in the same sentence («…، مضيفاً أن»
/// opens a new statement). A quotation that opens the content carries it to
/// its closing mark, across sentences if need be.
///
/// Form: `direct` when speech quotation marks open the content (possibly
/// after a complementiser: بأن «…»); `mixed` when a quoted fragment of
/// speech sits inside a paraphrase; `indirect` otherwise. Names and terms in
/// guillemets («داعش») are not speech and do not count.
///
/// Every step is linear, or near it, in the document's length (issue #17):
/// the quotations are looked up by where they open (binary search), the
/// next cue by binary search, and the statement a cue nests in is sought
/// only among the statements that can hold it, scanning back from the cue
/// and stopping where none further back can reach it. The answers are
/// those of the plain scans they replace, which remain for statements out
/// of text order.
struct ContentFinder {
    let text: AnalysisText
    let lexicon: Lexicon
    /// Indices of `text.quotations`, by the offset where each opens.
    private let quotationsByOpen: [(start: Int, index: Int)]
    /// Token indices where a speech quotation closes.
    private let speechCloses: Set<Int>

    init(text: AnalysisText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        quotationsByOpen = text.quotations.enumerated()
            .map { (start: text.tokens[$0.element.open].start, index: $0.offset) }
            .sorted { $0.start != $1.start ? $0.start < $1.start : $0.index < $1.index }
        speechCloses = Set(text.quotations.filter(\.isSpeech).map(\.close))
    }

    func complete(_ statements: [Statement]) -> [Statement] {
        nestInColonSpeech(nestInQuotations(spans(statements)))
    }

    /// True when the statements are in text order: cue starts and sentences
    /// never go back (the builder makes them so; the fast nesting relies on it).
    private func inTextOrder(_ statements: [Statement]) -> Bool {
        zip(statements, statements.dropFirst()).allSatisfy { a, b in
            a.cue.start <= b.cue.start && a.sentence <= b.sentence
        }
    }

    /// «وأضافت: أصرت والدتي أن تشرح للعميد … وذكر لها أنه سيرسل …»، «وتابعت:
    /// قلت له في شكواي …»: after a colon the rest of the sentence is the
    /// speaker's own account, so a cue there — another speaker's, or the
    /// speaker's own in the first person — is reported inside it.
    private func nestInColonSpeech(_ statements: [Statement]) -> [Statement] {
        guard inTextOrder(statements) else { return nestInColonSpeechByScan(statements) }
        // Only a statement whose content opens after a colon can hold another.
        let colon = statements.indices.filter { opensAfterColon(statements[$0]) }
        var result = statements
        var c = 0   // colon[..<c] are the candidates before statement i
        for i in statements.indices {
            while c < colon.count && colon[c] < i { c += 1 }
            let s = statements[i]
            guard s.embeddedIn == nil else { continue }
            // In text order an outer statement comes before s: scan back
            // through its sentence (sentences never go back in this order).
            var found: Int?
            var j = c - 1
            let paragraph = text.tokens[tokenIndex(at: s.cue.start)].paragraph
            while j >= 0 {
                let t = statements[colon[j]]
                // (Colon speech reaches `colonSpeechReach` sentences on at most.)
                if t.sentence < s.sentence - AnalysisText.colonSpeechReach
                    || (t.sentence < s.sentence && text.tokens[tokenIndex(at: t.cue.start)].paragraph < paragraph) { break }
                if t.id != s.id && sameColonSpeech(t, s) && t.cue.start < s.cue.start && t.content.start <= s.cue.start {
                    found = colon[j]
                    break
                }
                j -= 1
            }
            guard let outer = found.map({ statements[$0] }),
                  outer.speaker.entity != s.speaker.entity || isFirstPerson(s.cue) else { continue }
            result[i].embeddedIn = outer.id
        }
        return result
    }

    /// `nestInColonSpeech` by the plain scan, for statements out of text order.
    private func nestInColonSpeechByScan(_ statements: [Statement]) -> [Statement] {
        statements.map { s in
            guard s.embeddedIn == nil, let outer = statements.last(where: { t in
                t.id != s.id && sameColonSpeech(t, s) && t.cue.start < s.cue.start
                    && t.content.start <= s.cue.start && opensAfterColon(t)
            }), outer.speaker.entity != s.speaker.entity || isFirstPerson(s.cue) else { return s }
            var s = s
            s.embeddedIn = outer.id
            return s
        }
    }

    /// The colon speech of `t` reaches `s`: the same sentence, or, when
    /// no quotation mark bounds it, the same paragraph
    /// (`AnalysisText.inUnquotedColonSpeech`).
    private func sameColonSpeech(_ t: Statement, _ s: Statement) -> Bool {
        t.sentence == s.sentence
            || text.inUnquotedColonSpeech(cue: tokenIndex(at: s.cue.start), contentStart: tokenIndex(at: t.content.start))
    }

    private func opensAfterColon(_ s: Statement) -> Bool {
        let k = tokenIndex(at: s.content.start)
        return k > 0 && text.isMark(k - 1, ":") && s.cue.kind != .headline
    }

    private func isFirstPerson(_ cue: Cue) -> Bool {
        let k = tokenIndex(at: cue.start)
        guard k < text.tokens.count else { return false }
        return Clitics.strip(text.tokens[k].norm).contains { lexicon.verbForms[$0.stem]?.firstPerson == true }
    }

    /// A cue inside another statement's quoted words reports what the quoted
    /// speaker says someone said: «… قلت له في شكواي …».
    private func nestInQuotations(_ statements: [Statement]) -> [Statement] {
        guard inTextOrder(statements) else { return nestInQuotationsByScan(statements) }
        // Only a direct or mixed statement can hold a cue in its quoted words.
        let quoted = statements.indices.filter { statements[$0].content.form != .indirect }
        // The furthest content end among quoted[...j]: scanning back stops
        // once no statement further back reaches the cue.
        var reach: [Int] = []
        reach.reserveCapacity(quoted.count)
        for index in quoted { reach.append(max(reach.last ?? Int.min, statements[index].content.end)) }
        var result = statements
        var c = 0
        for i in statements.indices {
            while c < quoted.count && quoted[c] < i { c += 1 }
            let s = statements[i]
            guard s.embeddedIn == nil, text.speechQuoteAt[tokenIndex(at: s.cue.start)] != nil else { continue }
            var j = c - 1
            while j >= 0 && reach[j] > s.cue.start {
                let t = statements[quoted[j]]
                if t.id != s.id && t.cue.start < s.cue.start && t.content.span.contains(s.cue.start) {
                    result[i].embeddedIn = t.id
                    break
                }
                j -= 1
            }
        }
        return result
    }

    /// `nestInQuotations` by the plain scan, for statements out of text order.
    private func nestInQuotationsByScan(_ statements: [Statement]) -> [Statement] {
        statements.map { s in
            guard s.embeddedIn == nil, let outer = statements.last(where: { t in
                t.id != s.id && t.cue.start < s.cue.start && t.content.form != .indirect
                    && t.content.span.contains(s.cue.start) && text.speechQuoteAt[tokenIndex(at: s.cue.start)] != nil
            }) else { return s }
            var s = s
            s.embeddedIn = outer.id
            return s
        }
    }

    private func spans(_ statements: [Statement]) -> [Statement] {
        let cueStarts = statements.map(\.cue.start).sorted()
        return statements.map { s in
            var s = s
            let startToken = tokenIndex(at: s.content.start)
            var endOffset = sentenceEndOffset(from: startToken)
            if let nextCue = first(in: cueStarts, after: max(s.content.start, s.cue.start)), nextCue < endOffset {
                endOffset = trimmed(before: nextCue)
            }
            var form = ContentForm.indirect
            if let q = openingQuote(from: startToken, cue: s) {
                form = .direct
                endOffset = max(endOffset, text.tokens[q.close].end)
            } else if hasSpeechQuote(from: s.content.start, to: endOffset) {
                form = .mixed
            }
            if s.cue.kind == .frame, s.content.start < s.cue.start { form = formBefore(s) }
            let end = max(s.content.start, endOffset)
            s.content = Content(span: TextSpan(s.content.start, end), form: form,
                                text: preview(s.content.start, end))
            return s
        }
    }

    /// The first of the sorted `values` greater than `bound`.
    private func first(in values: [Int], after bound: Int) -> Int? {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] <= bound { lo = mid + 1 } else { hi = mid }
        }
        return lo < values.count ? values[lo] : nil
    }

    private func tokenIndex(at offset: Int) -> Int {
        text.tokenIndex(atOffset: offset)
    }

    private func sentenceEndOffset(from k: Int) -> Int {
        guard k < text.tokens.count else { return text.scalars.count }
        return text.tokens[text.sentenceEnd(from: k)].end
    }

    /// End of the content before the next cue, without a trailing comma or و.
    private func trimmed(before offset: Int) -> Int {
        var k = tokenIndex(at: offset) - 1
        while k >= 0, text.marks[k] != MarkScalar.word, !text.isMark(k, in: .closingQuotes) { k -= 1 }
        return k >= 0 ? text.tokens[k].end : offset
    }

    /// A speech quotation opening at the content's start, or right after the
    /// complementiser that opens it («بأن «…»»، «عن يقينه بأن «…»»).
    private func openingQuote(from k: Int, cue s: Statement) -> Quotation? {
        var j = k, steps = 0
        while j < text.tokens.count, steps < 4 {
            // «… بأن «الدول …»» opens with the quote; «إن تركيا «أنهت …»» does
            // not: a word of paraphrase stands before it.
            if let q = text.speechQuote(openingAt: j) {
                let previous = j > 0 ? text.tokens[j - 1] : nil
                let opens = j == k || previous.map { lexicon.isComplementiser($0.norm) || $0.isMark(":") || $0.norm.isKey("ب") } ?? true
                return opens ? q : nil
            }
            let t = text.tokens[j]
            if t.kind == .punctuation && !text.isMark(j, ":") { return nil }
            if steps > 0, !lexicon.isComplementiser(t.norm), !text.isMark(j, ":"), !t.norm.isKey("ب"), j + 1 < text.tokens.count,
               !lexicon.isComplementiser(text.tokens[j + 1].norm), text.speechQuote(openingAt: j + 1) == nil {
                return nil
            }
            j += 1
            steps += 1
        }
        return nil
    }

    /// A quoted fragment of the speaker's words inside a paraphrase: speech,
    /// or a short phrase that is not a name («إجراءات ضرورية»، أنه «عدوان»),
    /// as opposed to «داعش» or لـ«الشرق الأوسط».
    private func hasSpeechQuote(from start: Int, to end: Int) -> Bool {
        var lo = 0, hi = quotationsByOpen.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotationsByOpen[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        while lo < quotationsByOpen.count && quotationsByOpen[lo].start < end {
            let q = text.quotations[quotationsByOpen[lo].index]
            if q.isSpeech || isFragment(q) { return true }
            lo += 1
        }
        return false
    }

    private func isFragment(_ q: Quotation) -> Bool {
        guard q.open > 0, q.words >= 1 else { return false }
        let before = text.tokens[q.open - 1]
        if q.words == 1 { return lexicon.isComplementiser(before.norm) || before.isMark(":") }
        let namesSomething = before.norm.count <= 1 || lexicon.speakerWord(before.norm) != nil
            || lexicon.category(before.norm) == .nameHead || lexicon.category(before.stem) == .nameHead
        return !namesSomething
    }

    /// «…»، بحسب المتحدث: a frame after a quotation reports it directly.
    private func formBefore(_ s: Statement) -> ContentForm {
        let k = tokenIndex(at: s.cue.start)
        var j = k - 1
        while j >= 0, text.marks[j] != MarkScalar.word, !text.isMark(j, in: .closingQuotes) { j -= 1 }
        if j >= 0, text.speechQuoteAt[max(0, j - 1)] != nil || speechCloses.contains(j) {
            return .direct
        }
        return hasSpeechQuote(from: s.content.start, to: s.cue.start) ? .mixed : .indirect
    }

    /// The whole content as written, from `start` to `end` (Unicode
    /// scalars of the text): what JSON and JSON Lines give as
    /// `content.text`, and what the table cuts to the terminal's width.
    private func preview(_ start: Int, _ end: Int) -> String {
        text.slice(start, min(end, text.scalars.count))
    }
}
