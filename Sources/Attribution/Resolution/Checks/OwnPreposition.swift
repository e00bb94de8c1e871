/// Where a verb's own preposition ends the phrase read as its subject.
///
///     «وأشاد الشريف بالجهود الجبارة …»   → الشريف, content from «بالجهود»
///     «وأشاد مارتينيز بالفرنسي أنطوان جريزمان» → مارتينيز
///
/// The phrase parser does not know the verb, and a «بال…» word or a word
/// such as «عن» may go on a name («مدير الشرطة بالمنطقة»); for a verb that
/// governs that preposition (أشاد بـ، عبّر عن، verbs.tsv) the first such
/// word after the phrase's first word opens the complement. Not when the
/// phrase as read already stands before the content («وذكر مدير الشرطة
/// بالمنطقة أن …»).
extension SpeakerResolver {
    func endingAtOwnPreposition(_ forward: SpeakerPhraseParser.Forward, cue: CueMatch) -> SpeakerPhraseParser.Forward {
        guard let range = forward.phrase, range.count > 1,
              forward.next >= text.tokens.count || !text.opensContent(forward.next, lexicon: lexicon),
              let cut = (range.lowerBound + 1...range.upperBound).first(where: { opensOwnComplement(cue, at: $0) })
        else { return forward }
        var last = cut - 1
        while last > range.lowerBound, !text.tokens[last].isWord { last -= 1 }
        guard text.tokens[last].isWord else { return forward }
        var cutForward = forward
        cutForward.phrase = range.lowerBound...last
        cutForward.next = cut
        return cutForward
    }

    /// The verb's preposition as a word («عن»، «إلى»), or ب on a definite
    /// word («بالجهود»; not «بوتين»), or fused with «ما»/«من» («وتحدث
    /// يونكر عما تردد»: عن + ما, the ن assimilated; «بما»، «مما»).
    func opensOwnComplement(_ cue: CueMatch, at j: Int) -> Bool {
        let norm = text.tokens[j].norm
        if cue.complements.contains(norm) || (cue.complements.contains("ب") && norm.hasKeyPrefix("بال")) { return true }
        if cue.complements.contains("ب"), opensConstructWithBa(j) { return true }
        return Self.fusedPreposition(norm).map { cue.complements.contains($0) } ?? false
    }

    /// «وأشاد العربي بنتائج الاجتماع»: ب on a noun in construct with a
    /// definite word; the noun is no name, place or speaker word of the
    /// lists, and the article writes it nowhere else.
    private func opensConstructWithBa(_ j: Int) -> Bool {
        let norm = text.tokens[j].norm
        guard norm.hasKeyPrefix("ب"), !norm.hasKeyPrefix("بال"), norm.keyLength > 4, j + 1 < text.tokens.count,
              text.tokens[j + 1].isWord, text.tokens[j + 1].isDefinite, text.tokens[j + 1].sentence == text.tokens[j].sentence,
              facts[j].givenName == nil, facts[j].place == nil, facts[j].category == nil,
              facts[j].speakerWord.map({ $0.category == .document }) ?? true,  // «بنتائج»، «بتقرير»
              facts[j].roles.isEmpty, facts[j + 1].givenName == nil, facts[j + 1].speakerWord?.category.isRoleLike != true,
              // A word of a quoted name («موقع "بوابة الأهرام"»).
              !text.quotations.contains(where: { $0.open < j && j < $0.close })
        else { return false }
        // After a given name, only a word shaped like a noun (ة، ات, a
        // verbal noun): «رياض منصور بوحشية الجيش»; a bare word is the
        // surname («مايك بومبيو الاتفاق»).
        let stem = String(norm.unicodeScalars.dropFirst())
        if j > 0, facts[j - 1].givenName != nil,
           !(stem.hasKeySuffix("ة") || stem.hasKeySuffix("ات") || Morphology.looksLikeVerbalNoun(stem)) { return false }
        return !text.recursElsewhere(j)
    }

    /// «عما» (عن + ما: the ن assimilated to م), «عمن»، «بما»، «بمن»،
    /// «مما»، «ممن»: the preposition a fused «ما»/«من» carries, or nil.
    static func fusedPreposition(_ norm: String) -> String? {
        guard norm.keyLength == 3, norm.hasKeySuffix("ما") || norm.hasKeySuffix("من") else { return nil }
        if norm.hasKeyPrefix("ب") { return "ب" }
        if norm.hasKeyPrefix("ع") { return "عن" }
        if norm.hasKeyPrefix("م") { return "من" }
        return nil
    }
}
