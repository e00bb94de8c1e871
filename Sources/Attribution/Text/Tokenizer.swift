/// Splits text into word and punctuation tokens and marks sentences and
/// paragraphs, counting offsets in Unicode scalars.
///
/// Each punctuation character is its own token («, », :, ،, .). Tatweel
/// glued to a clitic before a quotation («لـ«الشرق الأوسط»») stays with the
/// word (لـ), whose key is then «ل». Invisible controls (RLM, bidi
/// embeddings) are skipped: they neither split nor join words.
///
/// It runs on every scalar of every article, so it works on indices: a
/// word's text is copied out of the original once, when it ends.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        let view = text.unicodeScalars
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 8)
        var offset = 0
        var wordStart = -1
        var wordStartIndex = view.startIndex
        var lineBreakPending = true
        var state = SegmentState()

        func flushWord(at end: String.Index) {
            guard wordStart >= 0 else { return }
            let raw = String(view[wordStartIndex..<end])
            var token = Token(text: raw, norm: ArabicNormalizer.normalize(raw), start: wordStart,
                              end: offset, kind: .word)
            state.place(&token, lineBreak: &lineBreakPending, endsSentence: false)
            tokens.append(token)
            wordStart = -1
        }

        var index = view.startIndex
        while index < view.endIndex {
            let scalar = view[index]
            if ArabicNormalizer.isWordScalar(scalar) || (wordStart >= 0 && ArabicNormalizer.isIgnorable(scalar)) {
                if wordStart < 0 {
                    wordStart = offset
                    wordStartIndex = index
                }
            } else {
                flushWord(at: index)
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                    lineBreakPending = true
                } else if !ArabicNormalizer.isWhitespace(scalar) && !ArabicNormalizer.isIgnorable(scalar) {
                    let mark = String(scalar)
                    var token = Token(text: mark, norm: mark, start: offset, end: offset + 1, kind: .punctuation)
                    state.place(&token, lineBreak: &lineBreakPending, endsSentence: SegmentState.endsSentence(scalar))
                    tokens.append(token)
                }
            }
            offset += 1
            view.formIndex(after: &index)
        }
        flushWord(at: view.endIndex)
        return tokens
    }
}

/// Tracks sentence and paragraph numbers while tokens are made.
///
/// A paragraph is a line. A sentence ends at . ! ? ؟ or a line break, but
/// not at a full stop inside an abbreviation such as «د.» or a number.
struct SegmentState {
    var sentence = -1
    var paragraph = -1
    var endPending = true

    /// The marks that end a sentence: . ! ? ؟
    @inline(__always)
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "؟"
    }

    mutating func place(_ token: inout Token, lineBreak: inout Bool) {
        place(&token, lineBreak: &lineBreak,
              endsSentence: token.kind == .punctuation && "!?؟.".contains(token.text))
    }

    /// `endsSentence`: the token is one of the marks that end a sentence.
    mutating func place(_ token: inout Token, lineBreak: inout Bool, endsSentence: Bool) {
        if lineBreak {
            paragraph += 1
            endPending = true
            token.startsLine = true
            lineBreak = false
        }
        if endPending {
            sentence += 1
            endPending = false
        }
        token.sentence = sentence
        token.paragraph = paragraph
        if endsSentence {
            endPending = true
        }
    }
}
