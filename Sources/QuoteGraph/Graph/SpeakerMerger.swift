import Attribution

/// Decides which speaker occurrences, across all articles, are one speaker.
///
/// Named and role speakers merge when
/// 1. their names normalise to the same `NameKey` and their kinds agree
///    (`unspecified` joins a single other kind with that name): «الكرملين» in
///    two articles;
/// 2. a one-word person name is the surname of exactly one full person name:
///    «المعلم» joins «وليد المعلم»;
/// 3. an unnamed office holder has the same role at the same institution as
///    exactly one named speaker: «المتحدث الرسمي باسم وزارة الدفاع الروسية»
///    joins «إيغر كوناشينكوف» (role «المتحدث الرسمي», affiliation «وزارة
///    الدفاع الروسية»).
///
/// Anonymous and vague speakers never merge: two «مصدر مطلع» in two articles
/// need not be one person, and treating them as one would hide exactly what an
/// audit is for. Ambiguous matches (two full names with one surname, two named
/// spokesmen of one ministry) are left unmerged rather than guessed.
struct SpeakerMerger {
    let occurrences: [SpeakerOccurrence]
    private var sets: DisjointSets

    init(_ occurrences: [SpeakerOccurrence]) {
        self.occurrences = occurrences
        sets = DisjointSets(count: occurrences.count)
    }

    /// Groups of occurrence indices, one per speaker, in order of first occurrence.
    mutating func speakers() -> [[Int]] {
        mergeSameNames()
        mergeUnspecifiedKinds()
        mergeSurnames()
        mergeOfficeHolders()
        return sets.groups()
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

    private mutating func mergeSurnames() {
        let people = mergeable.filter { occurrences[$0].entity.kind == .person && occurrences[$0].entity.anonymity == .named }
        var fullNames: [String: [NameKey: Int]] = [:]
        for i in people where occurrences[i].key.words.count >= 2 {
            fullNames[occurrences[i].key.surname!, default: [:]][occurrences[i].key] = i
        }
        for i in people where occurrences[i].key.words.count == 1 {
            if let only = fullNames[occurrences[i].key.surname!], only.count == 1 { sets.union(i, only.first!.value) }
        }
    }

    private mutating func mergeOfficeHolders() {
        var named: [String: [Int]] = [:]
        var unnamed: [String: [Int]] = [:]
        for i in mergeable {
            guard let key = occurrences[i].roleKey else { continue }
            if occurrences[i].entity.anonymity == .role { unnamed[key, default: []].append(i) }
            else { named[key, default: []].append(i) }
        }
        for (key, holders) in unnamed {
            for i in holders.dropFirst() { sets.union(i, holders[0]) }
            let people = Set((named[key] ?? []).map { sets.root($0) })
            if people.count == 1, let person = named[key]?.first { sets.union(holders[0], person) }
        }
    }
}
