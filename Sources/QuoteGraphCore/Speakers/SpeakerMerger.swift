import Attribution

/// Decides which speaker occurrences, across all articles, are one speaker.
///
/// Named and role speakers merge when
/// 1. their names normalise to the same `NameKey` and their kinds agree
///    (`unspecified` joins a single other kind with that name): «الكرملين» in
///    two articles;
/// 2. two person names are one `PersonName` once titles are dropped and
///    transliterations compared by skeleton: «الجنرال إيغور كوناشنكوف» and
///    «إيغر كوناشينكوف»; an outlet's name with or without «وكالة»: «وكالة
///    «تاس»» and «تاس»; a ministry with or without «وزارة» («الداخلية
///    المغربية»);
/// 3. a shorter person name is a short form (`PersonName.isShortForm`) of
///    exactly one longer one: «المعلم» joins «وليد المعلم», «عادل الجبير»
///    joins «عادل بن أحمد الجبير»;
/// 4. an unnamed office holder has the same role at the same institution as
///    exactly one named speaker: «المتحدث الرسمي باسم وزارة الدفاع الروسية»
///    joins «إيغر كوناشينكوف» (role «المتحدث الرسمي», affiliation «وزارة
///    الدفاع الروسية»; «الرسمي» is not part of the role's key).
///
/// Statements with no speaker at all («غير منسوب») share one node: they are
/// not a source, and one node per article only multiplied the same label.
///
/// Other anonymous and vague speakers never merge: two «مصدر مطلع» in two articles
/// need not be one person, and treating them as one would hide exactly what an
/// audit is for. Ambiguous matches (two full names with one surname, two named
/// spokesmen of one ministry) are left unmerged rather than guessed, and two
/// full names that differ in a given name («نوري المالكي», «أسامة المالكي»)
/// are never merged.
package struct SpeakerMerger {
    package let occurrences: [SpeakerOccurrence]
    private var sets: DisjointSets

    /// The person name of each occurrence (empty for non-persons).
    private let personNames: [PersonName]

    /// Prepares to merge `occurrences`, people's names read by `lexicon`
    /// (titles, name compounds).
    package init(_ occurrences: [SpeakerOccurrence], lexicon: Lexicon) {
        self.occurrences = occurrences
        sets = DisjointSets(count: occurrences.count)
        personNames = occurrences.map {
            PersonName($0.entity.kind == .person ? $0.entity.name : "", lexicon: lexicon)
        }
    }

    /// Groups of occurrence indices, one per speaker, in order of first occurrence.
    package mutating func speakers() -> [[Int]] {
        mergeSameNames()
        mergeUnspecifiedKinds()
        mergePersonNames()
        mergeMediaNames()
        mergeShortForms()
        mergeOfficeHolders()
        mergeUnattributed()
        return sets.groups()
    }

    /// Every stand-in for a statement with no speaker text, one node.
    private mutating func mergeUnattributed() {
        let unattributed = SpeakerOccurrence.unresolvedID(for: "")
        let all = occurrences.indices.filter { occurrences[$0].entity.id == unattributed }
        for i in all.dropFirst() { sets.union(i, all[0]) }
    }

    private var mergeable: [Int] {
        occurrences.indices.filter { !occurrences[$0].entity.anonymity.isHidden && !occurrences[$0].key.isEmpty }
    }

    private mutating func mergeSameNames() {
        var first: [String: Int] = [:]
        for i in mergeable {
            let o = occurrences[i]
            let key = "\(o.entity.kind.rawValue)|\(o.key)"
            if let j = first[key] { sets.union(i, j) } else { first[key] = i }
        }
    }

    private mutating func mergeUnspecifiedKinds() {
        var kinds: [NameKey: [EntityKind: Int]] = [:]
        for i in mergeable where occurrences[i].entity.kind != .unspecified {
            kinds[occurrences[i].key, default: [:]][occurrences[i].entity.kind] = i
        }
        for i in mergeable where occurrences[i].entity.kind == .unspecified {
            if let only = kinds[occurrences[i].key], only.count == 1 { sets.union(i, only.first!.value) }
        }
    }

    private var namedPeople: [Int] {
        mergeable.filter { occurrences[$0].entity.kind == .person && occurrences[$0].entity.anonymity == .named }
    }

    private mutating func mergePersonNames() {
        var byKey: [String: Int] = [:]
        var bySkeleton: [String: [Int]] = [:]
        for i in namedPeople {
            let name = personNames[i]
            guard !name.isEmpty else { continue }
            if let j = byKey[name.key] { sets.union(i, j); continue }
            byKey[name.key] = i
            for j in bySkeleton[name.skeletonKey] ?? [] where name.isVariant(of: personNames[j]) { sets.union(i, j) }
            bySkeleton[name.skeletonKey, default: []].append(i)
        }
    }

    private mutating func mergeMediaNames() {
        var first: [String: Int] = [:]
        for i in mergeable where occurrences[i].entity.kind == .media || occurrences[i].entity.kind == .institution {
            let kind = occurrences[i].entity.kind
            let words = occurrences[i].key.words
            let bare = words.drop { (kind == .media ? Self.mediaNouns : Self.ministryNouns).contains($0) }
            guard !bare.isEmpty, kind == .media || bare.count >= 2 else { continue }
            let key = "\(kind.rawValue)|" + bare.joined(separator: " ")
            if let j = first[key] { sets.union(i, j) } else { first[key] = i }
        }
    }

    /// «وزارة الداخلية المغربية» is «الداخلية المغربية»; a ministry's
    /// bare name must keep two words («الداخلية» alone could be any country's).
    private static let ministryNouns: Set<String> = ["وزاره"]

    private static let mediaNouns: Set<String> = ["وكاله", "انباء", "صحيفه", "جريده", "قناه", "موقع", "مجله",
                                                  "اذاعه", "تلفزيون", "شبكه"]

    /// Longer names first, so that «الجبير» finds «عادل بن أحمد الجبير» and
    /// «عادل الجبير» already one speaker.
    private mutating func mergeShortForms() {
        let people = namedPeople.filter { personNames[$0].surname != nil }
        var bySurname: [String: [Int]] = [:]
        for i in people {
            let surname = personNames[i].surname!
            bySurname[surname.skeleton?.letters ?? surname.text, default: []].append(i)
        }
        let ordered = people.sorted { (-personNames[$0].words.count, $0) < (-personNames[$1].words.count, $1) }
        for i in ordered {
            let name = personNames[i]
            let surname = name.surname!
            let candidates = (bySurname[surname.skeleton?.letters ?? surname.text] ?? [])
                .filter { name.isShortForm(of: personNames[$0]) }
            let people = Set(candidates.map { sets.root($0) })
            if people.count == 1, let person = candidates.first { sets.union(i, person) }
        }
    }

    private mutating func mergeOfficeHolders() {
        var named: [String: [Int]] = [:]
        var unnamed: [String: [Int]] = [:]
        for i in mergeable {
            guard let key = roleKey(occurrences[i].entity) else { continue }
            if occurrences[i].entity.anonymity == .role { unnamed[key, default: []].append(i) }
            else { named[key, default: []].append(i) }
        }
        for (key, holders) in unnamed {
            for i in holders.dropFirst() { sets.union(i, holders[0]) }
            let people = Set((named[key] ?? []).map { sets.root($0) })
            if people.count == 1, let person = named[key]?.first { sets.union(holders[0], person) }
        }
    }

    /// «المتحدث الرسمي» at «وزارة الدفاع الروسية», normalised, «الرسمي»
    /// left out (the same office is written with and without it); nil
    /// unless both are given.
    private func roleKey(_ entity: Entity) -> String? {
        guard let role = entity.role, let affiliation = entity.affiliation else { return nil }
        let r = NameKey(role).words.filter { $0 != "رسمي" }
        let a = NameKey(affiliation)
        return r.isEmpty || a.isEmpty ? nil : "\(r.joined(separator: " "))@\(a)"
    }
}
