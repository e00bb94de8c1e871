/// Splits text into word and punctuation tokens and marks sentences and
/// paragraphs, counting offsets in Unicode scalars.
///
/// Each punctuation character is its own token («, », :, ،, .). Tatweel
/// glued to a clitic before a quotation («لـ«الشرق الأوسط»») stays with the
/// word (لـ), whose key is then «ل». Invisible controls (RLM, bidi
/// embeddings) are skipped: they neither split nor join words.
///
/// It runs on every scalar of every article, so it works on the UTF-8
/// bytes: a word's text and key are made from its bytes once, when it ends.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var scalars: [Unicode.Scalar] = []
        return tokenize(text, scalars: &scalars)
    }

    /// Tokens, and the text's scalars into `scalars` (`AnalysisText` keeps
    /// them for slicing by offset): one pass over the UTF-8 bytes.
    static func tokenize(_ text: String, scalars: inout [Unicode.Scalar]) -> [Token] {
        var text = text
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 8)
        scalars.removeAll()
        scalars.reserveCapacity(text.utf8.count / 2)
        var offset = 0
        var wordStart = -1
        var wordStartByte = 0
        var lineBreakPending = true
        var state = SegmentState()

        text.withUTF8 { bytes in
            func flushWord(atByte end: Int) {
                guard wordStart >= 0 else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[wordStartByte..<end])
                let raw = String(decoding: word, as: UTF8.self)
                var token = Token(text: raw, norm: ArabicNormalizer.normalizeIfChanged(utf8: word) ?? raw,
                                  start: wordStart, end: offset, kind: .word)
                state.place(&token, lineBreak: &lineBreakPending, endsSentence: false)
                tokens.append(token)
                wordStart = -1
            }

            var i = 0
            while i < bytes.count {
                // The String's bytes are valid UTF-8: decode without checks.
                let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
                scalars.append(scalar)
                // Arabic letters first: most scalars of an article.
                if (0x0621...0x064A).contains(scalar.value) || ArabicNormalizer.isWordScalar(scalar)
                    || (wordStart >= 0 && ArabicNormalizer.isIgnorable(scalar)) {
                    if wordStart < 0 {
                        wordStart = offset
                        wordStartByte = i
                    }
                } else {
                    flushWord(atByte: i)
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
                i += length
            }
            flushWord(atByte: bytes.count)
        }
        return tokens
    }
}

/// Decoding of valid UTF-8 (a `String`'s own bytes), scalar by scalar.
enum UTF8Scalars {
    /// The scalar starting at byte `i`, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let v: UInt32, length: Int
        if b0 < 0x80 {
            return (Unicode.Scalar(UInt8(b0)), 1)
        } else if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(v).unsafelyUnwrapped, length)
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
