/// Phrase parsing, the stage after cue finding: where the speaker noun
/// phrase of a cue starts and ends, nothing more (what the phrase says
/// of its speaker is `MentionClassifier`'s).
///
///     وقال لـ«الشرق الأوسط» أمس مصدر من موسكو إن …
///     forward(from: 1, sentence: s)   // recipient «الشرق الأوسط», phrase «مصدر من موسكو», next → «إن»
///
/// Verb-subject order (the default in news bodies): a recipient (لـ…، له)
/// or a time word may stand between the verb and its subject; the phrase
/// ends at the earliest boundary (`PhraseBoundary.swift`): a
/// complementiser (إن، أن، بأن), a colon or quotation, a frame (في تصريح،
/// خلال), a time word, another verb, or a comma that does not open an
/// apposition («إيغر كوناشينكوف، المتحدث الرسمي باسم …» keeps its
/// apposition). Where it ends is `PhraseEnd.swift`; the recipient,
/// `RecipientPhrase.swift`.
///
/// Subject-verb order (headlines, and after فإن / أمّا), in
/// `SubjectBeforeVerb.swift`:
///     موسكو | تعلن مقتل …        فإن الكرملين | لم يعلق …
///
/// The words it tests are read by their roles (`facts[i].roles`, rows of
/// `Resources/Lexicon/roles.tsv`) and categories (`words.tsv`), never
/// written here.
struct SpeakerPhraseParser {
    let text: AnalysisText
    let lexicon: Lexicon
    /// The lexicon's answers for the article's tokens, shared by every
    /// parser and classifier of the article.
    let facts: TokenFacts

    /// What follows a cue: the recipient, the speaker phrase, and the index
    /// of the first token after them.
    struct Forward {
        var recipient: String?
        var phrase: ClosedRange<Int>?
        var next: Int
    }

