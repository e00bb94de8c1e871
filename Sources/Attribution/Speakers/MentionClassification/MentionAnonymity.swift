/// The anonymity decision: whether a mention names its speaker, points
/// to an office, hides him, or is vague. Every place a mention's
/// `anonymity` is set is in this file (a mention starts `.named` in
/// `MentionClassifier.profile`, for a name the lexicon does not know).
///
///     وقال مصدر مطلع لسكاي نيوز عربية إن …
///
/// «مصدر مطلع» is anonymous because its head «مصدر» is a speaker word of
/// category `anonymous` in `Resources/Lexicon/speakers.tsv` (the row
/// `مصدر	anonymous	m	s`; «مصادر», «مسؤول» … likewise), and no name
/// follows it: «مطلع» is neither a given name (`names.tsv`) nor a name
/// after a definite word, so `anonymousHead` leaves the anonymity it set.
/// «المصدر» alone would point back to the last «مصدر …» instead.
///
/// The rows that drive it:
/// - `speakers.tsv` category: `anonymous` (مصدر، مسؤول) → anonymous;
///   `vague` (تقارير، أنباء) and `document` (بيان) → vague; `group`
///   (شهود) → anonymous group; `role` (وزير) → a role, or named when a
///   name follows, or anonymous when indefinite («قائد ميداني»); `person`
///   (الزوج) → anonymous unless definite in construct; `title` (الدكتور)
///   → named, or a role alone; `institution` and `media` → named, or
///   anonymous when indefinite with only adjectives («منظمة حقوقية»);
/// - `roles.tsv`: `oneof` (أحد، إحدى) → one anonymous member of a group;
///   `medianoun` (وسائل، صحف) → a vague source of kind media;
///   `officepreposition`, `spokesfor` → whether a role's construct is
///   definite (one office) or not;
/// - `names.tsv`: a given name after the head makes the mention named.
///
/// (The audit's anonymity criteria, `anonymity.tsv` and
/// `AnonymityCriteria`, grade the reasons an article gives for hiding a
/// source; they do not decide this.)
extension MentionClassifier {
    /// Kind, anonymity and agreement from the head's category in
    /// speakers.tsv: «مصدر مطلع» (anonymous) is an unspecified anonymous
    /// source, «وزير الخارجية» (role) an office, «تقارير» (vague) vague.
    func apply(_ category: SpeakerWord.Category, _ head: SpeakerWord, words: [Int],
               to p: inout SpeakerProfile) {
        p.gender = p.gender ?? head.gender
        p.number = head.number
        if !head.category.isRoleLike && head.category != .title { p.gender = head.gender }
        let definite = text.tokens[words[0]].isDefinite || text.tokens[words[0]].norm.hasKeyPrefix("لل") || isPossessedPerson(words[0])
        switch category {
        case .anonymous:
            p.kind = .unspecified; p.anonymity = .anonymous
            // «المسؤول عن الطوارئ نشوان الحسام»: a name after the affiliation.
            let afterDefinite = personName(in: words, after: 2).flatMap { k in
                text.tokens[words[k - 1]].isDefinite && k + 1 < words.count ? k : nil
            }
            // «المصورة نجلاء»، «المصور لميا الرميح»: right after a singular
            // definite head, a word that looks like part of a name begins one.
            let afterHead = text.tokens[words[0]].isDefinite && head.number == .singular && words.count >= 2
                && !text.tokens[words[1]].hasTanwinFatha && !text.tokens[words[1]].norm.hasKeyPrefix("ف")
                && parser.looksLikeNamePart(words[1]) ? 1 : nil
            if let nameStart = givenName(in: words, after: 1) ?? afterDefinite ?? afterHead { named(words, from: nameStart, &p) }
            else if definite && words.count <= 2 { p.backReference = .head(p.head) }
        case .vague:
            p.kind = lexicon.roles(p.head).contains(.mediaNoun) ? .media : .unspecified
            p.anonymity = .vague
        case .group:
            p.kind = .group; p.anonymity = .anonymous
        case .role, .person:
            role(words, definite: definite, &p)
            // «الزوج»، «المعلمة»: a person described, not an office; nor
            // «مستخدم للإنترنت» (France 24): «لل» after an indefinite
            // person noun is a preposition, not a construct.
            let prepositional = !definite && words.count > 1 && text.tokens[words[1]].norm.hasKeyPrefix("لل")
            if category == .person, p.anonymity == .role,
               words.count == 1 || prepositional || !(definite || constructIsDefinite(words)) {
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
                p.head = Self.normalizedHead(text.tokens[rest.first!].stem, lexicon: lexicon)
                role(Array(rest), definite: true, &p)
            } else {
                setName(Array(rest), &p)
            }
        case .institution:
            p.kind = .institution
            if definite && words.count == 1 && text.tokens[words[0]].norm.hasKeySuffix("ة") { p.backReference = .head(p.head) }
            setName(words, &p)
            if unnamedBody(words, definite: definite) { p.anonymity = .anonymous }
        case .media:
            p.kind = .media
            if definite && words.count == 1 { p.backReference = .head(p.head) }
            setName(words, &p)
            if unnamedBody(words, definite: definite) { p.anonymity = .anonymous }
        case .place:
            p.kind = .place; setName(words, &p)
        case .document:
            p.kind = .unspecified; p.anonymity = .vague
            // «البيان»، «بيان للتحالف»، «تقرير أوبك»: the report just
            // mentioned, or its issuer (`MentionIssuer`); «الدراسات العلمية»
            // is a source of its own.
            if words.count == 1 || documentIssuer(words) != nil { p.backReference = .document }
            setName(words, &p)
        }
    }

