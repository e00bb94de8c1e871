/// Tracks sentence and paragraph numbers while tokens are made.
///
/// «قال: "انتهى الأمر.." وأضاف: "لماذا؟!"» is two sentences, the first
/// ending after «..»، the second after «!"».
///
/// A paragraph is a line. A sentence ends at . ! ? ؟ or a line break, but
/// not at a decimal point («11.25») nor at a full stop glued inside a name
/// (`GluedStop`). A run of sentence marks ends one sentence («..»، «؟!»،
/// «...»), and a closing quotation mark or bracket directly after the run
/// belongs to the sentence it closes («…المغفل الصغير.»).
struct SegmentState {
    var sentence = -1
    var paragraph = -1
    var endPending = true

    /// A digit, Western or Arabic-Indic, around a decimal point.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0x660...0x669).contains(scalar.value) || (0x6F0...0x6F9).contains(scalar.value)
    }

    /// The marks that end a sentence: . ! ? ؟
    @inline(__always)
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "؟"
    }

    /// A mark that closes a quotation or bracket: » ” ’ ) ] and the
    /// straight ". A straight " with a letter right after it opens the next
    /// quotation instead («…الألبوم!"هذا الاعتراف…»): `next` is the scalar
    /// after the mark, if any.
    @inline(__always)
    static func closes(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "»", "”", "’", ")", "]": return true
        case "\"": return next.map { !GluedStop.isLetter($0) } ?? true
        default: return false
        }
    }

    /// Whether a mark trails the sentence end just placed: `previous`, the
    /// scalar right before it, is a sentence mark or closing mark while a
    /// sentence end is pending (so it was the last token, and the end was
    /// its own or a run's), and the mark is itself one (`joins`).
    @inline(__always)
    func trails(previous: Unicode.Scalar, joins: Bool) -> Bool {
        endPending && joins && (Self.endsSentence(previous) || Self.closes(previous, next: nil))
    }

    mutating func place(_ token: inout Token, lineBreak: inout Bool) {
        place(&token, lineBreak: &lineBreak,
              endsSentence: token.kind == .punctuation && "!?؟.".contains(token.text), trails: false)
    }

    /// `endsSentence`: the token is one of the marks that end a sentence;
    /// `trails`: it stays in the sentence just ended (see `trails`).
    mutating func place(_ token: inout Token, lineBreak: inout Bool, endsSentence: Bool, trails: Bool) {
        let place = place(lineBreak: &lineBreak, endsSentence: endsSentence, trails: trails)
        token.sentence = place.sentence
        token.paragraph = place.paragraph
        if place.startsLine { token.startsLine = true }
    }

    /// The sentence and paragraph of the next token, and whether it starts
    /// a line (for building the token in place).
    @inline(__always)
    mutating func place(lineBreak: inout Bool, endsSentence: Bool, trails: Bool = false)
        -> (sentence: Int, paragraph: Int, startsLine: Bool) {
        var startsLine = false
        if lineBreak {
            paragraph += 1
            endPending = true
            startsLine = true
            lineBreak = false
        }
        if endPending && !(trails && !startsLine) {
            sentence += 1
            endPending = false
        }
        let placed = (sentence, paragraph, startsLine)
        if endsSentence {
            endPending = true
        }
        return placed
    }
}
