/// The speakers of one article: each speaker phrase resolves to an entity
/// already seen or a new one.
///
///     registry.resolve(«سيرغي لافروف») → e1;  registry.resolve(«لافروف») → e1
///
/// Which earlier entity a phrase names is decided by the rules, each in
/// its own file under `Rules/`: `Honorific` (فضيلته), `BackReference`
/// (المصدر، الوزير، المتحدث باسم الوزارة: the most recent speaker with
/// the same head), `SameName` (a surname or short form, لافروف → سيرغي
/// لافروف) and, for verbs with no subject, `ProDrop` (وأضاف، وأضافت،
/// وأضافوا: the most recent speaker who agrees).
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
    let names: NameKeys
    /// Entity ids of statements' speakers, in text order.
    private(set) var history: [String] = []
    /// The distinct ids of `history`, each where it occurs last: searching
    /// it backwards finds what searching `history` backwards finds, without
    /// passing the same speaker a thousand times in a long article.
    private(set) var recentSpeakers: [String] = []

    var lastSpeaker: String? { history.last }

    init(cast: Cast) {
        self.cast = cast
        names = NameKeys(lexicon: cast.lexicon)
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
        if p.backReference == .honorific {
            let titles = honorificTitles(of: p)
            if let member = dignitary(before: p.span.start, honorific: titles) {
                let id = sameName(member) ?? create(member)
                merge(p, into: id)
                return id
            }
            if let titles, let id = titledDignitary(before: p.span.start, honorific: titles) {
                merge(p, into: id)
                return id
            }
        }
        if let id = antecedent(of: p) {
            merge(p, into: id)
            return id
        }
        // (A plural office, «الوزراء», is no one member of the cast.)
        if case .head(let head)? = p.backReference, p.kind == .person, p.number != .plural,
           let member = castMember(head: head, role: p.role, before: p.span.start) {
            let id = sameName(member) ?? create(member)
            merge(p, into: id)
            return id
        }
        if p.anonymity == .anonymous, let id = lastNamedPerson(agreeingWith: p) {
            merge(p, into: id)
            return id
        }
        if let member = castMember(surname: p) {
            let id = sameName(member) ?? create(member)
            merge(p, into: id)
            return id
        }
        return create(p)
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

    mutating func merge(_ p: SpeakerProfile, into id: String) {
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
    func index(of id: String) -> Int? {
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

}