    /// «منظمة حقوقية»، «صحيفة سويسرية»، «شركة عالمية جديدة»: a
    /// feminine body or outlet without the article whose other words are
    /// all feminine adjectives is unnamed, as «مصادر دبلوماسية» is; a
    /// name or a genitive after it («منظمة العفو»، «صحيفة "حرييت"»،
    /// «شركة أبل»، «حكومة مالي»، «شرطة تينيسي») names it. (After a
    /// masculine head a word in ي may be a name as well as an adjective:
    /// «جيش مالي»، «مكتب ماي».) The adjectives are nisba («سويسرية») or
    /// participles («معنية»، «مسلحة»); «شرطة سنغافورة»، «شرطة مدينة …»
    /// are named. In a title («صحيفة بريطانية: …») the body names the
    /// paper, and the mention stays as it was.
    func unnamedBody(_ words: [Int], definite: Bool) -> Bool {
        guard !definite, words.count >= 2, text.tokens[words[0]].norm.hasKeySuffix("ة"),
              text.tokens[words[0]].paragraph > 0 else { return false }
        return words.dropFirst().allSatisfy { k in
            let t = text.tokens[k]
            return t.isWord && !t.isDefinite && (t.norm.hasKeySuffix("ية") || (t.norm.hasKeyPrefix("م") && t.norm.hasKeySuffix("ة") && t.norm.unicodeScalars.count >= 5))
                && facts[k].place == nil && facts[k].category != .placeNoun
                && facts[k].givenName == nil && facts[k].speakerWord == nil && (k == 0 || text.quote(openingAt: k - 1) == nil)
        }
    }

