/// Whether a word looks like part of a name the lists do not know, and
/// the clitics that rule it out.
///
///     «وقال ساجا فانسيك»: looksLikeNameWord(«فانسيك») == true
///     «بالسيرو»: looksLikeBareNameWord == false (ب may be the preposition)
extension SpeakerPhraseParser {
    /// `looksLikeNameWord` without the clitic ل or ب («لوزير»، «بالسيرو»).
    func looksLikeBareNameWord(_ k: Int) -> Bool {
        looksLikeNameWord(k) && !text.tokens[k].norm.hasKeyPrefix("ل") && !text.tokens[k].norm.hasKeyPrefix("ب")
    }

    /// A word that looks like part of a name no list knows: a bare name
    /// word (`looksLikeBareNameWord`) with no clitic و, no digit, no
    /// verbal-noun shape and no cue reading; not «حاد ومستمر»، «36
    /// عاما»، «تغيير».
    func looksLikeNamePart(_ k: Int) -> Bool {
        let t = text.tokens[k]
        return looksLikeBareNameWord(k) && !t.norm.hasKeyPrefix("و")
            && !t.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            && !Morphology.looksLikeVerbalNoun(t.norm) && !facts.isVerbCue(k)
    }

    /// «بالوقوف»، «بتنظيم»، «للتدخل»: ب (or ل, when `lam`) on a definite
    /// word, a verbal noun or an object noun (words.tsv objectnoun) opens a
    /// prepositional phrase, the verb's complement; not «بوست» of «واشنطن
    /// بوست», nor «بلو» (names).
    func isPrepositionalWord(_ norm: String, lam: Bool) -> Bool {
        guard norm.keyLength > 3, norm.hasKeyPrefix("ب") || (lam && norm.hasKeyPrefix("ل")) else { return false }
        let rest = Self.withoutClitic(norm)
        return rest.hasKeyPrefix("ال") || Morphology.looksLikeVerbalNoun(rest) || lexicon.category(rest) == .objectNoun
    }

    /// The word under its clitic ب or ل: «بالوقوف» → «الوقوف», «للوزير» →
    /// «الوزير» (the article's alef, which لل swallows, given back).
    static func withoutClitic(_ norm: String) -> String {
        norm.hasKeyPrefix("لل") ? "ال" + norm.dropFirst(2) : String(norm.dropFirst())
    }

    /// «يدعى»، «ويدعى»، «تدعى»، «يسمى» (words.tsv namedas) written with ى:
    /// is named (the key is also that of «يدعي», claims).
    func isNamedAs(_ j: Int) -> Bool {
        guard text.tokens[j].isWord, text.tokens[j].text.unicodeScalars.last == "ى" else { return false }
        let norm = text.tokens[j].norm
        return lexicon.category(norm.hasKeyPrefix("و") ? String(norm.dropFirst()) : norm) == .namedAs
    }

    /// A word shaped like a name no list knows: no roles, or a foreign
    /// name particle (`isNameParticle`).
    func looksLikeNameWord(_ i: Int) -> Bool {
        let norm = text.tokens[i].norm
        return text.tokens[i].isWord && !isDefiniteWord(i) && !norm.hasKeySuffix("ة") && facts[i].category == nil
            && facts[i].speakerWord == nil && facts[i].place == nil
            && !facts[i].roles.contains(.spokesFor) && (!facts[i].roles.contains(.nameLink) || isNameParticle(i))
    }

    /// «فان بيرسي»، «دي ماريا»، «كيفن دي بروين»: a name link with no other
    /// role (roles.tsv) is a foreign particle, a word of the name like the
    /// others; «بن»، «أبو» (nasab, compounds) are not.
    func isNameParticle(_ i: Int) -> Bool {
        facts[i].roles == WordRoles(.nameLink)
    }
}
