/// The text of one article prepared for analysis: its scalars (for slicing
/// by offset), its tokens, and its quotations.
public struct AnalysisText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let quotations: [Quotation]
    /// For each token, the index of the innermost speech quotation holding
    /// it (between its marks), or nil.
    public let speechQuoteAt: [Int?]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokenize(text)
        quotations = QuotationScanner.scan(tokens)
        var inside = [Int?](repeating: nil, count: tokens.count)
        for (qi, q) in quotations.enumerated() where q.isSpeech && q.close > q.open + 1 {
            for t in (q.open + 1)..<q.close { inside[t] = qi }
        }
        speechQuoteAt = inside
    }

    /// The original text between two offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[a..<b])
        return String(view)
    }

    /// The original text of tokens `first...last`.
    public func text(_ first: Int, _ last: Int) -> String {
        guard first <= last, first >= 0, last < tokens.count else { return "" }
        return slice(tokens[first].start, tokens[last].end)
    }

    /// The speech quotation whose opening mark is token `i`, if any.
    public func speechQuote(openingAt i: Int) -> Quotation? {
        quotations.first { $0.open == i && $0.isSpeech }
    }

    public func quote(openingAt i: Int) -> Quotation? {
        quotations.first { $0.open == i }
    }

    /// Last token index of sentence `s` starting the search at `i`.
    public func sentenceEnd(from i: Int) -> Int {
        var j = i
        while j + 1 < tokens.count, tokens[j + 1].sentence == tokens[i].sentence { j += 1 }
        return j
    }
}
