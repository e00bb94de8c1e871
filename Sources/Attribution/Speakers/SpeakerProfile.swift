/// What a speaker phrase says about its speaker: name, role, affiliation,
/// kind, anonymity, agreement, and whether it points back to an earlier
/// speaker.
///
///     «وزير الخارجية وليد المعلم» → person, named «وليد المعلم», role «وزير الخارجية»
///     «مصدر من موسكو»            → unspecified, anonymous
///     «المصدر»                   → back-reference to the last «مصدر …»
///     «المتحدث الرسمي باسم الوزارة» → role, back-reference to the last spokesman
struct SpeakerProfile: Sendable {
    enum BackReference: Sendable, Equatable {
        /// A definite head noun (المصدر، الوزير، الوزارة) naming an earlier speaker.
        case head(String)
        /// «نفس المصدر»، «المصدر ذاته»: the speaker just quoted.
        case same
        /// «البيان»، «التقرير»: the document's issuer.
        case document
        /// «وقال فضيلته»، «وأكد معاليه»: the dignitary last introduced,
        /// even if the sentence that introduced him reported nothing
        /// («تحدث فضيلة الشيخ صلاح البدير عن …»).
        case honorific
    }

    var text: String
    var span: TextSpan
    var name: String
    var nameTokens: [String]
    var kind: EntityKind
    var anonymity: Anonymity
    var gender: Gender?
    var number: Number
    var role: String?
    var affiliation: String?
    /// Normalised head word without the article (مصدر، وزير، وزارة).
    var head: String
    var backReference: BackReference?
    /// A bare definite role («اللاعب»، «الوزير»): may refer to the last
    /// named person of the same gender even without the same head noun.
    var definiteRole = false
    /// The name opens with a known given name («عبدالله البرقان»): surely
    /// a person, so a candidate antecedent even when never quoted.
    var hasGivenName = false
}

