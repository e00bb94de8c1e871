/// Back-references: a definite role or institution that points to an
/// earlier speaker («الوزير»، «المصدر»، «الوزارة»). The antecedent is
/// chosen by `EntityRegistry.antecedent(of:)`; here the article's fuller
/// earlier name of an institution not yet quoted.
///
///     «… وزارة الصحة …» … «وقالت الوزارة إن …» → وزارة الصحة
extension SpeakerResolver {
    /// «الوزارة» with no ministry quoted yet: the article named it earlier
    /// without quoting it («… وزارة الصحة …»); that fuller name is the
    /// antecedent, so that «الوزارة» of one article is not merged with
    /// «الوزارة» of another.
    func earlierFullName(of p: SpeakerProfile) -> SpeakerProfile? {
        guard case .head(let head)? = p.backReference, p.kind == .institution || p.kind == .media,
              !registry.records.contains(where: { $0.head == head }) else { return nil }
        var k = tokenIndex(atOffset: p.span.start) - 1
        while k >= 0 {
            // (Fields read in place, keys compared on bytes: this looks at
            // every word before the phrase.)
            if text.tokens[k].isWord, text.tokens[k].stem.equalsKey(head) || text.tokens[k].norm.equalsKey(head),
               k + 1 < text.tokens.count, text.tokens[k + 1].isWord {
                let end = parser.phraseEnd(from: k, sentence: text.tokens[k].sentence)
                if end > k, let fuller = classifier.profile(k...end, verbGender: nil), fuller.anonymity == .named,
                   fuller.kind == p.kind, fuller.name.count > p.name.count {
                    return fuller
                }
            }
            k -= 1
        }
        return nil
    }
}

extension EntityRegistry {
    func antecedent(of p: SpeakerProfile) -> String? {
        switch p.backReference {
        case .same?, .honorific?:
            return lastSpeaker
        case .document?:
            // «التقرير» after «تقرير …» is the same report; «البيان» with no
            // report before it speaks for the last institution quoted.
            if let r = records.last(where: { $0.head == p.head }) { return r.entity.id }
            return recentSpeakers.reversed().first { id in
                [.institution, .media, .place].contains(record(id)?.entity.kind)
            } ?? lastSpeaker
        case .head(let head)?:
            // The head may come from a later, fuller name: «الصحة العالمية»
            // in the headline became «منظمة الصحة العالمية».
            // Two spokesmen of different bodies are two people.
            let affiliation = names.key(p.affiliation ?? "")
            // «الرئيس الأمريكي» is not «رئيس الوزراء الإسرائيلي»: offices of
            // two countries are two people (`Nationality`).
            let nationality = Nationality(lexicon: cast.lexicon)
            let countries = nationality.countries(in: p.role)
            // «المسؤول» is one person, not «مسؤولون عسكريون» quoted before;
            // «الوزراء» are several, not «وزير المالية الفرنسي».
            let plural = Number.plural.rawValue
            let compatible = { (r: Record) in
                (p.number != .singular || r.entity.number != plural) && (p.number != .plural || r.entity.number == plural)
                && (affiliation.isEmpty || r.entity.affiliation == nil || !affiliation.isDisjoint(with: names.key(r.entity.affiliation!)))
                    // (No countries allow any office: the office's text is
                    // not made.)
                    && (countries.isEmpty
                        || nationality.allows(countries, as: [r.entity.role, r.entity.affiliation].compactMap { $0 }.joined(separator: " ")))
            }
            let matches = { (r: Record) in
                (r.head == head || r.roleHead == head || names.roleHead(r.entity.name) == head
                    || self.conjoinedRoleHeads(r.entity.role).contains(head)) && compatible(r)
            }
            if let id = recentSpeakers.reversed().first(where: { record($0).map(matches) ?? false }) { return id }
            if let r = records.last(where: matches) { return r.entity.id }
            if p.kind == .person, p.anonymity == .role, p.definiteRole { return lastNamedPerson(agreeingWith: p) }
            return nil
        case nil:
            return sameName(p)
        }
    }

    /// «اللاعب»، «الفتاة»: a bare definite office or person noun (with
    /// nisba adjectives at most) that no earlier mention or cast member
    /// of its head explains is the last named person quoted, of its
    /// gender. (For a person noun the cast is asked first: `resolve`.)
    func lastNamedPerson(agreeingWith p: SpeakerProfile) -> String? {
        guard p.kind == .person, p.number != .plural, p.definiteRole, !isPossessedPersonNoun(p.role) else { return nil }
        let last = recentSpeakers.reversed().first { id in
            guard let e = record(id)?.entity else { return false }
            return e.kind == .person && e.anonymity == .named && (p.gender == nil || e.gender == p.gender?.rawValue)
        }
        // «المدرب الهولندي» right after «الحارس البلجيكي سيمون مينيولي» is
        // someone else, and no one further back.
        let nationality = Nationality(lexicon: cast.lexicon)
        guard let last, nationality.allows(nationality.countries(in: p.role), as: record(last)?.entity.role) else { return nil }
        return last
    }

