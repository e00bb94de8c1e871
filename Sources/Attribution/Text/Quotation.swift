/// A span of text between quotation marks: « », “ ”, „ “ or straight ".
///
/// Arabic news uses guillemets both for quoted speech and for names and
/// terms («داعش»، لـ«الشرق الأوسط»، عملية «غصن الزيتون»). `isSpeech`
/// tells them apart (see `QuotationScanner.classify`).
public struct Quotation: Sendable, Hashable {
    /// Token index of the opening mark.
    public var open: Int
    /// Token index of the closing mark, or of the paragraph's last token when
    /// the quotation is left unbalanced.
    public var close: Int
    public var balanced: Bool
    public var isSpeech: Bool
    /// Number of words inside.
    public var words: Int
}

/// Finds quotation spans paragraph by paragraph and classifies them.
///
/// It reads the marks as scalars (`AnalysisText.marks`, see `MarkScalar`):
/// every punctuation token of every article passes through it, and
/// looking a `Character` up in a dictionary, or `String.contains`, costs
/// normalisation data each time. Marks that do not stand alone take the
/// `Character` definitions (`openers`).
public enum QuotationScanner {
    static let openers: [Character: Character] = ["«": "»", "“": "”", "„": "“", "\"": "\"", "″": "″"]

    /// `lexicon` tells a name from speech (a complementiser before the
    /// mark, a given name or title inside it): the analyser's own.
    public static func scan(_ tokens: [Token], lexicon: Lexicon) -> [Quotation] {
        scan(tokens, lexicon: lexicon, marks: tokens.map { $0.kind == .word ? MarkScalar.word : $0.text.unicodeScalars.count == 1
                ? MarkScalar.entry($0.text.unicodeScalars.first!) : MarkScalar.other })
    }

    /// The closing mark of an opening one, as scalars: `openers`.
    @inline(__always)
    private static func closer(of v: UInt32) -> UInt32? {
        switch v {
        case 0xAB: 0xBB // « »
        case 0x201C: 0x201D // “ ”
        case 0x201E: 0x201C // „ “
        case 0x22: 0x22 // " "
        case 0x2033: 0x2033 // ″ ″
        default: nil
        }
    }

