/// The text of one article prepared for analysis: its scalars (for slicing
/// by offset), its tokens, and its quotations.
///
/// A class, immutable: every stage of the pipeline holds it (the speaker
/// finder is made afresh for each cue), and sharing one reference costs
/// less than copying five arrays each time.
public final class AnalysisText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let quotations: [Quotation]
    /// For each token, the index of the innermost speech quotation holding
    /// it (between its marks), or nil.
    public let speechQuoteAt: [Int?]
    /// For each token, the index of the quotation it opens, or nil: the
    /// speaker finder asks this for every punctuation mark it meets.
    private let quoteOpenedAt: [Int?]
    /// For each token: the scalar value of a punctuation mark that stands
    /// alone under canonical equivalence, `MarkScalar.other` for another
    /// mark, `MarkScalar.word` for a word. `isMark` reads it instead of
    /// comparing Characters.
    let marks: [UInt32]
    /// For each token, the last token of its sentence (`sentenceEnd`), so
    /// that asking costs nothing however long the sentence (a text without
    /// punctuation is one sentence).
    private let sentenceLast: [Int]

    /// The article `text`, with the analyser's `lexicon` (quotations are
    /// told from names by the words around and inside them).
    public init(_ text: String, lexicon: Lexicon) {
        var scalars: [Unicode.Scalar] = []
        let tokens = Tokenizer.tokenize(text, scalars: &scalars)
        self.tokens = tokens
        self.scalars = scalars
        // The marks and each sentence's last token, in one pass over the
        // tokens (a pass reads every token whole).
        var sentenceLast = [Int](repeating: 0, count: tokens.count)
        let marks = tokens.withUnsafeBufferPointer { tokens in
            sentenceLast.withUnsafeMutableBufferPointer { last in
                [UInt32](unsafeUninitializedCapacity: tokens.count) { out, n in
                    var sentenceStart = 0
                    for i in tokens.indices {
                        // A punctuation token is the one scalar at its start.
                        out[i] = tokens[i].kind == .word ? MarkScalar.word : MarkScalar.entry(scalars[tokens[i].start])
                        if i + 1 == tokens.count || tokens[i + 1].sentence != tokens[i].sentence {
                            for k in sentenceStart...i { last[k] = i }
                            sentenceStart = i + 1
                        }
                    }
                    n = tokens.count
                }
            }
        }
        self.marks = marks
        self.sentenceLast = sentenceLast
        let quotations = QuotationScanner.scan(tokens, lexicon: lexicon, marks: marks)
        self.quotations = quotations
        speechQuoteAt = Self.innermostSpeechQuote(quotations, tokenCount: tokens.count)
        var opened = [Int?](repeating: nil, count: tokens.count)
        for (qi, q) in quotations.enumerated() { opened[q.open] = qi }
        quoteOpenedAt = opened
    }

    /// For each token, the innermost speech quotation holding it (the one
    /// opening last), or nil. The quotations come from a stack of marks, so
    /// they nest: one pass with a stack of those open gives each token its
    /// innermost, rather than writing every token of every quotation (nested
    /// quotations that never close each run to their paragraph's end). Were
    /// they not to nest, every quotation is written in turn as before.
    static func innermostSpeechQuote(_ quotations: [Quotation], tokenCount: Int) -> [Int?] {
        var inside = [Int?](repeating: nil, count: tokenCount)
        let speech = quotations.indices.filter { quotations[$0].isSpeech && quotations[$0].close > quotations[$0].open + 1 }
        // No speech quotation with an inside: no token is in one.
        guard !speech.isEmpty else { return inside }
        var nests = zip(speech, speech.dropFirst()).allSatisfy { quotations[$0].open < quotations[$1].open }
        var stack: [Int] = []
        var next = 0
        if nests {
            sweep: for t in 0..<tokenCount {
                while let top = stack.last, quotations[top].close <= t { stack.removeLast() }
                while next < speech.count, quotations[speech[next]].open + 1 == t {
                    let q = quotations[speech[next]]
                    if let top = stack.last, quotations[top].close < q.close {
                        nests = false
                        break sweep
                    }
                    stack.append(speech[next])
                    next += 1
                }
                // Skip quotations opening before t that were never pushed (cannot happen when they nest).
                if next < speech.count, quotations[speech[next]].open + 1 < t {
                    nests = false
                    break sweep
                }
                inside[t] = stack.last
            }
        }
        if !nests {
            inside = [Int?](repeating: nil, count: tokenCount)
            for qi in speech {
                let q = quotations[qi]
                for t in (q.open + 1)..<q.close { inside[t] = qi }
            }
        }
        return inside
    }

    /// Whether the word at i is written again elsewhere in the article, as
    /// a name usually is and a common noun far less («جونسون» … «بوريس
    /// جونسون»). A scan of the article: ask it last.
    func recursElsewhere(_ i: Int) -> Bool {
        let word = tokens[i].norm
        return tokens.indices.contains { $0 != i && tokens[$0].norm.equalsKey(word) }
    }

    /// `tokens[i].isMark(mark)`, by scalar (see `MarkScalar`); `mark` must
    /// stand alone.
    @inline(__always)
    func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        let v = marks[i]
        if v == mark.value { return true }
        return v == MarkScalar.other && tokens[i].isMark(Character(mark))
    }

    /// Whether token `i` is punctuation and `set.string.contains(text)`.
    @inline(__always)
    func isMark(_ i: Int, in set: MarkSet) -> Bool {
        let v = marks[i]
        if v == MarkScalar.word { return false }
        if v == MarkScalar.other { return set.containsText(tokens[i].text) }
        return set.contains(v)
    }

    /// The original text between two offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        guard a < b else { return "" }
        // UTF-8 written straight into the string's storage: at most four
        // bytes a scalar.
        return String(unsafeUninitializedCapacity: (b - a) * 4) { buffer in
            var n = 0
            for scalar in scalars[a..<b] {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[n] = UInt8(v)
                    n += 1
                case 0x80..<0x800:
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                case 0x800..<0x10000:
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                default:
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    /// The original text of tokens `first...last`.
    public func text(_ first: Int, _ last: Int) -> String {
        guard first <= last, first >= 0, last < tokens.count else { return "" }
        return slice(tokens[first].start, tokens[last].end)
    }

    /// The speech quotation whose opening mark is token `i`, if any.
    public func speechQuote(openingAt i: Int) -> Quotation? {
        quote(openingAt: i).flatMap { $0.isSpeech ? $0 : nil }
    }

    public func quote(openingAt i: Int) -> Quotation? {
        guard quoteOpenedAt.indices.contains(i), let qi = quoteOpenedAt[i] else { return nil }
        return quotations[qi]
    }

    /// Last token index of sentence `s` starting the search at `i`.
    public func sentenceEnd(from i: Int) -> Int {
        sentenceLast[i]
    }
}

extension AnalysisText {
    /// The first token that starts at or after a scalar offset
    /// (`tokens.count` when none does), by binary search.
    ///
    ///     AnalysisText("وقال الكرملين", lexicon: .shared).tokenIndex(atOffset: 5)   // 1, «الكرملين»
    public func tokenIndex(atOffset offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