    /// «والده»، «زوجته» (his father, his wife): one person noun with its
    /// possessive (`Lexicon.possessedPerson`) is a relative of whomever
    /// the pronoun stands for, not the last person quoted: «… كما قال
    /// والده» after «السيسي».
    private func isPossessedPersonNoun(_ role: String?) -> Bool {
        guard let role, !role.contains(" ") else { return false }
        return cast.lexicon.possessedPerson(ArabicNormalizer.normalize(role)) != nil
    }

    /// «المبعوث الخاص ومنسق شئون الطاقة الدولية»: the heads of the offices
    /// joined by و after the first (here منسق), so that «منسق شئون الطاقة»
    /// points back to the envoy too.
    func conjoinedRoleHeads(_ role: String?) -> [String] {
        guard let role, Self.mayHaveConjoinedWord(role), role.contains(" و") else { return [] }
        return role.split(separator: " ").compactMap { word -> String? in
            let norm = ArabicNormalizer.normalize(word)
            guard norm.hasPrefix("و"), norm.count > 3 else { return nil }
            let rest = String(norm.dropFirst())
            guard let w = cast.lexicon.speakerWord(rest), w.category.isRoleLike else { return nil }
            return MentionClassifier.roleHead(rest)
        }
    }

    /// Whether `role.contains(" و")` can hold, on bytes: Foundation's
    /// `contains` finds « و» only where the bytes hold a space and و
    /// (20 D9 88), or ؤ, which is و with a hamza (20 D8 A4). Most roles
    /// have neither, and `contains` itself searches slowly.
    private static func mayHaveConjoinedWord(_ role: String) -> Bool {
        var role = role
        return role.withUTF8 { b in
            guard b.count >= 3 else { return false }
            for i in 0..<(b.count - 2) where b[i] == 0x20 {
                if (b[i + 1] == 0xD9 && b[i + 2] == 0x88) || (b[i + 1] == 0xD8 && b[i + 2] == 0xA4) { return true }
            }
            return false
        }
    }

    /// A named person of the cast whose role has this head, nearest before
    /// the back-reference, else the first after it.
    func castMember(head: String, role: String? = nil, before offset: Int) -> SpeakerProfile? {
        // The whole cast: whether a later member has the same role decides
        // which earlier one is chosen.
        // «الرئيس الأمريكي» is no «رئيس الوزراء الإسرائيلي» (`Nationality`).
        let nationality = Nationality(lexicon: cast.lexicon)
        let countries = nationality.countries(in: role)
        let all = cast.all.filter {
            names.roleHead($0.role) == head && $0.anonymity == .named && nationality.allows(countries, as: $0.role)
        }
        // «الرئيس الإسرائيلي» is the cast's «الرئيس الاسرائيلي رؤوفين ريفيلين»
        // rather than another «رئيس».
        let key = names.key(role ?? "")
        let sameRole = all.filter { !key.isEmpty && key.isSubset(of: names.key($0.role ?? "")) }
        let candidates = sameRole.isEmpty ? all : sameRole
        // A name that opens with a given name is surely one; a run of
        // unknown words after a role may be a clause («اللاعب خيار رائع …»).
        let sure = candidates.filter(\.hasGivenName)
        let members = sure.isEmpty ? candidates : sure
        if let before = members.last(where: { $0.span.start < offset }) { return before }
        // «وشدد أخصائي علم النفس» after «الدكتور حسن محمد ثاني أستاذ علم
        // النفس المشارك» and before «أخصائي التغذية لافي اللهيبي»: with no
        // office of this head before it, the role's field (its words after
        // the head, two at least) points back to the named person who had
        // it.
        if let role, let first = role.splitAtSpaces().first {
            let field = key.subtracting(names.key(String(first)))
            if !field.isEmpty, let earlier = cast.all.last(where: {
                $0.span.start < offset && $0.anonymity == .named && $0.kind == .person
                    && field.intersection(names.key($0.role ?? "")).count >= 2
            }) {
                return earlier
            }
        }
        return members.first
    }

    /// «اتهم ترامب بكين» after «للرئيس الأمريكي دونالد ترامب», who was
    /// not quoted: a lone surname is the person the cast introduced
    /// before it with that surname, the nearest one.
    func castMember(surname p: SpeakerProfile) -> SpeakerProfile? {
        guard p.kind == .person, p.anonymity == .named, p.backReference == nil, p.nameTokens.count == 1,
              let word = p.nameTokens.first, cast.mayBeSurname(ArabicNormalizer.normalize(p.name)) else { return nil }
        // «وأشاد البراك» after «بحضور … خالد البراك», before any verb
        // opened the cast: the surname is looked up all the same
        // (`Cast.harvested(before:)`), the cast staying closed to the
        // other rules.
        return introducedPerson(surname: word, before: p.span.start, evenIfClosed: true)
    }

    /// The nearest named person of the cast, introduced before `offset`
    /// with a given name, whose surname (last name word, a stem) is
    /// `word`. Callers ask `Cast.mayBeSurname` first: the harvest is dear.
    func introducedPerson(surname word: String, before offset: Int, evenIfClosed: Bool = false) -> SpeakerProfile? {
        (evenIfClosed ? cast.harvested(before: offset) : cast.members(before: offset)).last { m in
            m.span.start < offset && m.kind == .person && m.anonymity == .named && m.hasGivenName
                && m.nameTokens.count >= 2 && m.nameTokens.last == word
        }
    }
}
