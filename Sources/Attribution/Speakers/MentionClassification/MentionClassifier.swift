/// Mention classification, the stage after phrase parsing: what a speaker
/// phrase says of its speaker (kind, anonymity, role, head, name,
/// affiliation, agreement, and whether it points back).
///
///     وأكد وزير الخارجية الروسي سيرغي لافروف أن …
///     profile(«وزير الخارجية الروسي سيرغي لافروف», verbGender: .masculine)
///     // person, named «سيرغي لافروف», role «وزير الخارجية الروسي», head «وزير»
///
///     وقال مصدر مطلع لسكاي نيوز عربية إن …
///     profile(«مصدر مطلع», …)   // unspecified, anonymous, head «مصدر»
///
/// The head word decides most (`speakers.tsv` category, `places.tsv`,
/// `names.tsv`); the anonymity decision is `MentionAnonymity.swift`, the
/// name `PersonName.swift` and `MentionName.swift`, what cannot open a
/// mention or points back `MentionOpening.swift`, the head helpers the
/// resolution code calls `MentionHead.swift`.
struct MentionClassifier {
    /// The name of God quoted by an epithet alone («قال تعالى»), or by «الله»
    /// with epithets (roles.tsv divineepithet): two words, so that it joins
    /// no «رسول الله» or «عبد الله».
    static let godName = "الله تعالى"
    /// The name of the Prophet quoted by the blessing said only of him
    /// («قال صلى الله عليه وسلم», `VerbReport.prophet(blessedAt:)`).
    static let prophetName = "النبي صلى الله عليه وسلم"

    let text: AnalysisText
    let lexicon: Lexicon
    let facts: TokenFacts

    /// The phrase parser over the same text and facts, for its word tests
    /// (`looksLikeNamePart`, `isNamedAs` …).
    var parser: SpeakerPhraseParser { SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts) }

    /// - Parameter afterFrame: the phrase follows a frame (وفقاً لـ، بحسب), so a
    ///   leading ل (للخبراء) is the frame's preposition, not part of the name.
    func profile(_ range: ClosedRange<Int>, verbGender: Gender?, afterFrame: Bool = false) -> SpeakerProfile? {
        var words = Array(range).filter { text.tokens[$0].isWord }
        guard let opening = words.first, !opensWithFunctionWord(opening), !isBareDemonstrative(words) else { return nil }
        // «هذا الناطق باسم القوات»، «تلك الأم»: the demonstrative points
        // back; the noun after it is the head.
        if isDemonstrative(opening) { words.removeFirst() }
        let firstWord = words[0]
        let span = TextSpan(text.tokens[range.lowerBound].start, text.tokens[range.upperBound].end)
        // Apposition: «إيغر كوناشينكوف، المتحدث الرسمي …» splits at the comma.
        // «شاهد عيان يدعى أحمد اكاي»: «يدعى» (is named) splits it so too.
        let parser = self.parser
        let namedAs = range.first { $0 > range.lowerBound && parser.isNamedAs($0) }
        // («رفيف القحطاني -طالبة جامعية-»: a dash too, `dashApposition`.)
        // (Not a hyphen glued on both sides: «سون هيونغ-مين».)
        let comma = namedAs ?? range.first {
            text.isMark($0, "،") || text.isMark($0, ",") || (text.isMark($0, in: .dashes) && !parser.isGluedHyphen($0))
        }
        let main = comma.map { c in words.filter { $0 < c } } ?? words
        let apposition = comma.map { c in words.filter { $0 > c } } ?? []
        words = main.isEmpty ? words : main
        var p = SpeakerProfile(text: text.text(range.lowerBound, range.upperBound), span: span, name: "",
                               nameTokens: [], kind: .person, anonymity: .named, gender: verbGender,
                               number: .singular, head: Self.normalizedHead(text.tokens[firstWord].stem, lexicon: lexicon))
        let headWord = facts[firstWord].speakerWord
        let place = facts[firstWord].place
        if let anaphor = sameSpeaker(words) { p.backReference = anaphor; p.name = p.text; return p }
        // «قال تعالى»، «يقول سبحانه وتعالى»: epithets alone stand for God.
        if words.allSatisfy({ facts[$0].roles.contains(.divineEpithet) }) {
            p.name = Self.godName
            return p
        }
        switch (headWord?.category, place) {
        case (.some(let category), _):
            apply(category, headWord!, words: words, to: &p)
        case (nil, .some(let g)):
            p.kind = .place; p.gender = g; setName(words, &p)
        default:
            p.kind = .person
            // «الطالبان أسامة المالكي»: definite words, then a given name: a
            // description the lexicon lacks, then the name.
            var described = false
            if let k = givenName(in: words, after: 1), words[..<k].allSatisfy({ text.tokens[$0].isDefinite }) {
                p.role = text.text(words.first!, words[k - 1])
                words = Array(words[k...])
                described = true
            }
            // «سامر بن علي العنيني مدير هيئة السياحة»، «حمود الشمري أحد
            // المواطنين»: name, then its role («أحد» after two words at
            // least, not after a noun in ة: «صاحب إحدى الشركات»، «اعتبر
            // الرهيدي الرياضة أحد الروافد» are no names). A plural office
            // is no one person's role: it is a genitive («قرار مجلس
            // الوزراء»), and after a name the phrase has ended before it
            // (`isPluralOfficeAfterName`).
            if let k = words.indices.dropFirst().first(where: { k in
                facts[words[k]].speakerWord.map { $0.category.isRoleLike && !$0.isPluralOffice } == true
                    || (k >= 2 && facts[words[k]].roles.contains(.oneOf) && !text.tokens[words[k - 1]].norm.hasKeySuffix("ة"))
            }) {
                p.role = text.text(words[k], words.last!)
                p.affiliation = affiliation(in: Array(words[k...]))
                words = Array(words[..<k])
            }
            setName(words, &p)
            if described {
                if let g = facts[words[0]].givenName { p.gender = g }
                p.hasGivenName = true
            } else {
                unknownHead(words, firstWord: firstWord, &p)
            }
            if let g = facts[firstWord].givenName { p.gender = g }
        }
        // «إيغر كوناشينكوف، المتحدث الرسمي …»: the apposition names the
        // speaker or gives his role.
        if !apposition.isEmpty, !namedByApposition(apposition, words: words, &p, named: namedAs != nil) {
            addApposition(apposition, to: &p)
        }
        if p.name.isEmpty { p.name = displayName(words.first!, words.last!) }
        // «وفقاً لصحيفة …»: the frame's ل goes, on the phrase's first
        // word; not a word's own first letter («حسب ما أصدرت لجنة النظر
        // …»، «لبنان»: listed as written), nor a name further on («وفقاً
        // لما ذكره رئيس الوزراء ليو فارادكار»).
        let first = text.tokens[words.first!]
        let ownLam = lexicon.speakerWords[first.norm] != nil || lexicon.places[first.norm] != nil
            || lexicon.givenNames[first.norm] != nil
        if afterFrame, !ownLam, first.norm.hasKeyPrefix("ل") {
            if p.name.hasPrefix(first.text) { p.name = Self.dropLam(p.name) }
            if p.text.hasPrefix(first.text) { p.text = Self.dropLam(p.text) }
        }
        p.name = Self.hashtagAsWords(Self.balancedName(p.name))
        return p
    }
}