    /// A role with or without a name: «وزير الخارجية وليد المعلم» is named;
    /// «وزير الخارجية الروسي» is a role; «الوزير» points back.
    func role(_ words: [Int], definite: Bool, _ p: inout SpeakerProfile) {
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
            // «متحدث آخر باسم جيش الشام»، «عضو آخر في الميليشيا»: "another"
            // holder of the office (right after it or its adjective; not
            // «… من جهة أخرى») is someone new, never the one quoted before.
            let another = words.dropFirst().prefix(2).contains { facts[$0].roles.contains(.another) && !text.tokens[$0].isDefinite }
            if pointsToOffice, !another { p.backReference = .head(p.head) }
            // «اللاعب»، «المهاجم السوري»: a bare definite role, or one with
            // only nisba adjectives, describes someone already named.
            p.definiteRole = definite && words.dropFirst().allSatisfy { k in
                let t = text.tokens[k]
                return t.isDefinite && Morphology.endsLikeNisba(t.norm)
            }
        }
    }

    /// «وزير الخارجية»، «إمام وخطيب المسجد الحرام»، «متحدث باسم الكرملين»:
    /// a role in construct with a definite noun names one office. The
    /// construct ends at a preposition: «مسؤول في الوزارة»، «قائد عسكري
    /// بالجيش السوري» is anyone there.
    func constructIsDefinite(_ words: [Int]) -> Bool {
        // Whether every word so far after the head is a noun without the
        // article: the construct chain the proper-noun reading needs.
        var chain = true
        if words.count >= 2, opensRelativeClause(words[1], head: words[0]) { return false }
        for k in words.dropFirst() {
            let t = text.tokens[k]
            if facts[k].roles.contains(.officePreposition) { return false }
            // «قائد عسكري بالجيش السوري»: ب glued to a body («بالجيش»،
            // «بالوزارة») is a preposition too («باليرمو»، «بالنيابة» are
            // not).
            if t.norm.hasKeyPrefix("بال"), let body = lexicon.speakerWord(String(t.norm.dropFirst(3))),
               [.institution, .media].contains(body.category) { return false }
            if t.isDefinite || facts[k].roles.contains(.spokesFor) || t.norm.hasKeyPrefix("لل") || t.norm.hasKeyPrefix("وال") { return true }
            // A proper noun is definite without the article: «أمين عام أوبك».
            // «رئيس وزراء سنغافورة»: a plural office in the chain is a body,
            // as «رئيس مجلس …» is.
            if facts[k].place != nil || facts[k].speakerWord.map({
                [.institution, .media].contains($0.category) || $0.isPluralOffice
            }) == true {
                return true
            }
            // «أمير عسير»، «محافظ أملج»، «ابنة معلمة تبوك»: a word no list
            // knows (not even as a given name: «أم فهد» stays anonymous)
            // in the construct chain is taken for a proper noun,
            // unless it is shaped as an adjective or a common noun («خبير
            // شفرات»، «قائد ميداني»); after an adjective the chain is over
            // («خبير اقتصادي بارز»).
            if chain, facts.isUnlistedWord(k), facts[k].givenName == nil, !Self.looksLikeCommonNoun(t.norm) { return true }
            if Morphology.endsLikeNisba(t.norm) || facts[k].category == .roleWord { chain = false }
        }
        return false
    }

    /// «وقالت سيدة وصلت إلى مدينة دوما»، «وقالت امرأة تسكن في الحي»: right
    /// after an indefinite head, a word the lists lack shaped as a verb
    /// agreeing with it (four letters: ت… or …ت after a feminine head,
    /// ي… after a masculine one) and followed by a preposition or a
    /// definite word opens a relative clause describing an unnamed
    /// person, not a proper noun in construct («معلمة تبوك»).
    func opensRelativeClause(_ k: Int, head: Int) -> Bool {
        let t = text.tokens[k], norm = t.norm
        guard !text.tokens[head].isDefinite, t.isWord, facts.isUnlistedWord(k), facts[k].givenName == nil,
              norm.keyLength == 4, k + 1 < text.tokens.count, text.tokens[k + 1].isWord,
              facts[k + 1].roles.contains(.officePreposition) || facts[k + 1].roles.contains(.contentPreposition)
                || text.tokens[k + 1].isDefinite,
              let gender = facts[head].speakerWord?.gender else { return false }
        return gender == .feminine ? norm.hasKeyPrefix("ت") || norm.hasKeySuffix("ت") : norm.hasKeyPrefix("ي")
    }

    /// Endings of nisba adjectives, feminine and plural nouns: a word so
    /// shaped after an office is its adjective or a common noun
    /// («قائد ميداني»، «خبير شفرات»), not a place or body.
    static func looksLikeCommonNoun(_ norm: String) -> Bool {
        ["ي", "ة", "ات", "ون", "ين", "ان"].contains { norm.hasKeySuffix($0) }
    }

    /// A phrase whose head the lexicon does not know (no speaker word,
    /// place or description before a given name): a name, unless its
    /// shape makes it an unnamed group or member.
    ///
    ///     «المحتجون»      → group, anonymous (a definite sound plural)
    ///     «أحد المسؤولين» → anonymous (role `oneof` in roles.tsv)
    ///     «آخر التقارير»  → vague (role `headafter`: the noun after is the head)
    ///     «وحذر متخصصون»  → group, anonymous (`looksLikeHumanPlural`)
    func unknownHead(_ words: [Int], firstWord: Int, _ p: inout SpeakerProfile) {
        let first = text.tokens[firstWord]
        if first.isDefinite, first.norm.hasKeySuffix("ون") || first.norm.hasKeySuffix("ين"), first.norm.keyLength >= 8,
           !facts.isNamePart(first.norm) {
            // A sound plural of people has at least six letters after the
            // article (المحتجون، الباحثون، الحوثيون); «القانون»، «الزيتون» are
            // singular things. («السعدون» after «سعدون السعدون» is his
            // family name.)
            p.kind = .group; p.anonymity = .anonymous; p.number = .plural
        } else if facts[firstWord].roles.contains(.oneOf), words.count > 2, oneOfWithPronoun(words), let g = givenName(in: words, after: 2) {
            // «أحد منظميها نبيل جاسم»، «أحد رفقائه الدكتور زاهي حواس»: one of
            // a group, named; the words before the given name are the role.
            named(words, from: g, &p)
        } else if facts[firstWord].roles.contains(.oneOf),
                  givenName(in: words, after: 1).map({ $0 == 2 && !oneOfWithPronoun(words) }) ?? true,
                  !words.dropFirst().contains(where: { facts[$0].speakerWord?.category == .title }) {
            // «أحد المسؤولين»، «إحدى المشاركات»: one unnamed member of
            // a group; «وفق أحد بنوده»، «يتحدث أحد»: «one» alone is someone
            // unnamed too.
            p.anonymity = .anonymous; p.name = text.text(words.first!, words.last!)
            if facts[firstWord].roles.contains(.feminine) { p.gender = .feminine }
        } else if facts[firstWord].roles.contains(.headAfter), words.count > 1, let head = facts[words[1]].speakerWord,
                  [.vague, .anonymous, .group, .document].contains(head.category) {
            // «كشفت آخر التقارير»، «أحدث الدراسات»: a superlative before
            // its noun; the noun is the head.
            p.head = Self.normalizedHead(text.tokens[words[1]].stem, lexicon: lexicon)
            apply(head.category, head, words: Array(words.dropFirst()), to: &p)
            // «آخر التقارير» is no report just mentioned; «أحدث تقرير لأوبك»
            // still has its issuer.
            if words.count == 2 { p.backReference = nil }
            p.name = text.text(words.first!, words.last!)
        } else if !first.isDefinite, facts[firstWord].givenName == nil, givenName(in: words, after: 0) == nil,
                  (1...3).contains(words.count), let other = words.last, facts[other].roles.contains(.another),
                  !text.tokens[other].isDefinite {
            // «عن صحفي آخر قوله»، «أحزاب معارضة أخرى»، «وقال آخر»: "another
            // …" closing a short phrase, or alone, is a common noun; no
            // name takes it.
            p.anonymity = .anonymous; p.name = text.text(words.first!, words.last!)
            if ["ون", "ين", "ان", "ات"].contains(where: { text.tokens[other].norm.hasKeySuffix($0) }) {
                p.kind = .group; p.number = .plural
            }
        } else if !first.isDefinite, Self.looksLikeHumanPlural(first.norm), facts[firstWord].givenName == nil,
                  !facts.isNamePart(first.norm), !facts.isSurnameBeforeOffice(first.norm) {
            // «وحذر متخصصون»، «قال مستثمران آخران»: unnamed people by
            // their trade, in the plural or dual.
            p.kind = .group; p.anonymity = .anonymous; p.number = .plural; p.name = text.text(words.first!, words.last!)
        }
    }

    /// «أحد منظميها»، «أحد رفقائه»: the group after «أحد» carries a
    /// pronoun, so a name after it is the member's; in «أحد أصدقاء خالد
    /// الأحمد» the name right after the group is its genitive (whose
    /// friends), and the member stays unnamed. (After a longer chain,
    /// «أحد كبار مشايخ مأرب علي غريب», the name is left as it was.)
    private func oneOfWithPronoun(_ words: [Int]) -> Bool {
        words.count > 1 && lexicon.suffix(of: text.tokens[words[1]].norm, .personPossessive) != nil
    }

    /// «مسؤول، محمد الأحمد»: a name in apposition to a role or an
    /// anonymous noun names the speaker (named, with that role); a group
    /// stays anonymous. Returns whether it did.
    /// - Parameter named: the apposition follows «يدعى» (is named), which
    ///   names one person even of a group noun («أحد المتظاهرين ويدعى …»).
    func namedByApposition(_ apposition: [Int], words: [Int], _ p: inout SpeakerProfile, named: Bool = false) -> Bool {
        let parser = self.parser
        // «رئيس اللجنة المنظمة، الدكتور أحمد الخازم الغامدي،»: a title
        // before the name («الدكتور»، «المهندس») is not part of it.
        var apposition = Array(apposition.drop { facts[$0].speakerWord?.category == .title })
        // «…، السفير سامي الحمد»، «العاهل المغربي، الملك محمد السادس»: an
        // office before a given name is dropped as a title is, and is the
        // role the name is known by («الملك» then points back to him).
        var office: String?
        // («المشرف على الفريق …»: «على» is the preposition, not «علي».)
        if let k = apposition.firstIndex(where: { facts[$0].speakerWord?.category.isRoleLike != true }), k > 0,
           facts[apposition[k]].givenName != nil,
           !facts[apposition[k]].roles.contains(.alaOrAli) || !text.tokens[apposition[k]].endsInAlefMaqsura {
            office = text.text(apposition[0], apposition[k - 1])
            apposition = Array(apposition[k...])
        }
        // «الفريق ضاحي خلفان عبر حسابه على تويتر»: the name ends before a
        // preposition, a homograph of one (عبر = via, `strict`) or a word
        // that opens an adjunct.
        if let end = apposition.dropFirst().firstIndex(where: { k in
            let roles = facts[k].roles
            guard facts[k].givenName == nil, !roles.contains(.nasab) else { return false }  // «بن»، «علي»
            return roles.contains(.notNameWord) || roles.contains(.boundary) || roles.contains(.subjectAdjunct)
                || parser.isStrictHomograph(text.tokens[k].norm)
        }) { apposition = Array(apposition[..<end]) }
        guard !apposition.isEmpty else { return false }
        // («…، الملك عبد الله الثاني»: a name link opens a name too.)
        let nameApposition = facts[apposition[0]].givenName != nil
            || (facts[apposition[0]].roles.contains(.nameLink) && apposition.count >= 2)
            || apposition.allSatisfy { parser.looksLikeNameWord($0) }
        guard nameApposition, p.anonymity == .role || (p.anonymity == .anonymous && (p.kind != .group || named)) else { return false }
        p.backReference = nil
        p.kind = .person
        p.role = office ?? text.text(words.first!, words.last!)
        p.anonymity = .named
        setName(apposition, &p)
        // «وزير الثقافة اليمني السابق، خالد الرويشان،»: a given name
        // opening the apposition gives the gender, as after a role.
        if let g = facts[apposition[0]].givenName { p.gender = g; p.hasGivenName = true }
        return true
    }

    /// «وزير الخارجية الروسي سيرغي لافروف»: a name found after the role
    /// (`PersonName.swift`) makes the mention named, the words before it
    /// its role.
    func named(_ words: [Int], from nameStart: Int, _ p: inout SpeakerProfile) {
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
}
