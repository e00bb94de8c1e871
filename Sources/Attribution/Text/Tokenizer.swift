/// Splits text into word and punctuation tokens and marks sentences and
/// paragraphs, counting offsets in Unicode scalars.
///
/// Each punctuation character is its own token («, », :, ،, .). Tatweel
/// glued to a clitic before a quotation («لـ«الشرق الأوسط»») stays with the
/// word (لـ), whose key is then «ل». Invisible controls (RLM, bidi
/// embeddings) are skipped: they neither split nor join words.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.unicodeScalars.count / 5)
        var offset = 0
        var wordStart = -1
        var wordScalars = String.UnicodeScalarView()
        var lineBreakPending = true
        var state = SegmentState()

        func flushWord() {
            guard wordStart >= 0 else { return }
            let raw = String(wordScalars)
            var token = Token(text: raw, norm: ArabicNormalizer.normalize(raw), start: wordStart,
                              end: offset, kind: .word)
            state.place(&token, lineBreak: &lineBreakPending)
            tokens.append(token)
            wordStart = -1
            wordScalars = String.UnicodeScalarView()
        }

        for scalar in text.unicodeScalars {
            if ArabicNormalizer.isWordScalar(scalar) || (wordStart >= 0 && ArabicNormalizer.isIgnorable(scalar)) {
                if wordStart < 0 { wordStart = offset }
                wordScalars.append(scalar)
            } else {
                flushWord()
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                    lineBreakPending = true
                } else if !scalar.properties.isWhitespace && !ArabicNormalizer.isIgnorable(scalar) {
                    var token = Token(text: String(scalar), norm: String(scalar), start: offset,
                                      end: offset + 1, kind: .punctuation)
                    state.place(&token, lineBreak: &lineBreakPending)
                    tokens.append(token)
                }
            }
            offset += 1
        }
        flushWord()
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

    mutating func place(_ token: inout Token, lineBreak: inout Bool) {
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
        if token.kind == .punctuation, "!?؟.".contains(token.text) {
            endPending = true
        }
    }
}
