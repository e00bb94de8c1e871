/// What a stretch of an article is: the article's own text, or site
/// residue around it.
public enum SegmentKind: Sendable, Hashable {
    case body
    /// Related-story titles, «اقرأ أيضاً» lists, teasers of other stories:
    /// they report nothing of this article. The guidelines make reporting
    /// residue optional and say a good analyser reports nothing in it; a
    /// related title of the «Speaker: claim» form stays required, so only
    /// that headline cue survives in residue (see `Analyzer`).
    case residue
}

/// Finds the residue paragraphs (lines) of an article.
///
/// - **Lists under a marker.** A line that is, or opens with, a marker of
///   the lexicon (`words.tsv`, category `residue`: «اقرأ أيضاً»، «مواضيع
///   ذات صلة» …) is residue, and so is every title-like line after it
///   (at most `titleWords` words, not ending a sentence with «.» «!» «؟»),
///   until the first line that is not one.
/// - **Teasers at the end.** Sites append the leads of other stories, cut
///   off at a fixed length («… أعلن إصرار الحكومة على ملاحقة»). When the
///   last line is cut off (a word, no closing mark, at least `cutLength`
///   scalars), it is residue with the lines before it that open as a new
///   story does, with no conjunction (و، ف), particle or list mark: a
///   teaser is the lead of another article, and the article's own
///   paragraphs are chained to one another by و/ف. Only a block of at
///   least `teasers` lines after the lead and a body chained by و/ف
///   counts (not an opinion column, whose paragraphs open bare).
struct Residue {
    let text: AnalysisText
    let lexicon: Lexicon

    /// Longest line, in words, still read as a listed title.
    static let titleWords = 24
    /// Shortest cut-off last line, in scalars, read as a teaser.
    static let cutLength = 150
    /// Fewest lines of a block of teasers.
    static let teasers = 3

    /// The kind of each paragraph, by `Token.paragraph`.
    func paragraphKinds() -> [SegmentKind] {
        let lines = self.lines()
        var kinds = [SegmentKind](repeating: .body, count: lines.count)
        guard lines.count > 1 else { return kinds }
        var inList = false
        for (p, line) in lines.enumerated() {
            guard let line else { inList = false; continue }
            if isMarker(line) {
                kinds[p] = .residue
                inList = true
            } else if inList, isTitle(line) {
                kinds[p] = .residue
            } else {
                inList = false
            }
        }
        if let last = lines.indices.last(where: { lines[$0] != nil }), let line = lines[last], isCutOff(line) {
            var first = last
            while first > 1, let line = lines[first], opensNewStory(line) { first -= 1 }
            // `first` is the last paragraph of the article's own: the lead
            // (1) or later. The block needs three teasers after a lead and
            // body paragraphs chained as news copy.
            if first > 1, last - first >= Self.teasers, chained(lines, before: first + 1) {
                for p in (first + 1)...last { kinds[p] = .residue }
            }
        }
        return kinds
    }

    /// The token range of each paragraph (nil for none: a blank line
    /// numbers no paragraph, so every index has tokens; nil is defensive).
    private func lines() -> [Range<Int>?] {
        guard let lastToken = text.tokens.last else { return [] }
        var lines = [Range<Int>?](repeating: nil, count: lastToken.paragraph + 1)
        var start = 0
        for i in text.tokens.indices where i + 1 == text.tokens.count || text.tokens[i + 1].paragraph != text.tokens[i].paragraph {
            lines[text.tokens[i].paragraph] = start..<(i + 1)
            start = i + 1
        }
        return lines
    }

    /// «اقرأ أيضاً:»، «اقرأ أيضا: عنوان …»، «مقالات أخرى للكاتبعنوان»
    /// (a title glued on): the line opens with a marker.
    private func isMarker(_ line: Range<Int>) -> Bool {
        guard text.tokens[line.lowerBound].isWord, lexicon.residueOpeners.contains(text.tokens[line.lowerBound].norm) else {
            return false
        }
        let words = line.filter { text.tokens[$0].isWord }
        var key = ""
        for (n, k) in words.prefix(4).enumerated() {
            key += (n == 0 ? "" : " ") + text.tokens[k].norm
            if lexicon.words[key] == .residue { return true }
        }
        return false
    }

    /// A listed title: short, and no sentence ends in it.
    private func isTitle(_ line: Range<Int>) -> Bool {
        let words = line.filter { text.tokens[$0].isWord }.count
        return words > 0 && words <= Self.titleWords && !line.contains { text.isMark($0, in: .sentenceEnd) }
    }

    /// The line ends on a word, with no closing mark, and is long enough
    /// to have been cut at a fixed length.
    private func isCutOff(_ line: Range<Int>) -> Bool {
        let last = text.tokens[line.upperBound - 1]
        return last.isWord && last.end - text.tokens[line.lowerBound].start >= Self.cutLength
    }

    /// The first word carries no و/ف, is no particle or word of
    /// continuation (كما، يذكر، أما، هذا) and no number, and no list mark
    /// comes first.
    private func opensNewStory(_ line: Range<Int>) -> Bool {
        let first = text.tokens[line.lowerBound]
        // «4- قد يغلق الزوج هاتفه …»: an item of a numbered list.
        guard first.isWord, !(first.norm.first?.isNumber ?? false), !opensWithConjunction(first) else { return false }
        return ![.particle, .continuation, .demonstrative].contains(lexicon.category(first.norm))
    }

    /// «وقال»، «فإن»، «والرئيس»: و or ف before a word; not «في», nor a
    /// word whose own first letter it is (وزير، واشنطن، فرنسا).
    private func opensWithConjunction(_ t: Token) -> Bool {
        guard t.isWord, t.norm.hasKeyPrefix("و") || t.norm.hasKeyPrefix("ف"), t.norm.keyLength > 2 else { return false }
        return lexicon.speakerWords[t.norm] == nil && lexicon.places[t.norm] == nil && lexicon.givenNames[t.norm] == nil
    }

    /// Whether the article's own paragraphs (after the lead, before the
    /// teasers) are chained by و/ف, as news copy is: at least half open
    /// with one. An opinion column's paragraphs seldom do, and its last
    /// paragraphs would read as teasers.
    private func chained(_ lines: [Range<Int>?], before end: Int) -> Bool {
        let body = lines[min(2, end)..<end].compactMap { $0 }
        let joined = body.filter { opensWithConjunction(text.tokens[$0.lowerBound]) }
        return !body.isEmpty && joined.count * 2 >= body.count
    }
}
