/// A full stop after a word of one letter, then a space and a word: an
/// abbreviated title or an initial, not a sentence end.
///
///     وأشار د. أيمن الخضراء إلى أن …     «د.» (دكتور): one sentence
///     وأفاد م. الخريجي أن …              «م.» (مهندس): one sentence
///     … بكر ود. عبدالرزاق …              «ود.»: و on the letter
///     … عام 2015 م. وأوضح …              after a number «م» is the era: an end
///
/// Counted on the bench and pan-Arab corpora (50,000 articles): of 1,020
/// one-letter words before «. » and a word, 985 were «د» (607), «م» (139),
/// «أ» (17), «ود» (17) and Latin-style initials («ستيفن ج. هينتغس»، «(د.
/// ب. أ)»); all but 10 of the rest were the era or a unit after a number
/// («2015 م.»، «1213 ق. م.»). (The glued stop, «د.محمد», is `GluedStop`'s.)
enum AbbreviationStop {
    /// Whether the full stop at byte `i` of `bytes`, right after `word`
    /// (its scalars), is an abbreviation's: `word` is one Arabic letter
    /// other than و (or و and one), spaces follow and then a letter, and the token
    /// before `word` (`before`) is no number.
    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, word: UnsafeBufferPointer<Unicode.Scalar>,
                               before: Token?) -> Bool {
        guard let letter = word.last, isArabicLetter(letter),
              word.count == 1 ? letter != "و" : (word.count == 2 && word[0] == "و") else { return false }
        if let before, let last = before.text.unicodeScalars.last, SegmentState.isDigit(last) { return false }
        var j = i + 1
        var spaces = 0
        while j < bytes.count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: j)
            if scalar == " " || scalar == "\u{A0}" {
                spaces += 1
                j += length
                continue
            }
            return spaces > 0 && GluedStop.isLetter(scalar)
        }
        return false
    }

    /// A letter of the Arabic alphabet (ء to ي), not the tatweel.
    @inline(__always)
    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x621...0x64A).contains(scalar.value) && scalar.value != 0x640
    }
}
