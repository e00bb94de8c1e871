/// «يُعتبر» and «يُعدّ» also mean "is": before a predicate they say what
/// something is, not what someone thinks (verbs.tsv complement `copula`).
///
///     «الطلاق يعتبر أهم أشكال التفكك»                 → no report
///     «ويعتبر اللاعب مكسبا كبيرا للنادي»              → no report
///     «وتعتبر شركة AVIS من أكبر الشركات في مجالها»   → no report
///     «وتعتبر واشنطن أن إيران تزعزع الاستقرار»        → a report
///     «وتعتبر بريطانيا إسرائيل حليفا مهما»            → a report (object, then predicate)
///
/// The predicate is looked for right after the verb and right after its
/// subject: a superlative (أهم، أكبر، الأكثر), «من» or «أحد» before a superlative or a definite noun, or
/// an indefinite accusative noun (مكسباً، تغييراً).
extension SpeakerResolver {
    func isCopula(_ cue: CueMatch, subjectEnd next: Int) -> Bool {
        guard cue.complements.contains("copula"), cue.shape == .imperfect, !cue.objectSuffix else { return false }
        // Right after the verb; or, when the verb opens its clause (VS
        // order), after a one-word subject («ويعتبر اللاعب مكسبا»: the
        // phrase parser may run on into the predicate) or after the
        // subject phrase. After a subject (SV order) the next phrase is
        // the object: «زعيم المعارضة يعتبر النتائج انقلابا» reports.
        if isPredicate(cue.last + 1) { return true }
        guard opensClause(cue) else { return false }
        let oneWord = cue.last + 1 < text.tokens.count && text.tokens[cue.last + 1].isWord
            && (text.tokens[cue.last + 1].isDefinite || facts[cue.last + 1].speakerWord != nil)
        return (oneWord && isPredicate(cue.last + 2)) || (next > cue.last + 1 && isPredicate(next))
    }

    /// «ويعتبر …»، «… . تعتبر …»، «كما يعتبر …»: nothing before the verb
    /// in its clause could be its subject.
    private func opensClause(_ cue: CueMatch) -> Bool {
        let i = cue.first
        if i == 0 || !text.tokens[i - 1].isWord || text.tokens[i].startsLine { return true }
        if text.tokens[i].norm.hasKeyPrefix("و") || text.tokens[i].norm.hasKeyPrefix("ف") { return true }
        return facts[i - 1].category == .particle
    }

    func isPredicate(_ j: Int) -> Bool {
        guard j < text.tokens.count, text.tokens[j].isWord, !isNamed(j) else { return false }
        if isSuperlative(j) { return true }
        guard j + 1 < text.tokens.count, text.tokens[j + 1].isWord else { return isAccusative(j) }
        // «من أكبر الشركات»، «من المواقع الاستراتيجية»، «أحد أهم»
        if facts[j].roles.contains(.partitive) || facts[j].roles.contains(.oneOf) {
            return isSuperlative(j + 1) || (text.tokens[j + 1].isDefinite && !isNamed(j + 1))
        }
        return isAccusative(j)
    }

    /// «أهم»، «أكبر»، «أول»، «الأكثر»: the أفعل pattern, bare or with the
    /// article.
    private func isSuperlative(_ j: Int) -> Bool {
        guard j < text.tokens.count, text.tokens[j].isWord, !isNamed(j) else { return false }
        let stem = text.tokens[j].stem
        return stem.hasKeyPrefix("ا") && (stem.keyLength == 4 || stem.equalsKey("اول"))
            && !stem.hasKeySuffix("ة") && !stem.hasKeySuffix("ا")
    }

    /// «مكسباً»، «تغييراً»: an indefinite noun with the accusative alef
    /// (also the adverbs and adjectives after a document: `DocumentIssuer`).
    func isAccusative(_ j: Int) -> Bool {
        let t = text.tokens[j]
        return !t.isDefinite && t.norm.keyLength > 3 && t.norm.hasKeySuffix("ا") && facts[j].category == nil
    }

    /// A name, place or speaker word is a subject or object, never the
    /// predicate («وتعتبر روسيا …»).
    func isNamed(_ j: Int) -> Bool {
        facts[j].givenName != nil || facts[j].place != nil || facts[j].speakerWord != nil
    }
}
