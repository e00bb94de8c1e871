/// A full stop with a letter directly on both sides: «العربية.نت»،
/// «سي.إن.إن»، «د.محمد» and «www.spa.gov.sa» are one name, but
/// «…بالمبارك.وقال الوزير…» is a sentence end whose space was lost when the
/// page was scraped.
///
/// Counted on the bench and pan-Arab corpora (50,000 articles, 5,187 such
/// stops): both letters Latin are domains and e-mails (1,380); a word of one
/// or two letters before the stop is an abbreviation (2,131: «د.»، «بي.»،
/// «إم.»); «كوم» or «نت» after it a domain (421); a word of one or two
/// letters after it (three when the word before has at most three,
/// «إن.إتش.كيه»، «بيت.كوم») the rest of an abbreviation (281), unless it
/// opens a sentence (67: «الأخرى.من جهة ثانية»، «للمسابقة.في حين»). Longer
/// words on both sides are a lost space (907, most opening with و or ف:
/// «المبارك.وقال»; a sample of 80 had 6 names, «باتون.بارتون»).
enum GluedStop {
    /// Whether a glued full stop ends a sentence.
    ///
    /// `leftLength`: the scalars of the word before the stop; `leftLast`:
    /// its last scalar; `right`: the first word scalars after the stop (at
    /// least one, at most four are read).
    static func endsSentence(leftLength: Int, leftLast: Unicode.Scalar, right: [Unicode.Scalar]) -> Bool {
        guard let first = right.first, isLetter(leftLast), isLetter(first) else { return true }
        // «www.saso.gov.sa»، «ali@yahoo.com»
        if leftLast.isASCII && first.isASCII { return false }
        if leftLength <= 2 { return false }
        // «بونباست.كوم»: a domain after a name of any length.
        if right.count <= 3, domains.contains(String(String.UnicodeScalarView(right))) { return false }
        let shortWord = leftLength <= 3 ? 3 : 2
        if right.count > shortWord { return true }
        return opensSentence(right)
    }

    /// Whether the full stop at byte `i` of `bytes` ends a sentence, the
    /// word before it having `leftLength` scalars, the last `leftLast`
    /// (zero when a space or mark comes before it): not between two digits
    /// («11.25»), nor glued inside a name (`endsSentence(leftLength:…)`).
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, leftLength: Int,
                             leftLast: Unicode.Scalar) -> Bool {
        guard leftLength > 0, i + 1 < bytes.count else { return true }
        var j = i + 1
        let (next, length) = UTF8Scalars.decode(bytes, at: j)
        if SegmentState.isDigit(next) { return !SegmentState.isDigit(leftLast) }
        guard isLetter(next), isLetter(leftLast) else { return true }
        // (Rare: some 3,000 in 20,000 articles, so an array is cheap.)
        var right: [Unicode.Scalar] = [next]
        j += length
        while right.count < 4, j < bytes.count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: j)
            guard ArabicNormalizer.isWordScalar(scalar) else { break }
            right.append(scalar)
            j += length
        }
        return endsSentence(leftLength: leftLength, leftLast: leftLast, right: right)
    }

    /// A letter, not a digit (a digit beside the stop makes a number).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ArabicNormalizer.isWordScalar(scalar) && !SegmentState.isDigit(scalar) && scalar.properties.numericType == nil
    }

    /// A short word that starts a sentence rather than ending an
    /// abbreviation: a particle («من»، «هل»، «كما») or و/ف with a word
    /// («ومن»، «فقد»), the way «وقال» opens one.
    static func opensSentence(_ word: [Unicode.Scalar]) -> Bool {
        if word.count >= 3, word[0] == "و" || word[0] == "ف" { return true }
        return openers.contains(String(String.UnicodeScalarView(word)))
    }

    /// Arabic spellings of top-level domains.
    static let domains: Set<String> = ["كوم", "نت"]

    /// Particles that open a sentence (taken from the corpora's glued
    /// stops: «من» 30, «في» 8, «ثم» 4, «إن» 2, «لا» 2, «هل» 3 …).
    static let openers: Set<String> = [
        "و", "ف", "من", "في", "هل", "لا", "ما", "لم", "لن", "قد", "ثم", "بل", "كل", "أن", "كن",
        "أما", "كما", "كان", "إلى", "الى", "هذا", "لذا", "لقد", "بعد",
    ]
}