    /// The phrase after a cue in verb-subject order, with what may stand
    /// around it: «وقال [لـ«الشرق الأوسط»] [أمس] مصدر من موسكو [للصحفيين] إن»
    /// skips the recipient and the time word before the subject, and a
    /// recipient or time word after it; so do an adverb of manner («بشكل
    /// قاطع»), «ما تسمى» (the so-called),
    /// «ذلك» as the verb's object before its subject («أوضح ذلك المتحدث
    /// الرسمي») and «كل من» («وقال كل من الطالبين»). After a verb
    /// (`afterVerb`) a person spoken to is skipped too («اعترف لرجل
    /// الدين»: `personRecipient`); after a frame such as «وفقاً» the same
    /// words are the source.
    func forward(from start: Int, sentence: Int, afterVerb: Bool = false) -> Forward {
        var k = start
        var recipient: String?
        skipLoop: while k < text.tokens.count, text.tokens[k].sentence == sentence {
            if let (r, after) = recipientPhrase(at: k) ?? (afterVerb ? personRecipient(at: k, sentence: sentence) : nil) {
                recipient = recipient ?? r
                k = after
            } else if recipient != nil, let close = abbreviationInBrackets(at: k) {
                // «وصرح لوكالة الأنباء الألمانية (د.ب.أ) …»: the agency's
                // abbreviation.
                k = close + 1
            } else if facts[k].category == .pronoun {
                k += 1
            } else if let end = timePhraseEnd(at: k) {
                k = end + 1
            } else if facts[k].roles.contains(.adverbialOpener), text.tokens[k].norm.hasKeyPrefix("ب"), k + 1 < text.tokens.count,
                      text.tokens[k + 1].isWord, !text.tokens[k + 1].isDefinite, text.tokens[k + 1].sentence == sentence {
                // «ونفى بشكل قاطع تورط …»: «بشكل»، «بصورة» and their
                // adjective, an adverb of manner.
                k += 2
            } else if facts[k].roles.contains(.namedAsOpener), k + 1 < text.tokens.count,
                      facts[k + 1].category == .namedAs {
                // «وأعلنت ما تسمى مؤسسة الكنانة»: "the so-called".
                k += 2
            } else if facts[k].roles.contains(.objectBeforeSubject), k + 1 < text.tokens.count, text.tokens[k + 1].isWord,
                      facts[k + 1].speakerWord != nil || facts[k + 1].givenName != nil {
                // «أوضح ذلك المتحدث الرسمي»، «أعلن ذلك وزير الزراعة»: ذلك
                // is the object ("explained that"); the subject follows it.
                k += 1
            } else if k == start, text.isMark(k, "،") || text.isMark(k, ","), commaSetsOffName(after: k) {
                // «وقالت، مارلين غلين، التي عملت …»: a comma right after
                // the verb sets off the name that follows.
                k += 1
            } else if facts[k].roles.contains(.distributive), k + 1 < text.tokens.count, facts[k + 1].roles.contains(.partitive) {
                // «وقال كل من الطالبين …»: "each of".
                k += 2
            } else {
                break skipLoop
            }
        }
        var end = phraseEnd(from: k, sentence: sentence)
        // «وقال المدير التنفيذي للبرنامج الوطني للمعارض … المهندس طارق
        // العيسى: …»: a ل-phrase read as the one spoken to but followed by
        // a title or a given name was the office's body; the name goes on.
        // (A recipient is followed by the content, never by the speaker.)
        if end >= k, end + 1 < text.tokens.count, let (_, after) = recipientPhrase(at: end + 1), after < text.tokens.count,
           text.tokens[after].sentence == sentence, text.tokens[after].isWord,
           facts[k].speakerWord?.category.isRoleLike == true,
           facts[after].speakerWord?.category == .title || facts[after].givenName != nil {
            let nameEnd = phraseEnd(from: after, sentence: sentence)
            if nameEnd >= after { end = nameEnd }
        }
        // «وقال تقرير لصحيفة الغارديان إن …»، «وقال بيان لوكالة رويترز»:
        // after an indefinite document the ل-phrase is its issuer
        // (`MentionIssuer`), not the one spoken to; not a pronoun
        // («وثيقة لها»).
        if end == k, facts[k].speakerWord?.category == .document, !text.tokens[k].isDefinite, end + 1 < text.tokens.count,
           facts[end + 1].category != .pronoun, facts[end + 1].roles.isEmpty || text.tokens[end + 1].norm.isKey("ل"),
           let (_, after) = recipientPhrase(at: end + 1), after - 1 > end {
            end = after - 1
        }
        let phrase: ClosedRange<Int>? = end >= k ? k...end : nil
        var next = (phrase?.upperBound ?? k - 1) + 1
        // A recipient, a time word or an age in brackets may also follow
        // the subject.
        while next < text.tokens.count, text.tokens[next].sentence == sentence {
            if let (r, after) = recipientPhrase(at: next)
                ?? (groupRecipientAfterName(at: next, from: k) ? personRecipient(at: next, sentence: sentence) : nil) {
                recipient = recipient ?? r
                next = after
            } else if next > k, text.isMark(next, "،") || text.isMark(next, ","), next + 1 < text.tokens.count,
                      let (r, after) = recipientPhrase(at: next + 1) {
                // «…، إيريك دانزيغر، للصحيفة: …»: a comma, then the one spoken to.
                recipient = recipient ?? r
                next = after
            } else if let end = timePhraseEnd(at: next) {
                next = end + 1
            } else if next > k, let close = numberInBrackets(at: next) {
                // «وقال إنييستا (34 عاماً) إن …»: an age after the name.
                next = close + 1
            } else if next > k, facts[next].category == .formula, let opener = contentAfterFormula(at: next) {
                // «قال رسول الله صلى الله عليه وسلم: …»، «وقال ابن باز رحمه
                // الله إن …»: a eulogy between the name and the content.
                next = opener
            } else if next > k, let end = agePhrase(at: next), end + 1 < text.tokens.count,
                      text.opensContent(end + 1, lexicon: lexicon) || recipientPhrase(at: end + 1) != nil {
                // «وقال المدافع الأرجنتيني البالغ عمره 33 عاما إن …»: an age
                // between the name and the content or the one spoken to.
                next = end + 1
            } else if next > k, recipient != nil, let close = abbreviationInBrackets(at: next) {
                // «وقال غوندوغان لوكالة الأنباء الألمانية (د.ب.أ): …».
                next = close + 1
            } else {
                break
            }
        }
        return Forward(recipient: recipient, phrase: phrase, next: next)
    }

