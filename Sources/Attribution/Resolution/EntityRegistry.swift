/// The speakers of one article, and the rules that decide whether a new
/// speaker phrase names one already seen.
///
/// - A back-reference (المصدر، الوزير، المتحدث باسم الوزارة) goes to the
///   most recent speaker with the same head noun.
/// - A surname or short form (لافروف) joins the full name (سيرغي لافروف).
/// - Pro-drop verbs (وأضاف، وأضافت، وأضافوا) go to the most recent speaker
///   whose agreement fits the verb's gender and number.
struct EntityRegistry {
    struct Record {
        var entity: Entity
        var head: String
        var nameKey: Set<Int>
        var genderKnown: Bool
        /// Head of the entity's role («متحدث» for «إيغر كوناشينكوف،
        /// المتحدث الرسمي …»), so «المتحدث» can point back to it.
        var roleHead: String?
    }

    private(set) var records: [Record] = []
    /// Named people the article introduces anywhere, speaking or not
    /// («المدرب جورجيوس دونيس»): antecedents for a later «المدرب».
    let cast: Cast
    /// Keys of the article's names, computed once each.
    let names = NameKeys()
    /// Entity ids of statements' speakers, in text order.
    private(set) var history: [String] = []
    /// The distinct ids of `history`, each where it occurs last: searching
    /// it backwards finds what searching `history` backwards finds, without
    /// passing the same speaker a thousand times in a long article.
    private(set) var recentSpeakers: [String] = []

    var lastSpeaker: String? { history.last }

    init(cast: Cast) {
        self.cast = cast
    }

    mutating func noteSpeaker(_ id: String) {
        history.append(id)
        if recentSpeakers.last != id {
            if let old = recentSpeakers.lastIndex(of: id) { recentSpeakers.remove(at: old) }
            recentSpeakers.append(id)
        }
    }

    /// Speakers quoted inside another's report («نقلت رويترز عن مولانا سميع
    /// الحق قوله …»): antecedents for a pro-drop verb only when no main
    /// speaker agrees with it («… وقال:» after the feminine رويترز).
    private(set) var relayed: [String] = []

    mutating func noteRelayed(_ id: String) { relayed.append(id) }

    /// The entity a speaker phrase refers to, created if new.
    mutating func resolve(_ p: SpeakerProfile) -> String {
        if p.backReference == .honorific, let member = dignitary(before: p.span.start) {
            let id = sameName(member) ?? create(member)
            merge(p, into: id)
            return id
        }
        if let id = antecedent(of: p) {
            merge(p, into: id)
            return id
        }
        if case .head(let head)? = p.backReference, p.kind == .person,
           let member = castMember(head: head, role: p.role, before: p.span.start) {
            let id = sameName(member) ?? create(member)
            merge(p, into: id)
            return id
        }
        return create(p)
    }