    /// `marks`: `AnalysisText.marks` of the tokens.
    static func scan(_ tokens: [Token], lexicon: Lexicon, marks: [UInt32]) -> [Quotation] {
        var result: [Quotation] = []
        // Closers as scalars; `MarkScalar.other` stands for none (a closer
        // found by the Character definition is one of those in `closer`).
        var stack: [(index: Int, closer: UInt32)] = []
        var paragraph = -1
        tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices {
                if tokens[i].paragraph != paragraph {
                    closeUnbalanced(&stack, at: i - 1, into: &result)
                    paragraph = tokens[i].paragraph
                }
                let v = marks[i]
                if v == MarkScalar.word { continue }
                if v == MarkScalar.other {
                    // A scalar that may be canonically equivalent to
                    // another: the Character definition.
                    guard let mark = tokens[i].text.first else { continue }
                    if let top = stack.last, Character(Unicode.Scalar(top.closer)!) == mark {
                        stack.removeLast()
                        result.append(Quotation(open: top.index, close: i, balanced: true, isSpeech: false, words: 0))
                    } else if let closer = openers[mark] {
                        stack.append((i, closer.unicodeScalars.first!.value))
                    }
                    continue
                }
                // «وأضاف "أضع … وإمكاناته. "إذا دافعنا …"»: a straight mark
                // that opens by its spacing (`opensByItsSpacing`) while a
                // straight quotation is open starts a new one; the one
                // before was never closed.
                if v == 0x22, let top = stack.last, top.closer == v, opensByItsSpacing(tokens, marks: marks, i) {
                    stack.removeLast()
                    if i - 1 > top.index {
                        result.append(Quotation(open: top.index, close: i - 1, balanced: false, isSpeech: false, words: 0))
                    }
                    stack.append((i, v))
                    continue
                }
                if let top = stack.last, top.closer == v {
                    stack.removeLast()
                    result.append(Quotation(open: top.index, close: i, balanced: true, isSpeech: false, words: 0))
                } else if let closer = closer(of: v) {
                    stack.append((i, closer))
                }
            }
        }
        closeUnbalanced(&stack, at: tokens.count - 1, into: &result)
        // (Most articles have quotations; the counts are for them only.)
        guard !result.isEmpty else { return [] }
        result.sort { $0.open < $1.open }
        let counts = InsideCounts(tokens, marks: marks)
        return result.map { classify($0, tokens, lexicon: lexicon, marks: marks, counts: counts) }
    }

    /// Running counts over the tokens, so that what a quotation holds (its
    /// words, whether a clause mark, its first word) is found without
    /// walking its inside: nested quotations that never close run to the end
    /// of their paragraph, and walking each was quadratic (issue #17).
    struct InsideCounts {
        /// Words, and clause marks, among tokens[..<i].
        var words: [Int]
        var clauseMarks: [Int]
        /// The first word at or after i (`tokens.count` when none).
        var nextWord: [Int]

        init(_ tokens: [Token], marks: [UInt32]) {
            let n = tokens.count
            precondition(marks.count == n, "a mark for each token")
            // One pass over the marks, written through buffers (the arrays
            // are as long as the article), the mark set fetched once.
            let clause = MarkSet.clause
            var clauseMarks = [Int](repeating: 0, count: n + 1)
            words = marks.withUnsafeBufferPointer { marks in
                clauseMarks.withUnsafeMutableBufferPointer { clauseMarks in
                    [Int](unsafeUninitializedCapacity: n + 1) { words, initialized in
                        var w = 0, c = 0
                        words[0] = 0
                        for k in 0..<n {
                            let v = marks[k]
                            if v == MarkScalar.word {
                                w += 1
                            } else if v == MarkScalar.other ? clause.containsText(tokens[k].text) : clause.contains(v),
                                      !QuotationScanner.isGluedStop(tokens, marks: marks, k) {
                                c += 1
                            }
                            words[k + 1] = w
                            clauseMarks[k + 1] = c
                        }
                        initialized = n + 1
                    }
                }
            }
            self.clauseMarks = clauseMarks
            nextWord = marks.withUnsafeBufferPointer { marks in
                [Int](unsafeUninitializedCapacity: n + 1) { next, initialized in
                    next[n] = n
                    for k in stride(from: n - 1, through: 0, by: -1) {
                        next[k] = marks[k] == MarkScalar.word ? k : next[k + 1]
                    }
                    initialized = n + 1
                }
            }
        }
    }

    /// Whether a straight quotation mark opens a new sentence of speech:
    /// it follows a sentence's closing mark (`MarkSet.sentenceEnd`) and a
    /// space, and a word is glued after it («… وإمكاناته. "إذا دافعنا»).
    /// Any other mark says nothing, and the marks alternate: one glued to
    /// a clitic («لـ" الرياض"»، «و"غاب القمر"»), a name quoted inside
    /// speech («"إن مشكلات "فيفا" أكبر»), or one after a colon or a
    /// complementiser (read so, 30 bench statements changed, most for the
    /// worse: the open quotation was often the speech it stood in).
    @inline(__always)
    static func opensByItsSpacing(_ tokens: UnsafeBufferPointer<Token>, marks: [UInt32], _ i: Int) -> Bool {
        i > 0 && i + 1 < tokens.count && MarkSet.sentenceEnd.contains(marks[i - 1])
            && tokens[i - 1].end < tokens[i].start
            && tokens[i + 1].kind == .word && tokens[i + 1].start == tokens[i].end
            && tokens[i + 1].paragraph == tokens[i].paragraph
    }

    private static func closeUnbalanced(_ stack: inout [(index: Int, closer: UInt32)], at last: Int,
                                        into result: inout [Quotation]) {
        for entry in stack where last > entry.index {
            result.append(Quotation(open: entry.index, close: last, balanced: false, isSpeech: false, words: 0))
        }
        stack.removeAll()
    }

    /// «لـ"العربية.نت"»، «(د.ب.أ)»: a full stop between two letters of one
    /// sentence (`GluedStop`) is inside a name, not clause punctuation.
    @inline(__always)
    static func isGluedStop<Marks: RandomAccessCollection<UInt32>>(_ tokens: [Token], marks: Marks, _ k: Int) -> Bool
    where Marks.Index == Int {
        guard marks[k] == 0x2E, k > 0, k + 1 < tokens.count, marks[k - 1] == MarkScalar.word,
              marks[k + 1] == MarkScalar.word else { return false }
        return tokens[k - 1].end == tokens[k].start && tokens[k].end == tokens[k + 1].start
            && tokens[k - 1].sentence == tokens[k + 1].sentence
    }

    /// Speech or a name? Speech has a clause inside (several words,
    /// sentence punctuation, or a complementiser first) or stands where
    /// speech stands (after a colon or a complementiser). Names and terms are short and follow a clitic
    /// or a head noun: «داعش»، لـ«الشرق الأوسط».
    static func classify(_ q: Quotation, _ tokens: [Token], lexicon: Lexicon, marks: [UInt32],
                         counts: InsideCounts? = nil) -> Quotation {
        var q = q
        let inner = (q.open + 1)..<max(q.open + 1, q.close)
        var words = 0, clausePunctuation = false, firstWord: Int?
        if let counts {
            words = counts.words[inner.upperBound] - counts.words[inner.lowerBound]
            clausePunctuation = counts.clauseMarks[inner.upperBound] > counts.clauseMarks[inner.lowerBound]
            let first = counts.nextWord[min(inner.lowerBound, tokens.count)]
            firstWord = first < inner.upperBound ? first : nil
        } else {
            for k in inner {
                let v = marks[k]
                if v == MarkScalar.word {
                    words += 1
                    if firstWord == nil { firstWord = k }
                } else if !clausePunctuation {
                    clausePunctuation = (v == MarkScalar.other ? MarkSet.clause.containsText(tokens[k].text) : MarkSet.clause.contains(v))
                        && !isGluedStop(tokens, marks: marks, k)
                }
            }
        }
        q.words = words
        let afterSpeechSlot: Bool
        if q.open > 0 {
            let before = q.open - 1
            let colon = marks[before] == 0x3A || (marks[before] == MarkScalar.other && tokens[before].isMark(":"))
            afterSpeechSlot = colon || lexicon.isComplementiser(tokens[before].norm)
        } else {
            afterSpeechSlot = true
        }
        // «وقال مصدر مقرب من جونسون "إنه لن يعتذر"»: a complementiser with
        // its pronoun opening it starts a clause (not a bare «إن»: «"إن بي
        // سي"» is a network).
        let opensClause = q.words >= 2 && firstWord.map {
            tokens[$0].norm.keyLength >= 3 && !tokens[$0].norm.hasKeySuffix("ن") && lexicon.isComplementiser(tokens[$0].norm)
        } == true
        q.isSpeech = q.words >= 4 || clausePunctuation || (afterSpeechSlot && q.words >= 2) || opensClause
        // «"الأستاذ عبد العزيز العيد"»: a title or given name opens a name.
        if q.isSpeech, !clausePunctuation, q.words <= 5, !afterSpeechSlot,
           let first = firstWord.map({ tokens[$0] }),
           lexicon.givenNames[first.norm] != nil || lexicon.speakerWord(first.norm)?.category == .title {
            q.isSpeech = false
        }
        // «وقال «المرصد السوري لحقوق الإنسان» إن …»: up to six words and
        // nothing else, right before a complementiser of the same sentence,
        // name who speaks; the speech follows the complementiser.
        if q.isSpeech, q.balanced, q.words <= 6, q.close - q.open - 1 == q.words, q.close + 1 < tokens.count,
           tokens[q.close + 1].sentence == tokens[q.open].sentence, lexicon.isComplementiser(tokens[q.close + 1].norm) {
            q.isSpeech = false
        }
        return q
    }
}
