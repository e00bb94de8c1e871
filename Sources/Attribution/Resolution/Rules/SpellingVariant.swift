/// A person whose name the article also spells another way is one person:
/// the other spelling is one of the entity's mentions.
///
///     «وقال جرانيت شاكا: …» … «غرانيت شاكا لاعب آرسنال …»
///                      → one entity, mentions «جرانيت شاكا» and «غرانيت شاكا»
///
/// News copy transliterates foreign names as each editor hears them
/// (جرانيت/غرانيت، سيرغي/سيرجي، إيغر/إيغور). The speaker of a statement is
/// the spelling of its own sentence; the other spellings, wherever the
/// article has them, speaking or not, are added to the entity's mentions,
/// so that a reader (or the evaluation, which accepts any mention) finds
/// the person under either. Two spellings are variants when each word is
/// the same name by `PersonName.isVariant` (hamza seats, غ read as ج, long
/// vowels inside the word); a given name written with another vowel is not
/// a variant («محمد»/«محمود»). Only spellings that keep the given name or
/// the surname as written are looked for (one string comparison a word):
/// a name spelled differently at both ends is missed.
extension SpeakerResolver {
    /// Each entity with the other spellings of its name in the text added
    /// to its mentions (in text order); unchanged unless it is a named
    /// person of two or more name words. The article's words are read
    /// once for all of them, and a word is compared with a
    /// given name or surname only if its key has as many bytes (`isKey`
    /// compares bytes): the tokens are a large array of large values,
    /// slower to walk than the comparisons themselves.
    func withSpellingVariants(_ entities: [Entity]) -> [Entity] {
        let ends = entities.map(Self.nameEnds)
        // The named people, with their two ends and the byte counts of these.
        let people = ends.indices.compactMap { e in
            ends[e].map { (entity: e, given: $0.given, surname: $0.surname,
                           givenBytes: $0.given.utf8.count, surnameBytes: $0.surname.utf8.count) }
        }
        guard !people.isEmpty else { return entities }
        // For each entity, the words that are its given name or surname.
        var found = [[Int]](repeating: [], count: entities.count)
        text.tokens.withUnsafeBufferPointer { tokens in
            people.withUnsafeBufferPointer { people in
                for i in tokens.indices where text.marks[i] == MarkScalar.word {
                    let bytes = tokens[i].norm.utf8.count
                    for p in people.indices where bytes == people[p].surnameBytes || bytes == people[p].givenBytes {
                        if tokens[i].norm.isKey(people[p].surname) || tokens[i].norm.isKey(people[p].given) {
                            found[people[p].entity].append(i)
                        }
                    }
                }
            }
        }
        return entities.indices.map { e in
            guard let (given, surname, written) = ends[e], !found[e].isEmpty else { return entities[e] }
            return withSpellingVariants(entities[e], given: given, surname: surname, written: written, at: found[e])
        }
    }

    /// The keys of the words of a named person's name, with the first
    /// (given name) and last (surname), when there are two or more and the
    /// two ends differ; nil for any other entity.
    private static func nameEnds(_ entity: Entity) -> (given: String, surname: String, written: [String])? {
        guard entity.kind == .person, entity.anonymity == .named else { return nil }
        let written = entity.name.splitAtSpaces().map { ArabicNormalizer.normalize($0) }
        guard written.count >= 2, let given = written.first, let surname = written.last, given != surname else { return nil }
        return (given, surname, written)
    }

    /// The variants found at `candidates`, the indices (in text order) of
    /// every word whose key is `given` or `surname`.
    private func withSpellingVariants(_ entity: Entity, given: String, surname: String, written: [String],
                                      at candidates: [Int]) -> Entity {
        let n = written.count
        var known: Set<String>?
        var added: [Mention] = []
        let tokens = text.tokens
        var name: PersonName?
        for i in candidates {
            // A variant keeps one of the two ends as written: the surname
            // («جرانيت/غرانيت شاكا») or the given name. Comparing whole keys
            // first keeps this to a few windows an article.
            let start: Int
            // (`isKey` compares bytes: `==` on Arabic strings goes through
            // Unicode normalisation, and this runs on every candidate.)
            let norm = tokens[i].norm
            if norm.isKey(surname) { start = i - (n - 1) }
            else if norm.isKey(given) { start = i }
            else { continue }
            let last = start + n - 1
            guard start >= 0, last < tokens.count,
                  (start...last).allSatisfy({ tokens[$0].isWord && tokens[$0].sentence == tokens[i].sentence }) else { continue }
            // Each word as written or of about its length with the same
            // first letter («الشمري» after another given name is another
            // person of the same family, and is not parsed).
            guard (0..<n).allSatisfy({ m in
                let w = tokens[start + m].norm
                return w.isKey(written[m]) || (abs(w.characterCount - written[m].characterCount) <= 2
                    && Self.foldedInitial(w) == Self.foldedInitial(written[m]))
            }), (0..<n).contains(where: { !tokens[start + $0].norm.isKey(written[$0]) }) else { continue }
            let spelled = text.text(start, last)
            if known == nil { known = Set(entity.mentions.map(\.text)) }
            guard spelled != entity.name, !known!.contains(spelled), !added.contains(where: { $0.text == spelled }) else { continue }
            if name == nil { name = PersonName(entity.name, lexicon: lexicon) }
            guard let name, name.words.count >= 2, PersonName(spelled, lexicon: lexicon).isVariant(of: name) else { continue }
            added.append(Mention(text: spelled, span: TextSpan(tokens[start].start, tokens[last].end)))
        }
        guard !added.isEmpty else { return entity }
        var out = entity
        out.mentions = (entity.mentions + added).sorted { $0.start < $1.start }
        return out
    }

    /// The first letter of a key, غ read as ج (as `PersonName.skeleton`
    /// does; the key has no hamza seats left to fold).
    private static func foldedInitial(_ norm: String) -> Unicode.Scalar? {
        guard let s = norm.unicodeScalars.first else { return nil }
        return s == "غ" ? "ج" : s
    }
}
