/// The same speaker named again: the same normalised name, a surname or
/// short form of a named speaker, or a spelling variant of it.
///
///     «سيرغي لافروف» … «وأكد لافروف» → سيرغي لافروف
///     «عبد اللطيف السيد» … «وأكد السيد» → عبد اللطيف السيد
///     «ريفلين» / «ريفيلين» → one person (same consonant skeleton)

extension EntityRegistry {
    /// Whether a person quoted so far has all of `p`'s name words
    /// («دونالد ترمب» for «ترمب»): the name is no new person's
    /// (`NamedContinuation`).
    func quotesPerson(containing p: SpeakerProfile) -> Bool {
        let key = names.key(p.name)
        return !key.isEmpty && records.contains { $0.entity.kind == .person && $0.nameKey.isSuperset(of: key) }
    }

    /// Same normalised name, or a surname / short form of a named speaker.
    func sameName(_ p: SpeakerProfile) -> String? {
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

    /// Whether a phrase of one or two words names a named person already
    /// in the article by given name, surname or both («جونسون» after
    /// «بوريس جونسون»): what makes unknown words after a verb its subject.
    /// Only the first and last words of its name or of a mention count: a word from its
    /// middle («المتخصص في علم النفس») is no name.
    func namesQuotedPerson(_ phrase: String) -> Bool {
        // Pure tests, cheapest first: most articles have few named people,
        // and most mentions share no word with the phrase.
        guard records.contains(where: { $0.entity.kind == .person && $0.entity.anonymity == .named }) else { return false }
        let words = names.words(phrase)
        guard !words.isEmpty else { return false }
        let key = names.key(phrase)
        // Only the first and last words of a name count (numbers compared
        // as `String`s are, `NameKeys.sameWord`).
        func endsOf(_ mention: String) -> Bool {
            // The cached key first: most mentions share no word at all.
            guard key.isSubset(of: names.key(mention)) else { return false }
            let name = names.words(mention)
            guard name.count >= 2, let first = name.first, let last = name.last else { return false }
            return words.allSatisfy { names.sameWord($0, first) || names.sameWord($0, last) }
        }
        let found = records.contains { r in
            guard r.entity.kind == .person, r.entity.anonymity == .named else { return false }
            return endsOf(r.entity.name) || r.entity.mentions.contains { endsOf($0.text) }
        }
        return found && words.count == phrase.splitAtSpaces().count
    }
}
