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
public enum QuotationScanner {
    static let openers: [Character: Character] = ["«": "»", "“": "”", "„": "“", "\"": "\"", "″": "″"]

    public static func scan(_ tokens: [Token]) -> [Quotation] {
        var result: [Quotation] = []
        var stack: [(index: Int, closer: Character)] = []
        var paragraph = -1
        for (i, token) in tokens.enumerated() {
            if token.paragraph != paragraph {
                closeUnbalanced(&stack, at: i - 1, into: &result)
                paragraph = token.paragraph
            }
            guard token.kind == .punctuation, let mark = token.text.first else { continue }
            if let top = stack.last, top.closer == mark {
                stack.removeLast()
                result.append(Quotation(open: top.index, close: i, balanced: true, isSpeech: false, words: 0))
            } else if let closer = openers[mark] {
                stack.append((i, closer))
            }
        }
        closeUnbalanced(&stack, at: tokens.count - 1, into: &result)
        result.sort { $0.open < $1.open }
        return result.map { classify($0, tokens) }
    }

    private static func closeUnbalanced(_ stack: inout [(index: Int, closer: Character)], at last: Int,
                                        into result: inout [Quotation]) {
        for entry in stack where last > entry.index {
            result.append(Quotation(open: entry.index, close: last, balanced: false, isSpeech: false, words: 0))
        }
        stack.removeAll()
    }

    /// Speech or a name? Speech has a clause inside (several words, or
    /// sentence punctuation) or stands where speech stands (after a colon
    /// or a complementiser). Names and terms are short and follow a clitic
    /// or a head noun: «داعش»، لـ«الشرق الأوسط».
    static func classify(_ q: Quotation, _ tokens: [Token]) -> Quotation {
        var q = q
        let inner = tokens[(q.open + 1)..<max(q.open + 1, q.close)]
        q.words = inner.filter(\.isWord).count
        let clausePunctuation = inner.contains { $0.kind == .punctuation && "،,.؟?!:؛".contains($0.text) }
        let before = q.open > 0 ? tokens[q.open - 1] : nil
        let afterSpeechSlot = before.map { $0.isMark(":") || Lexicon.shared.isComplementiser($0.norm) } ?? true
        q.isSpeech = q.words >= 4 || clausePunctuation || (afterSpeechSlot && q.words >= 2)
        // «"الأستاذ عبد العزيز العيد"»: a title or given name opens a name.
        if q.isSpeech, !clausePunctuation, q.words <= 5, !afterSpeechSlot,
           let first = inner.first(where: \.isWord),
           Lexicon.shared.givenNames[first.norm] != nil || Lexicon.shared.speakerWord(first.norm)?.category == .title {
            q.isSpeech = false
        }
        return q
    }
}
