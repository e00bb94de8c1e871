import Foundation
@testable import Attribution

/// The tokenizer and quotation scanner as they were before they were
/// rewritten for speed (scalar by scalar, `Character` and `String`
/// comparisons): the definitions that `SegmentationTests` holds the fast
/// code to, token for token.
enum ReferenceSegmentation {
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var wordStart = -1
        var word = String.UnicodeScalarView()
        var lineBreakPending = true
        var state = SegmentState()
        func flushWord() {
            guard wordStart >= 0 else { return }
            let raw = String(word)
            var token = Token(text: raw, norm: ArabicNormalizer.normalize(raw), start: wordStart, end: offset, kind: .word)
            state.place(&token, lineBreak: &lineBreakPending)
            tokens.append(token)
            wordStart = -1
            word = String.UnicodeScalarView()
        }
        let scalars = Array(text.unicodeScalars)
        for (n, scalar) in scalars.enumerated() {
            if ArabicNormalizer.isWordScalar(scalar) || (wordStart >= 0 && ArabicNormalizer.isIgnorable(scalar)) {
                if wordStart < 0 { wordStart = offset }
                word.append(scalar)
            } else {
                let left = wordStart >= 0 ? Array(word) : []
                flushWord()
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                    lineBreakPending = true
                } else if !ArabicNormalizer.isWhitespace(scalar) && !ArabicNormalizer.isIgnorable(scalar)
                            && scalar != "#" && scalar != "_" {
                    // (# and _ of a hashtag separate words as a space does.)
                    var token = Token(text: String(scalar), norm: String(scalar), start: offset, end: offset + 1, kind: .punctuation)
                    let next = n + 1 < scalars.count ? scalars[n + 1] : nil
                    var ends = "!?؟.".contains(token.text)
                    if scalar == ".", let last = left.last, let next {
                        if SegmentState.isDigit(last) && SegmentState.isDigit(next) {
                            // A decimal point («11.25») ends no sentence.
                            ends = false
                        } else if GluedStop.isLetter(last) && GluedStop.isLetter(next) {
                            // «العربية.نت»، «سي.إن.إن», but «المبارك.وقال».
                            let right = scalars[(n + 1)...].prefix { ArabicNormalizer.isWordScalar($0) }.prefix(4)
                            ends = GluedStop.endsSentence(leftLength: left.count, leftLast: last, right: Array(right))
                        }
                    }
                    // «د. أيمن»، «ود. زياد»: the stop of a one-letter title or
                    // initial (not «و.», not «2015 م.») before spaces and a word.
                    if ends, scalar == ".", !left.isEmpty, left.count <= 2, !tokens.isEmpty {
                        let letter = { (s: Unicode.Scalar) in (0x621...0x64A).contains(s.value) && s.value != 0x640 }
                        let abbreviation = left.count == 1 ? letter(left[0]) && left[0] != "و" : left[0] == "و" && letter(left[1])
                        let number = tokens.count >= 2 && tokens[tokens.count - 2].text.unicodeScalars.last.map(SegmentState.isDigit) == true
                        let rest = scalars[(n + 1)...]
                        let spaces = rest.prefix { $0 == " " || $0 == "\u{A0}" }.count
                        let after = rest.dropFirst(spaces).first
                        if abbreviation, !number, spaces > 0, let after, GluedStop.isLetter(after) { ends = false }
                    }
                    // «..»، «؟!»، «.»»: marks right after a sentence end stay in it.
                    let joins = ends || SegmentState.closes(scalar, next: next)
                    let trails = n > 0 && state.trails(previous: scalars[n - 1], joins: joins)
                    state.place(&token, lineBreak: &lineBreakPending, endsSentence: ends, trails: trails)
                    tokens.append(token)
                }
            }
            offset += 1
        }
        flushWord()
        return tokens
    }

    static let openers: [Character: Character] = ["«": "»", "“": "”", "„": "“", "\"": "\"", "″": "″"]

    static func scan(_ tokens: [Token]) -> [Quotation] {
        var result: [Quotation] = []
        var stack: [(index: Int, closer: Character)] = []
        var paragraph = -1
        func closeUnbalanced(at last: Int) {
            for entry in stack where last > entry.index {
                result.append(Quotation(open: entry.index, close: last, balanced: false, isSpeech: false, words: 0))
            }
            stack.removeAll()
        }
        for (i, token) in tokens.enumerated() {
            if token.paragraph != paragraph {
                closeUnbalanced(at: i - 1)
                paragraph = token.paragraph
            }
            guard token.kind == .punctuation, let mark = token.text.first else { continue }
            // A straight mark after a sentence's end and a space, glued to
            // the word after it, opens anew: the quotation open before it
            // was never closed.
            if mark == "\"", token.text.unicodeScalars.count == 1, let top = stack.last, top.closer == mark, i > 0,
               i + 1 < tokens.count, tokens[i + 1].paragraph == token.paragraph, tokens[i + 1].kind == .word,
               tokens[i + 1].start == token.end, tokens[i - 1].end < token.start, tokens[i - 1].kind == .punctuation,
               tokens[i - 1].text.count == 1, let before = tokens[i - 1].text.first, ".!?؟".contains(before) {
                stack.removeLast()
                if i - 1 > top.index {
                    result.append(Quotation(open: top.index, close: i - 1, balanced: false, isSpeech: false, words: 0))
                }
                stack.append((i, mark))
                continue
            }
            if let top = stack.last, top.closer == mark {
                stack.removeLast()
                result.append(Quotation(open: top.index, close: i, balanced: true, isSpeech: false, words: 0))
            } else if let closer = openers[mark] {
                stack.append((i, closer))
            }
        }
        closeUnbalanced(at: tokens.count - 1)
        result.sort { $0.open < $1.open }
        return result.map { classify($0, tokens) }
    }

    static func classify(_ q: Quotation, _ tokens: [Token]) -> Quotation {
        var q = q
        let inner = tokens[(q.open + 1)..<max(q.open + 1, q.close)]
        q.words = inner.filter(\.isWord).count
        // A full stop glued between two words of one sentence («العربية.نت»)
        // is inside a name.
        let clausePunctuation = inner.indices.contains { k in
            let t = tokens[k]
            guard t.kind == .punctuation, "،,.؟?!:؛".contains(t.text) else { return false }
            let glued = t.text == "." && k > 0 && k + 1 < tokens.count && tokens[k - 1].isWord && tokens[k + 1].isWord
                && tokens[k - 1].end == t.start && t.end == tokens[k + 1].start && tokens[k - 1].sentence == tokens[k + 1].sentence
            return !glued
        }
        let before = q.open > 0 ? tokens[q.open - 1] : nil
        let afterSpeechSlot = before.map { $0.isMark(":") || Lexicon.shared.isComplementiser($0.norm) } ?? true
        q.isSpeech = q.words >= 4 || clausePunctuation || (afterSpeechSlot && q.words >= 2)
        if q.isSpeech, !clausePunctuation, q.words <= 5, !afterSpeechSlot,
           let first = inner.first(where: \.isWord),
           Lexicon.shared.givenNames[first.norm] != nil || Lexicon.shared.speakerWord(first.norm)?.category == .title {
            q.isSpeech = false
        }
        if q.isSpeech, q.balanced, q.words <= 6, inner.allSatisfy(\.isWord), q.close + 1 < tokens.count,
           tokens[q.close + 1].sentence == tokens[q.open].sentence, Lexicon.shared.isComplementiser(tokens[q.close + 1].norm) {
            q.isSpeech = false
        }
        return q
    }
}