/// Builds a `SpeakerProfile` from the tokens of a speaker phrase.
struct SpeakerClassifier {
    let text: AnalysisText
    let lexicon: Lexicon
    let facts: TokenFacts

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
        let comma = range.first { text.isMark($0, "،") || text.isMark($0, ",") }
        let main = comma.map { c in words.filter { $0 < c } } ?? words
        let apposition = comma.map { c in words.filter { $0 > c } } ?? []
        words = main.isEmpty ? words : main
        var p = SpeakerProfile(text: text.text(range.lowerBound, range.upperBound), span: span, name: "",
                               nameTokens: [], kind: .person, anonymity: .named, gender: verbGender,
                               number: .singular, head: Self.normalizedHead(text.tokens[firstWord].stem))
        let headWord = facts[firstWord].speakerWord
        let place = facts[firstWord].place
        if let anaphor = sameSpeaker(words) { p.backReference = anaphor; p.name = p.text; return p }
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
            // «سامر بن علي العنيني مدير هيئة السياحة»: name, then its role.
            if let k = words.indices.dropFirst().first(where: { facts[words[$0]].speakerWord?.category.isRoleLike == true }) {
                p.role = text.text(words[k], words.last!)
                p.affiliation = affiliation(in: Array(words[k...]))
                words = Array(words[..<k])
            }
            setName(words, &p)
            let first = text.tokens[firstWord]
            if described {
                if let g = facts[words[0]].givenName { p.gender = g }
                p.hasGivenName = true
            } else if first.isDefinite, first.norm.hasKeySuffix("ون") || first.norm.hasKeySuffix("ين") {
                p.kind = .group; p.anonymity = .anonymous; p.number = .plural
            } else if facts[firstWord].roles.contains(.oneOf), words.count > 1, !described,
                      givenName(in: words, after: 1) == nil,
                      !words.dropFirst().contains(where: { facts[$0].speakerWord?.category == .title }) {
                // «أحد المسؤولين»، «إحدى المشاركات»: one unnamed member of
                // a group («أحد رفقائه الدكتور زاهي حواس» names him).
                p.anonymity = .anonymous; p.name = text.text(words.first!, words.last!)
                if facts[firstWord].roles.contains(.feminine) { p.gender = .feminine }
            } else if !first.isDefinite, Self.looksLikeHumanPlural(first.norm), facts[firstWord].givenName == nil,
                      !facts.isNamePart(first.norm) {
                // «وحذر متخصصون»، «قال مستثمران آخران»: unnamed people by
                // their trade, in the plural or dual.
                p.kind = .group; p.anonymity = .anonymous; p.number = .plural; p.name = text.text(words.first!, words.last!)
            }
            if let g = facts[firstWord].givenName { p.gender = g }
        }
        let parser = SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts)
        let nameApposition = !apposition.isEmpty && (facts[apposition[0]].givenName != nil
            || apposition.allSatisfy { parser.looksLikeNameWord($0) })
        if nameApposition, p.anonymity == .role || (p.anonymity == .anonymous && p.kind != .group) {
            p.backReference = nil
            p.kind = .person
            p.role = text.text(words.first!, words.last!)
            p.anonymity = .named
            setName(apposition, &p)
        } else if !apposition.isEmpty {
            addApposition(apposition, to: &p)
        }
        if p.name.isEmpty { p.name = displayName(words.first!, words.last!) }
        if afterFrame { p.name = Self.dropLam(p.name); p.text = Self.dropLam(p.text) }
        p.name = Self.balancedName(p.name)
        return p
    }

    /// The name with its quotation marks and brackets paired: a phrase cut
    /// inside or after them leaves one alone («رويترز"» from «"رويترز"»،
    /// «وكالة أنباء الإمارات (وام» from «… (وام)»). A stray mark at either
    /// end goes, an opening mark left inside is closed at the end, and a
    /// lone closing or straight quote inside goes. Only marks change,
    /// never words.
    static func balancedName(_ name: String) -> String {
        guard hasPairedMark(name) else { return name }
        // Scalars: each mark is one, and comparing scalars is cheap. An
        // array, not a dictionary: the marks appended must come in the same
        // order on every run.
        let ordered: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("«", "»"), ("(", ")"), ("“", "”")]
        let quote: Unicode.Scalar = "\"", space: Unicode.Scalar = " "
        var s = Array(name.unicodeScalars)
        func count(_ mark: Unicode.Scalar) -> Int { s.reduce(0) { $0 + ($1 == mark ? 1 : 0) } }
        /// A mark without its partner in the name.
        func isLone(_ mark: Unicode.Scalar) -> Bool {
            if mark == quote { return count(mark) % 2 == 1 }
            guard let pair = ordered.first(where: { $0.open == mark || $0.close == mark }) else { return false }
            let other = pair.open == mark ? pair.close : pair.open
            return count(mark) > count(other)
        }
        func remove(at i: Int) {
            s.remove(at: i)
            // «مصادر "دنيا»: no double space where the mark stood.
            if i > 0, i < s.count, s[i - 1] == space, s[i] == space { s.remove(at: i) }
            while s.first == space { s.removeFirst() }
            while s.last == space { s.removeLast() }
        }
        while let last = s.last, last == quote || ordered.contains(where: { $0.close == last }), isLone(last) {
            remove(at: s.count - 1)
        }
        while let first = s.first, first == quote || ordered.contains(where: { $0.open == first }), isLone(first) {
            remove(at: 0)
        }
        if isLone(quote), let i = s.firstIndex(of: quote) { remove(at: i) }
        for (open, close) in ordered {
            if isLone(open) { s.append(close) }
            if isLone(close), let i = s.firstIndex(of: close) { remove(at: i) }
        }
        return s.isEmpty ? name : String(String.UnicodeScalarView(s))
    }

    /// Whether the name holds any of the marks `balancedName` pairs, by its
    /// UTF-8 bytes: most names hold none, and walking Characters is slow.
    private static func hasPairedMark(_ name: String) -> Bool {
        var bytes = name.utf8.makeIterator()
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        while let b = bytes.next() {
            switch b {
            case 0x22, 0x28, 0x29: return true                      // " ( )
            case 0xAB where previous == 0xC2, 0xBB where previous == 0xC2: return true      // « »
            case 0x9C where previous == 0x80 && beforePrevious == 0xE2,
                 0x9D where previous == 0x80 && beforePrevious == 0xE2: return true        // “ ”
            default: break
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// A speaker is a noun phrase, and a noun phrase never opens with a
    /// preposition, a personal pronoun or a negation, bare or after و/ف:
    /// «من جهته يقول …»، «إلى ذلك تعتبر …»، «وفي لندن …»، «في النهاية أقول:»
    /// open with an adverbial, and the speaker, if any, comes after the
    /// verb; «قال وهو يهز رأسه» has a circumstantial clause, not a subject.
    /// «علي» is the name Ali unless written with alef maqsura (على) or not
    /// known as a given name; after a title it is the name however written
    /// («الأمير على بن الحسين»).
    private func opensWithFunctionWord(_ i: Int, afterTitle: Bool = false) -> Bool {
        let t = text.tokens[i]
        let norm = t.norm
        var roles = facts[i].roles
        if (norm.hasKeyPrefix("و") || norm.hasKeyPrefix("ف")), norm.keyLength > 2 {
            let restRoles = lexicon.roles(String(norm.unicodeScalars.dropFirst()))
            if restRoles.contains(.alaOrAli) || restRoles.contains(.notOpener) { roles = restRoles }
        }
        if roles.contains(.alaOrAli) { return !afterTitle && (t.endsInAlefMaqsura || facts[i].givenName == nil) }
        // Prepositions, personal pronouns, negations and «بل» (role
        // `notopener` in roles.tsv).
        return roles.contains(.notOpener)
    }

    /// «يعلن ذلك رسمياً»، «وأرجع ذلك إلى …»، «وفقاً لذلك»: a demonstrative
    /// alone is the verb's object or the frame's antecedent, a thing; it
    /// names a speaker only with a noun after it («هذه المصادر»).
    private func isBareDemonstrative(_ words: [Int]) -> Bool {
        words.count == 1 && lexicon.derivedCategory(text.tokens[words[0]].norm) == .demonstrative
    }

    private func isDemonstrative(_ i: Int) -> Bool { facts[i].category == .demonstrative }

    /// «نفس المصدر»، «المصدر نفسه»، «المصدر ذاته».
    private func sameSpeaker(_ words: [Int]) -> SpeakerProfile.BackReference? {
        let norms = words.map { text.tokens[$0].norm }
        if norms.count == 1, lexicon.category(norms[0]) == .honorific { return .honorific }
        if norms.first == "نفس" || (norms.count == 2 && lexicon.category(norms[1]) == .anaphor)
            || (norms.count == 1 && lexicon.category(norms[0]) == .anaphor) {
            return .same
        }
        return nil
    }

    private func apply(_ category: SpeakerWord.Category, _ head: SpeakerWord, words: [Int],
                       to p: inout SpeakerProfile) {
        p.gender = p.gender ?? head.gender
        p.number = head.number
        if !head.category.isRoleLike && head.category != .title { p.gender = head.gender }
        let definite = text.tokens[words[0]].isDefinite || text.tokens[words[0]].norm.hasKeyPrefix("لل")
        switch category {
        case .anonymous:
            p.kind = .unspecified; p.anonymity = .anonymous
            // «المسؤول عن الطوارئ نشوان الحسام»: a name after the affiliation.
            let afterDefinite = personName(in: words, after: 2).flatMap { k in
                text.tokens[words[k - 1]].isDefinite && k + 1 < words.count ? k : nil
            }
            if let nameStart = givenName(in: words, after: 1) ?? afterDefinite { named(words, from: nameStart, &p) }
            else if definite && words.count <= 2 { p.backReference = .head(p.head) }
        case .vague:
            p.kind = lexicon.roles(p.head).contains(.mediaNoun) ? .media : .unspecified
            p.anonymity = .vague
        case .group:
            p.kind = .group; p.anonymity = .anonymous
        case .role, .person:
            role(words, definite: definite, &p)
            // «الزوج»، «المعلمة»: a person described, not an office.
            if category == .person, p.anonymity == .role, words.count == 1 || !(definite || constructIsDefinite(words)) {
                p.anonymity = .anonymous
            }
        case .title:
            p.kind = .person
            let rest = words.drop { facts[$0].speakerWord?.category == .title }
            if rest.isEmpty {
                p.anonymity = .role
            } else if opensWithFunctionWord(rest.first!, afterTitle: true) {
                // «جنرال في القوات الجوية الأفغانية»، «الدكتور في العلاقات
                // الدولية»: a rank and where it serves, an unnamed person;
                // a name, if any, follows the affiliation.
                if let k = givenName(in: words, after: words.count - rest.count + 1) {
                    named(words, from: k, &p)
                } else {
                    p.anonymity = .anonymous
                    p.role = text.text(words.first!, words.last!)
                    p.affiliation = affiliation(in: words)
                    p.name = p.role!
                }
            } else if facts[rest.first!].speakerWord?.category.isRoleLike == true {
                // «فضيلة إمام وخطيب المسجد النبوي الشيخ صلاح البدير»: an
                // office after the title, then the name.
                p.head = Self.normalizedHead(text.tokens[rest.first!].stem)
                role(Array(rest), definite: true, &p)
            } else {
                setName(Array(rest), &p)
            }
        case .institution:
            p.kind = .institution
            if definite && words.count == 1 && text.tokens[words[0]].norm.hasKeySuffix("ة") { p.backReference = .head(p.head) }
            setName(words, &p)
        case .media:
            p.kind = .media
            if definite && words.count == 1 { p.backReference = .head(p.head) }
            setName(words, &p)
        case .place:
            p.kind = .place; setName(words, &p)
        case .document:
            p.kind = .unspecified; p.anonymity = .vague
            // «البيان»، «بيان للتحالف»: the report just mentioned, or its
            // issuer; «الدراسات العلمية» is a source of its own.
            let issuer = words.dropFirst().contains { k in
                text.tokens[k].norm.hasKeyPrefix("ل") && facts[k].speakerWord != nil
            }
            if words.count == 1 || issuer { p.backReference = .document }
            setName(words, &p)
        }
    }

    /// A role with or without a name: «وزير الخارجية وليد المعلم» is named;
    /// «وزير الخارجية الروسي» is a role; «الوزير» points back.
    private func role(_ words: [Int], definite: Bool, _ p: inout SpeakerProfile) {
        p.kind = .person
        if let nameStart = personName(in: words, after: 1), !namesAGenitive(words, nameStart) {
            named(words, from: nameStart, &p)
        } else {
            // «قائد ميداني»: an indefinite role with only adjectives is an
            // unnamed person; «وزير الخارجية»، «متحدث باسم الكرملين» point to
            // one office holder.
            let pointsToOffice = definite || constructIsDefinite(words)
            p.anonymity = pointsToOffice ? .role : .anonymous
            p.role = text.text(words.first!, words.last!)
            p.affiliation = affiliation(in: words)
            p.name = p.role!
            // «الوزير»، «مدرب الهلال»: a definite role without a name may be
            // someone already introduced; the registry decides. An indefinite
            // one («قائد ميداني») always introduces someone new.
            if pointsToOffice { p.backReference = .head(p.head) }
            // «اللاعب»، «المهاجم السوري»: a bare definite role, or one with
            // only nisba adjectives, describes someone already named.
            p.definiteRole = definite && words.dropFirst().allSatisfy { k in
                let t = text.tokens[k]
                return t.isDefinite && (t.norm.hasKeySuffix("ي") || t.norm.hasKeySuffix("ية"))
            }
        }
    }

    /// «وزير الخارجية»، «إمام وخطيب المسجد الحرام»، «متحدث باسم الكرملين»:
    /// a role in construct with a definite noun names one office. The
    /// construct ends at a preposition: «مسؤول في الوزارة» is anyone there.
    private func constructIsDefinite(_ words: [Int]) -> Bool {
        for k in words.dropFirst() {
            let t = text.tokens[k]
            if facts[k].roles.contains(.officePreposition) { return false }
            if t.isDefinite || facts[k].roles.contains(.spokesFor) || t.norm.hasKeyPrefix("لل") || t.norm.hasKeyPrefix("وال") { return true }
            // A proper noun is definite without the article: «أمين عام أوبك».
            if facts[k].place != nil || facts[k].speakerWord.map({ [.institution, .media].contains($0.category) }) == true {
                return true
            }
        }
        return false
    }

    /// «المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي»: the name
    /// follows a second office in the genitive (لرئيس، باسم وزير) and is
    /// that office holder's, not the speaker's.
    private func namesAGenitive(_ words: [Int], _ nameStart: Int) -> Bool {
        words[1..<nameStart].contains { k in
            let t = text.tokens[k]
            return (t.norm.hasKeyPrefix("ل") || t.norm.hasKeyPrefix("ب")) && !t.norm.hasKeyPrefix("لل")
                && facts[k].speakerWord?.category.isRoleLike == true
        }
    }

    private func named(_ words: [Int], from nameStart: Int, _ p: inout SpeakerProfile) {
        let roleWords = Array(words[..<nameStart])
        if !roleWords.isEmpty {
            p.role = text.text(roleWords.first!, roleWords.last!)
            p.affiliation = affiliation(in: roleWords)
        }
        p.kind = .person
        p.anonymity = .named
        setName(Array(words[nameStart...]), &p)
        if let g = facts[words[nameStart]].givenName { p.gender = g; p.hasGivenName = true }
    }

    /// Index (into `words`) where a personal name starts: the first given
    /// name, or else the first word that is neither definite, nor known to
    /// the lexicon, nor attached to a clitic.
    private func personName(in words: [Int], after skip: Int) -> Int? {
        guard words.count > skip else { return nil }
        if let k = givenName(in: words, after: skip) { return k }
        // A personal name runs to the end of the phrase and has at most five
        // words («عبدالله بن عبدالعزيز آل سعود»); a longer run is a clause
        // («اللاعب خيار رائع كلاعب آسيوي …»).
        return (skip..<words.count).first { k in
            guard words.count - k <= 5 else { return false }
            let t = text.tokens[words[k]]
            if k > 0, facts[words[k - 1]].category == .placeNoun { return false }
            // «معلمة تبوك»: after an indefinite person noun the word is its
            // genitive, not a name.
            if k == 1, !text.tokens[words[0]].isDefinite,
               facts[words[0]].speakerWord?.category == .person { return false }
            // Nisba adjectives (تركي، أمني، مصرية) and plurals are not names.
            // Names end so too («رؤوفين ريفيلين»، «لافي اللهيبي»); right after
            // a definite word an indefinite one is in apposition, not its
            // adjective (which would be definite) or a plural.
            let afterDefinite = k > 0 && text.tokens[words[k - 1]].isDefinite
            if t.norm.hasKeySuffix("ة") { return false }
            if !afterDefinite, ["ي", "ون", "ين", "ان"].contains(where: { t.norm.hasKeySuffix($0) }) { return false }
            // A possessive pronoun marks a common noun: «في نهاية خطبته».
            if lexicon.hasSuffix(t.norm, .commonPossessive) { return false }
            let prefixed = ["ل", "ب", "و"].contains { t.norm.hasKeyPrefix($0) } && facts[words[k]].speakerWord != nil
            return !t.isDefinite && !prefixed && facts[words[k]].speakerWord == nil && facts[words[k]].place == nil
                && facts[words[k]].category == nil && facts[words[k]].stemCategory == nil
                && !facts[words[k]].roles.contains(.spokesFor)
                && !(facts[words[k]].roles.contains(.officePreposition) && !facts[words[k]].roles.contains(.alaOrAli))
                && !t.norm.hasKeyPrefix("لل") && !t.norm.hasKeyPrefix("بال")
        }
    }

    /// A given name followed by at least one more name word («سعد الحديثي»);
    /// a lone one at the end is a nisba adjective («مسؤول تركي»).
    private func givenName(in words: [Int], after skip: Int) -> Int? {
        guard words.count > skip + 1 else { return nil }
        return (skip..<(words.count - 1)).first {
            facts[words[$0]].givenName != nil && !text.tokens[words[$0]].endsInAlefMaqsura
        }
    }

    /// The institution a role belongs to: after «باسم», or the first
    /// institution head inside the role («مدير شرطة الرياض»).
    private func affiliation(in words: [Int]) -> String? {
        if let k = words.firstIndex(where: { facts[$0].roles.contains(.spokesFor) }), k + 1 < words.count {
            return text.text(words[k + 1], words.last!)
        }
        if let k = words.dropFirst().firstIndex(where: {
            let c = facts[$0].speakerWord?.category
            return c == .institution || c == .media
        }) {
            return stripClitic(text.text(words[k], words.last!))
        }
        return nil
    }

    private func stripClitic(_ s: String) -> String {
        if s.hasPrefix("لل") { return "ال" + s.dropFirst(2) }
        if let f = s.first, "لب".contains(f), s.dropFirst().hasPrefix("ا") || s.count > 4 { return String(s.dropFirst()) }
        return s
    }

    private func setName(_ words: [Int], _ p: inout SpeakerProfile) {
        guard let first = words.first, var last = words.last else { return }
        // «وكالة «تاس»»: keep the closing mark of a quoted name.
        if last + 1 < text.tokens.count, let q = text.quotations.first(where: { $0.close == last + 1 }),
           q.open > first || (q.open >= first - 1 && q.open < last) {
            last += 1
        }
        p.name = displayName(first, last)
        p.nameTokens = words.map { text.tokens[$0].stem }
    }

    /// The phrase as written, without a leading conjunction on a known
    /// head («وكثير من الدول» → «كثير من الدول»).
    private func displayName(_ first: Int, _ last: Int) -> String {
        let name = text.text(first, last)
        let head = text.tokens[first].norm
        guard head.hasPrefix("و"), lexicon.speakerWords[String(head.dropFirst())] != nil, name.hasPrefix("و") else { return name }
        return String(name.dropFirst())
    }

    private func addApposition(_ words: [Int], to p: inout SpeakerProfile) {
        guard p.role == nil, let first = words.first, let last = words.last else { return }
        p.role = text.text(first, last)
        p.affiliation = affiliation(in: words)
        if let k = words.firstIndex(where: { facts[$0].roles.contains(.spokesFor) }) {
            p.role = text.text(first, words[max(0, k - 1)])
        }
    }

    /// A sound plural of an agent noun (متخصصون، محللين، مستثمران): long
    /// enough not to be a name that merely ends so (شارون), and, for the
    /// endings names share (بوتين، أردوغان), with the participle's م.
    static func looksLikeHumanPlural(_ norm: String) -> Bool {
        let n = norm.unicodeScalars.count
        if norm.hasSuffix("ون") { return n >= 6 }
        return norm.hasPrefix("م") && n >= 6 && (norm.hasSuffix("ين") || norm.hasSuffix("ان"))
    }

    /// The head noun of a role, without the article: «المتحدث الرسمي» → «متحدث».
    static func roleHead(_ role: String?) -> String? {
        guard let first = role?.split(separator: " ").first else { return nil }
        let norm = ArabicNormalizer.normalize(first)
        return norm.hasPrefix("ال") && norm.count > 4 ? String(norm.dropFirst(2)) : norm
    }

    /// «للخبراء» → «الخبراء»، «لوزارة الداخلية» → «وزارة الداخلية».
    static func dropLam(_ s: String) -> String {
        let norm = ArabicNormalizer.normalize(s.prefix(3))
        if norm.hasPrefix("لل") { return "ال" + s.dropFirst(2) }
        if norm.hasPrefix("ل"), s.count > 3 { return String(s.dropFirst()) }
        return s
    }

    /// Plural and singular source nouns refer to each other (المصادر ↔ مصدر).
    static func normalizedHead(_ head: String) -> String {
        let possessive = ["نا", "ها"].first { head.keyLength > 5 && head.hasKeySuffix($0) }.map { String(head.dropLast($0.count)) }
        let word = possessive ?? head
        return singularHeads[word] ?? word
    }

    /// Plural source nouns and their singulars, made once (this runs for
    /// every speaker phrase).
    private static let singularHeads = WordTable<String>(
        [("مصادر", "مصدر"), ("مسؤولون", "مسؤول"), ("مسؤولين", "مسؤول"), ("مسئول", "مسؤول")])
}
