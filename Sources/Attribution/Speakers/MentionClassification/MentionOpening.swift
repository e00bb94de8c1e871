/// Whether a phrase can be a mention at all, and whether it points back
/// to the speaker just quoted.
///
///     من جهته يقول …         // «من» opens no noun phrase (role notopener): no mention
///     وأكد المصدر نفسه …      // «نفسه» (words.tsv anaphor): the same speaker
///     وقال فضيلته …           // «فضيلته» (words.tsv honorific): the dignitary last introduced
extension MentionClassifier {
    /// A speaker is a noun phrase, and a noun phrase never opens with a
    /// preposition, a personal pronoun or a negation, bare or after و/ف:
    /// «من جهته يقول …»، «إلى ذلك تعتبر …»، «وفي لندن …»، «في النهاية أقول:»
    /// open with an adverbial, and the speaker, if any, comes after the
    /// verb; «قال وهو يهز رأسه» has a circumstantial clause, not a subject.
    /// «علي» is the name Ali unless written with alef maqsura (على) or not
    /// known as a given name; after a title it is the name however written
    /// («الأمير على بن الحسين»).
    func opensWithFunctionWord(_ i: Int, afterTitle: Bool = false) -> Bool {
        let t = text.tokens[i]
        let norm = t.norm
        var roles = facts[i].roles
        if let rest = lexicon.withoutConjunction(norm) {
            let restRoles = lexicon.roles(rest)
            if restRoles.contains(.alaOrAli) || restRoles.contains(.notOpener) { roles = restRoles }
        }
        if roles.contains(.alaOrAli) { return !afterTitle && (t.endsInAlefMaqsura || facts[i].givenName == nil) }
        // Prepositions, personal pronouns, negations and «بل» (role
        // `notopener` in roles.tsv).
        return roles.contains(.notOpener)
    }

    /// «يعلن ذلك رسمياً»، «وأرجع ذلك إلى …»، «وفقاً لذلك»: a demonstrative
    /// alone is the verb's object or the frame's antecedent, a thing; it
    /// names a speaker only with a noun after it («هذه المصادر»).
    func isBareDemonstrative(_ words: [Int]) -> Bool {
        words.count == 1 && lexicon.derivedCategory(text.tokens[words[0]].norm) == .demonstrative
    }

    func isDemonstrative(_ i: Int) -> Bool { facts[i].category == .demonstrative }

    /// «نفس المصدر»، «المصدر نفسه»، «المصدر ذاته».
    func sameSpeaker(_ words: [Int]) -> SpeakerProfile.BackReference? {
        let norms = words.map { text.tokens[$0].norm }
        if norms.count == 1, lexicon.category(norms[0]) == .honorific { return .honorific }
        // «نفس المصدر»: role samebefore in roles.tsv.
        if (words.first.map { facts[$0].roles.contains(.sameBefore) } ?? false) || (norms.count == 2 && lexicon.category(norms[1]) == .anaphor)
            || (norms.count == 1 && lexicon.category(norms[0]) == .anaphor) {
            return .same
        }
        return nil
    }
}
