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
/// a variant («محمد»/«محمود»).
extension SpeakerResolver {
    /// `entity` with the other spellings of its name in the text added to
    /// its mentions (in text order); unchanged unless it is a named person
    /// of two or more name words.
    func withSpellingVariants(_ entity: Entity) -> Entity {
        guard entity.kind == .person, entity.anonymity == .named else { return entity }
        let name = PersonName(entity.name, lexicon: lexicon)
        let n = name.words.count
        guard n >= 2, let surname = entity.name.split(separator: " ").last.map({ ArabicNormalizer.normalize($0) }),
              let first = Self.foldedInitial(surname) else { return entity }
        let known = Set(entity.mentions.map(\.text))
        var added: [Mention] = []
        let tokens = text.tokens
        var i = n - 1
        while i < tokens.count {
            defer { i += 1 }
            let t = tokens[i]
            // Cheap test first: a word of about the surname's length that
            // starts with the same letter.
            guard t.isWord, abs(t.norm.count - surname.count) <= 2, Self.foldedInitial(t.norm) == first else { continue }
            let start = i - (n - 1)
            guard (start...i).allSatisfy({ tokens[$0].isWord && tokens[$0].sentence == t.sentence }) else { continue }
            let spelled = text.text(start, i)
            guard spelled != entity.name, !known.contains(spelled), !added.contains(where: { $0.text == spelled }),
                  PersonName(spelled, lexicon: lexicon).isVariant(of: name) else { continue }
            added.append(Mention(text: spelled, span: TextSpan(tokens[start].start, t.end)))
        }
        guard !added.isEmpty else { return entity }
        var out = entity
        out.mentions = (entity.mentions + added).sorted { $0.start < $1.start }
        return out
    }

    /// The first letter, غ read as ج and hamza seats as ا.
    private static func foldedInitial(_ norm: String) -> Unicode.Scalar? {
        guard let s = norm.unicodeScalars.first else { return nil }
        switch s {
        case "غ": return "ج"
        case "أ", "إ", "آ": return "ا"
        default: return s
        }
    }
}