    private func antecedent(of p: SpeakerProfile) -> String? {
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
            let compatible = { (r: Record) in
                affiliation.isEmpty || r.entity.affiliation == nil || !affiliation.isDisjoint(with: names.key(r.entity.affiliation!))
            }
            let matches = { (r: Record) in
                (r.head == head || r.roleHead == head || names.roleHead(r.entity.name) == head) && compatible(r)
            }
            if let id = recentSpeakers.reversed().first(where: { record($0).map(matches) ?? false }) { return id }
            if let r = records.last(where: matches) { return r.entity.id }
            if p.kind == .person, p.anonymity == .role, p.definiteRole {
                return recentSpeakers.reversed().first { id in
                    guard let e = record(id)?.entity else { return false }
                    return e.kind == .person && e.anonymity == .named && (p.gender == nil || e.gender == p.gender?.rawValue)
                }
            }
            return nil
        case nil:
            return sameName(p)
        }
    }

    /// Same normalised name, or a surname / short form of a named speaker.
    private func sameName(_ p: SpeakerProfile) -> String? {
        let key = names.key(p.name)
        guard !key.isEmpty else { return nil }
        if let r = records.last(where: { $0.nameKey == key && $0.entity.kind == p.kind }) { return r.entity.id }
        // «وأكد السيد» after «عبد اللطيف السيد»: a bare title that is the
        // surname of a named person is that person.
        if p.kind == .person, p.anonymity == .role, key.count == 1,
           let r = records.last(where: { $0.entity.kind == .person && $0.entity.anonymity == .named && $0.nameKey.isSuperset(of: key) }) {
            return r.entity.id
        }
        guard p.anonymity == .named, [.person, .institution, .media].contains(p.kind) else { return nil }
        // Skeletons only when the words themselves do not match: most
        // names never need theirs.
        var skeleton: Set<Int>?
        return records.last(where: { r in
            guard r.entity.kind == p.kind, r.entity.anonymity == .named else { return false }
            if key.isSubset(of: r.nameKey) || r.nameKey.isSubset(of: key) { return true }
            let mine = skeleton ?? names.skeleton(p.name)
            skeleton = mine
            let other = names.skeleton(r.entity.name)
            return mine.isSubset(of: other) || other.isSubset(of: mine)
        })?.entity.id
    }

    /// A named person of the cast whose role has this head, nearest before
    /// the back-reference, else the first after it.
    func castMember(head: String, role: String? = nil, before offset: Int) -> SpeakerProfile? {
        // The whole cast: whether a later member has the same role decides
        // which earlier one is chosen.
        let all = cast.all.filter { names.roleHead($0.role) == head && $0.anonymity == .named }
        // «الرئيس الإسرائيلي» is the cast's «الرئيس الاسرائيلي رؤوفين ريفيلين»
        // rather than another «رئيس».
        let key = names.key(role ?? "")
        let sameRole = all.filter { !key.isEmpty && key.isSubset(of: names.key($0.role ?? "")) }
        let candidates = sameRole.isEmpty ? all : sameRole
        // A name that opens with a given name is surely one; a run of
        // unknown words after a role may be a clause («اللاعب خيار رائع …»).
        let sure = candidates.filter(\.hasGivenName)
        let members = sure.isEmpty ? candidates : sure
        return members.last { $0.span.start < offset } ?? members.first
    }

    private func lastMention(of id: String?) -> Int {
        id.flatMap { record($0)?.entity.mentions.map(\.start).max() } ?? -1
    }

    /// The named person of the cast introduced last before `offset`, if
    /// the article introduced them after it last quoted anyone.
    private func dignitary(before offset: Int) -> SpeakerProfile? {
        guard let member = cast.members(before: offset).last(where: { $0.span.start < offset && $0.kind == .person }) else { return nil }
        let lastQuoted = lastSpeaker.flatMap { record($0)?.entity.mentions.map(\.start).max() } ?? -1
        return member.span.start > lastQuoted ? member : nil
    }

    mutating func create(_ p: SpeakerProfile) -> String {
        let id = "e\(records.count + 1)"
        let entity = Entity(id: id, name: p.name, kind: p.kind, anonymity: p.anonymity,
                            gender: p.gender?.rawValue, number: p.number.rawValue, role: p.role,
                            affiliation: p.affiliation, mentions: [Mention(text: p.text, span: p.span)])
        let key = names.key(p.name)
        records.append(Record(entity: entity, head: p.head, nameKey: key, genderKnown: p.gender != nil,
                              roleHead: names.roleHead(p.role)))
        return id
    }

    private mutating func merge(_ p: SpeakerProfile, into id: String) {
        guard let i = index(of: id) else { return }
        records[i].entity.mentions.append(Mention(text: p.text, span: p.span))
        // A fuller name replaces the entity's name only if it contains it
        // («لافروف» → «سيرغي لافروف»), or names what was a role.
        let contains = records[i].nameKey.isSubset(of: names.key(p.name))
        if p.backReference == nil, p.anonymity <= records[i].entity.anonymity,
           (p.name.count > records[i].entity.name.count && contains) || p.anonymity < records[i].entity.anonymity {
            records[i].entity.name = p.name
            records[i].nameKey = names.key(p.name)
            records[i].entity.anonymity = p.anonymity
        }
        if records[i].entity.role == nil { records[i].entity.role = p.role }
        if records[i].roleHead == nil { records[i].roleHead = names.roleHead(p.role) }
        if records[i].entity.affiliation == nil { records[i].entity.affiliation = p.affiliation }
    }

    /// The speaker of a pro-drop verb or participle with this agreement:
    /// the last speaker who agrees; else the last person of the cast who
    /// agrees, introduced before the verb without being quoted («وتواصلت
    /// (الرياضي) مع رئيس اللجنة الدكتور عبدالله البرقان …، فأكد أن …»);
    /// else the last speaker.
    /// Whether a speaker quoted so far agrees with this verb.
    func hasAgreeingSpeaker(gender: Gender?, number: Number) -> Bool {
        recentSpeakers.contains { id in record(id).map { Self.agrees($0.entity, gender: gender, number: number) } ?? false }
    }

    mutating func proDrop(gender: Gender?, number: Number, at offset: Int) -> String? {
        var seen = Set<String>()
        for id in recentSpeakers.reversed() where seen.insert(id).inserted {
            if let r = record(id), Self.agrees(r.entity, gender: gender, number: number) { return id }
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

    static func agrees(_ e: Entity, gender: Gender?, number: Number) -> Bool {
        let plural = e.number == Number.plural.rawValue
        switch (gender, number) {
        case (_, .plural): return plural
        case (.feminine?, _): return e.gender == "f" && !plural
        case (.masculine?, _): return e.gender != "f" && !plural && e.number != Number.nonHumanPlural.rawValue
        default: return true
        }
    }

    /// The «غير محدد» speaker of impersonal reports (قيل، يقال).
    mutating func unspecified() -> String {
        if let r = records.first(where: { $0.head == "غير محدد" }) { return r.entity.id }
        let id = "e\(records.count + 1)"
        records.append(Record(entity: Entity(id: id, name: "غير محدد", kind: .unspecified, anonymity: .vague),
                              head: "غير محدد", nameKey: [], genderKnown: false))
        return id
    }

    func record(_ id: String) -> Record? { index(of: id).map { records[$0] } }

    /// Where the record of `id` is: `create` names the n-th record «en», so
    /// that is looked at first; any other id is sought.
    private func index(of id: String) -> Int? {
        if id.utf8.first == UInt8(ascii: "e"), let n = Int(id.dropFirst()), n >= 1, n <= records.count,
           records[n - 1].entity.id == id {
            return n - 1
        }
        return records.firstIndex { $0.entity.id == id }
    }

    mutating func learnGender(_ id: String, _ gender: Gender?) {
        guard let gender, let i = index(of: id),
              !records[i].genderKnown, records[i].entity.kind == .person else { return }
        records[i].entity.gender = gender.rawValue
        records[i].genderKnown = true
    }

    /// The consonant skeleton of a name word: transliterated names vary in
    /// their long vowels and hamza seats (ريفلين / ريفيلين، كوناشينكوف /
    /// كوناشنكوف), rarely in their consonants.
    static func skeleton(_ word: String) -> String {
        // Scalar by scalar when each scalar is a Character (`isPlainKey`):
        // the same letters dropped, without grapheme breaking.
        guard word.isPlainKey else { return String(word.filter { !"اويءؤئه".contains($0) }) }
        return String(String.UnicodeScalarView(word.unicodeScalars.filter { !"اويءؤئه".unicodeScalars.contains($0) }))
    }

    /// Name tokens for matching: normalised, taa marbuta folded, without the
    /// article and without function words.
    static func nameKey(_ name: String) -> Set<String> { Set(nameWords(name)) }

    /// The words of `nameKey`, in order (a word may come twice).
    static func nameWords(_ name: String) -> [String] {
        let stop: [Key] = ["من", "في", "باسم", "عن", "علي", "لدي", "الي", "و", "بن"]
        var key: [String] = []
        let folded = ArabicNormalizer.normalize(name).replacingTaaMarbuta()
        for var w in folded.nameWords() {
            if stop.contains(Key(w)) { continue }
            // «للأنباء» is «الأنباء» after the preposition ل.
            if w.hasKeyPrefix("لل"), w.keyLength > 4 { w = "ال" + String(Substring(w.utf8.dropFirst(4))) }
            if w.hasKeyPrefix("ال"), w.keyLength > 4 { w = String(Substring(w.utf8.dropFirst(4))) }
            key.append(w)
        }
        return key
    }
}