    /// «أمس»، «الشهر الماضي»، «الخميس الماضي»: a time word (words.tsv
    /// `time`) or a noun of time (roles.tsv `timenoun`) with its adjective
    /// (`timeadjective`), or a time word alone; the index of its last word.
    func timePhraseEnd(at j: Int) -> Int? {
        let timeWord = facts[j].category == .time
        guard timeWord || facts[j].roles.contains(.timeNoun), j + 1 < text.tokens.count,
              text.tokens[j + 1].sentence == text.tokens[j].sentence, facts[j + 1].roles.contains(.timeAdjective) else {
            return timeWord ? j : nil
        }
        // «الخميس الماضي»، «الشهر المقبل»: with its adjective.
        return j + 1
    }

    /// «في وقت سابق»، «في الأسبوع الماضي»: «في» (roles.tsv
    /// `adverbialopener`, not a `boundary` already) before a noun of time
    /// with its adjective. Not before a time word alone: «في اليوم
    /// السابع» is a newspaper.
    func isTimeAdjunct(at j: Int) -> Bool {
        guard facts[j].roles.contains(.adverbialOpener), !facts[j].roles.contains(.boundary), j + 2 < text.tokens.count,
              facts[j + 1].roles.contains(.timeNoun), text.tokens[j + 1].sentence == text.tokens[j].sentence else { return false }
        return timePhraseEnd(at: j + 1) == j + 2
    }

    /// «البالغ عمره 33 عاما»، «البالغة من العمر 30 عاماً»: an age after a
    /// name (roles.tsv ageopener, then a number and a word of years within
    /// five tokens); the index of the years' word.
    func agePhrase(at j: Int) -> Int? {
        guard facts[j].roles.contains(.ageOpener) else { return nil }
        var k = j + 1, number = false
        while k < text.tokens.count, k <= j + 5, text.tokens[k].sentence == text.tokens[j].sentence {
            if text.tokens[k].text.unicodeScalars.first.map(SegmentState.isDigit) == true { number = true }
            if number, facts[k].roles.contains(.years) { return k }
            k += 1
        }
        return nil
    }

    /// The content opener within four words after a formula (words.tsv
    /// formula: «صلى الله عليه وسلم»، «رحمه الله»), or nil.
    func contentAfterFormula(at j: Int) -> Int? {
        var k = j + 1
        while k < text.tokens.count, k <= j + 4, text.tokens[k].sentence == text.tokens[j].sentence {
            if text.opensContent(k, lexicon: lexicon) { return k }
            guard text.tokens[k].isWord else { return nil }
            k += 1
        }
        return nil
    }

    /// «(د.ب.أ)»: letters and glued full stops in brackets (`GluedStop`),
    /// the abbreviation of the outlet before it; the closing bracket.
    func abbreviationInBrackets(at j: Int) -> Int? {
        guard text.isMark(j, "("), let close = closing(")", after: j, within: 7), close > j + 1 else { return nil }
        return ((j + 1)..<close).allSatisfy { text.tokens[$0].isWord || QuotationScanner.isGluedStop(text.tokens, marks: text.marks, $0) }
            ? close : nil
    }

    /// «، مارلين غلين،»: a name between the comma at `k` and another
    /// comma: two or three words no list knows, or opening with a given
    /// name. Not «، أو دهشته،»، «، فإنه،»، «، مثلاً،»: no clitic و or ف, no
    /// possessive pronoun, no function word.
    func commaSetsOffName(after k: Int) -> Bool {
        var j = k + 1
        while j < text.tokens.count, j - k <= 3, text.tokens[j].sentence == text.tokens[k].sentence,
              facts[j].givenName != nil || isPlainNameWord(j) { j += 1 }
        guard j < text.tokens.count, text.isMark(j, "،") || text.isMark(j, ","),
              text.tokens[j].sentence == text.tokens[k].sentence else { return false }
        return j - k - 1 >= 2 || (j == k + 2 && facts[k + 1].givenName != nil)
    }

    private func isPlainNameWord(_ j: Int) -> Bool {
        let norm = text.tokens[j].norm
        return looksLikeNameWord(j) && facts[j].roles.isEmpty && norm.keyLength >= 3
            && !norm.hasKeyPrefix("و") && !norm.hasKeyPrefix("ف") && !text.tokens[j].hasTanwinFatha
            && !lexicon.hasSuffix(norm, .adjunctPossessive) && !lexicon.hasSuffix(norm, .personPossessive)
    }
}
