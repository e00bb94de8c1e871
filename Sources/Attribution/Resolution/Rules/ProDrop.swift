/// Pro-drop: a verb or participle with no overt subject («وأضاف»، «وأضافت»،
/// «وأضافوا») is said by the last speaker whose gender and number agree
/// (`EntityRegistry.proDrop`), unless it continues a clause whose subject
/// is a known speaker (`ClauseSubject`: after و, in the sentence before,
/// or after a comma or «حيث» in a sentence opening with a verb); a plural
/// verb with no plural speaker yet by the group just mentioned; failing
/// all, by a person named later (`NamedLater`).
///
///     «وقال الوزير إن … وأضاف أن …» → الوزير
///     «… المحتجون … اعتبروه «أحادي الجانب»» → المحتجون
extension SpeakerResolver {
    mutating func proDrop(_ cue: CueMatch) -> String? {
        openCast()
        // «… المحتجون … اعتبروه «أحادي الجانب»»: a plural verb with no plural
        // speaker quoted yet goes to the people just mentioned.
        if cue.number == .plural, !registry.hasAgreeingSpeaker(gender: cue.gender, number: .plural),
           let group = recentGroup(before: cue.first) {
            return registry.resolve(group)
        }
        // «وألقت إيران باللائمة … وتعهدت بالرد»: the subject of the clause
        // the verb continues (`ClauseSubject`).
        if let subject = clauseSubject(of: cue) ?? previousClauseSubject(of: cue) { return registry.resolve(subject) }
        if let subject = openingSubject(before: cue) { return registry.resolve(subject) }
        if let id = registry.proDrop(gender: cue.gender, number: cue.number, at: text.tokens[cue.first].start) {
            return id
        }
        return namedLater(before: cue).map { registry.resolve($0) }
    }

    /// The nearest plural group of people mentioned in this or the previous
    /// sentence (المحتجون، الشبان المحتجون، شهود).
    ///
    /// A singular group word with و fused to it and no article is the
    /// perfect verb of the same letters opening a clause, not a noun
    /// phrase: «وشاهد العلماء المجرة» ("and the scientists watched"),
    /// «وشاهد كل شيء». The noun stands bare («وكان شاهد عيان ومصدر طبي
    /// … قالا»).
    func recentGroup(before cue: Int) -> SpeakerProfile? {
        let sentence = text.tokens[cue].sentence
        var k = cue - 1
        while k >= 0, text.tokens[k].sentence >= sentence - 1 {
            let t = text.tokens[k]
            let group = lexicon.speakerWord(t.norm)?.category == .group
                || (t.isDefinite && (t.norm.hasSuffix("ون") || t.norm.hasSuffix("ين")) && t.norm.count >= 7)
            if t.isWord, group, let p = classifier.profile(k...k, verbGender: nil), p.kind == .group,
               !(p.number == .singular && t.norm.hasKeyPrefix("و") && !t.norm.hasKeyPrefix("وال")) {
                return p
            }
            k -= 1
        }
        return nil
    }
}

extension EntityRegistry {
    /// The speaker of a pro-drop verb or participle with this agreement:
    /// the last speaker who agrees; else the last person of the cast who
    /// agrees, introduced before the verb without being quoted («وتواصلت
    /// (الرياضي) مع رئيس اللجنة الدكتور عبدالله البرقان …، فأكد أن …»);
    /// else the last speaker.
    /// Whether a speaker quoted so far agrees with this verb.
    func hasAgreeingSpeaker(gender: Gender?, number: Number) -> Bool {
        recentSpeakers.contains { id in record(id).map { Self.agrees($0.entity, gender: gender, number: number) } ?? false }
    }

    /// (`excluding`: a speaker it cannot be, the relayer of «ونقل موقع
    /// النادي عنه قوله».)
    mutating func proDrop(gender: Gender?, number: Number, at offset: Int, excluding: String? = nil) -> String? {
        var seen: Set<String> = excluding.map { [$0] } ?? []
        for id in recentSpeakers.reversed() where seen.insert(id).inserted {
            if let r = record(id), Self.agrees(r.entity, gender: gender, number: number), !isScripture(r) { return id }
        }
        for id in relayed.reversed() where seen.insert(id).inserted {
            if let r = record(id), Self.agrees(r.entity, gender: gender, number: number),
               r.entity.mentions.map(\.start).max() ?? 0 > lastMention(of: lastSpeaker) { return id }
        }
        if number == .singular, let member = cast.members(before: offset).last(where: { m in
            m.span.start < offset && m.hasGivenName && m.number == .singular
                && (gender == nil || m.gender == nil || m.gender == gender)
        }) {
            let id = sameName(member) ?? create(member)
            merge(member, into: id)
            return id
        }
        return lastSpeaker
    }

    /// «قال تعالى: (…)»، «قال صلى الله عليه وسلم: «…»» inside a sermon:
    /// God or the Prophet quoted (`MentionClassifier.godName`,
    /// `prophetName`) is cited by the preacher and continues none of his
    /// verbs («… (…). وشدد على أن …»).
    func isScripture(_ r: Record) -> Bool {
        r.entity.name == MentionClassifier.godName || r.entity.name == MentionClassifier.prophetName
    }

    static func agrees(_ e: Entity, gender: Gender?, number: Number) -> Bool {
        let plural = e.number == Number.plural.rawValue
        switch (gender, number) {
        case (_, .plural): return plural
        case (.feminine?, _): return e.gender == "f" && !plural
        case (.masculine?, _): return e.gender != "f" && !plural && e.number != Number.nonHumanPlural.rawValue
        default: return true
        }
    }
}

extension EntityRegistry {
    func lastMention(of id: String?) -> Int {
        id.flatMap { record($0)?.entity.mentions.map(\.start).max() } ?? -1
    }
}
