/// A reporting verb in a relative clause on its subject speaks for the noun
/// phrase the relative pronoun follows.
///
///     «… لرئيس الحكومة الإيطالية الجديد جوزيبي كونتي، الذي أعلن أن بلاده …»
///                                                    → جوزيبي كونتي
///     «كما التقى بوتين المستشار النمساوي سباستيان كورتز الذي دعا إلى …»
///                                                    → سباستيان كورتز
///     «الكلمات التي قالها مدربه» → مدربه (the verb has its own subject:
///                                   the relative is its object; `VerbReport`)
///
/// Without this the verb looks subjectless and went to the last speaker
/// (`ProDrop`), who is usually someone else: the relative clause is how
/// an article brings in a second speaker in passing.
///
/// The antecedent is the phrase that ends right before the pronoun (past
/// one comma) and starts no more than ten words back, within the clause:
/// the longest such phrase whose first word is a known speaker word, place
/// or given name, or that names a person already quoted. A thing or an
/// unknown word there («الأماكن التي تعتبر»، «الأولى التي تظهر») is no
/// antecedent, and the verb stays pro-drop.
extension SpeakerResolver {
    /// The antecedent of the relative pronoun right before `cue` (past
    /// «قد»), when it is a speaker.
    func relativeAntecedent(of cue: CueMatch) -> SpeakerProfile? {
        guard let r = relativePronoun(before: cue), r > 0, !cue.objectSuffix else { return nil }
        // «القوات التي قال عنها»، «التي نفى فيها»: a pronoun after the verb
        // points back to the antecedent, which is then no subject; nor is
        // it when the verb does not agree with the pronoun («تصريحاته،
        // التي نفى …»).
        if cue.last + 1 < text.tokens.count, facts[cue.last + 1].category == .pronoun { return nil }
        if let v = cue.gender, (v == .feminine) != facts[r].roles.contains(.femininePronoun) { return nil }
        let sentence = text.tokens[r].sentence
        var end = r - 1
        if text.isMark(end, "،") || text.isMark(end, ",") { end -= 1 }
        guard end >= 0, text.tokens[end].isWord, text.tokens[end].sentence == sentence else { return nil }
        var found: ClosedRange<Int>?
        var k = end
        while k >= 0, end - k < 10, text.tokens[k].sentence == sentence {
            if !text.tokens[k].isWord {
                guard let head = quotedNameHead(closingAt: k) else { break }
                k = head
                continue
            }
            if facts.isVerbCue(k) && !parser.isStrictHomograph(text.tokens[k].norm) { break }
            // «… سعيد لهذا التقدير الذي قال»، «… بوش عن ترشحه للانتخابات
            // التي …»: the antecedent is the thing after the preposition or
            // demonstrative, and no speaker phrase reaches over it.
            if facts[k].isComplementiser || facts[k].category == .particle || facts[k].category == .demonstrative
                || facts[k].roles.contains(.boundary) || lexicon.category(text.tokens[k].stem) == .demonstrative {
                break
            }
            // «… بن محمد الحامدي»: no phrase starts inside a name.
            if parser.phraseEnd(from: k, sentence: sentence) == end, !facts[k].roles.contains(.nasab),
               let p = classifier.profile(k...end, verbGender: nil), agrees(p, cue), opensNounPhrase(k, p),
               isKnownSpeaker(p, range: k...end) || namesEarlierPerson(p, range: k...end) {
                found = k...end
            }
            k -= 1
        }
        return found.flatMap { classifier.profile($0, verbGender: cue.gender) }
    }

    /// «منظمة "أوكسفام" الخيرية، التي تقول»: a name in quotation marks
    /// right after a speaker word (منظمة، شركة، صحيفة) is inside the
    /// phrase; the index of that word, or nil for any other mark.
    private func quotedNameHead(closingAt k: Int) -> Int? {
        var open = k - 1
        while open > 0, k - open <= 5, text.tokens[open].isWord { open -= 1 }
        guard open > 0, open < k - 1, text.quote(openingAt: open)?.close == k,
              text.tokens[open - 1].isWord, facts[open - 1].speakerWord != nil else { return nil }
        return open - 1
    }

    /// The verb of a relative clause agrees with the antecedent:
    /// «التنسيق مع قوات التحالف الذي وصفها» is not the forces' (قوات is
    /// feminine, وصف masculine).
    private func agrees(_ p: SpeakerProfile, _ cue: CueMatch) -> Bool {
        guard let g = p.gender, let v = cue.gender else { return true }
        return g == v
    }

    /// Whether the phrase `p` starting at `k` is a noun phrase of its own:
    /// - a person's name that opens with a given name or a title may
    ///   follow any word, in apposition («المستشار النمساوي سباستيان
    ///   كورتز»); an unknown word after a noun is its genitive («رئيس
    ///   فيفا السابق»);
    /// - anything else is the genitive of a noun before it («لقرارات
    ///   الأمم المتحدة العديدة التي تؤكد»: the resolutions affirm, not the
    ///   United Nations; «حزب العمال»), so the word before must be
    ///   punctuation, a verb or a function word;
    /// - a place after a preposition is where something happened («مما حدث
    ///   في بروكسل، والتي اعتبرت»), not who spoke.
    private func opensNounPhrase(_ k: Int, _ p: SpeakerProfile) -> Bool {
        guard k > 0, text.tokens[k - 1].sentence == text.tokens[k].sentence else { return true }
        let before = k - 1
        if !text.tokens[before].isWord || facts.isVerbCue(before) { return true }
        if p.kind == .person, p.anonymity == .named, facts[k].givenName != nil || facts[k].speakerWord != nil {
            return true
        }
        let roles = facts[before].roles
        if p.kind == .place, roles.contains(.notOpener) { return false }
        return facts[before].category != nil || !roles.isEmpty
    }

    /// The relative pronoun right before `cue`, past «قد»: the verb is
    /// then in a relative clause, which is subordinate
    /// (`SubordinateClause`): its speaker, named in passing, takes over
    /// no later pro-drop verb.
    func relativePronoun(before cue: CueMatch) -> Int? {
        var r = cue.first - 1
        if r >= 0, facts[r].roles.contains(.perfectParticle) { r -= 1 }
        guard r >= 0, text.tokens[r].isWord, text.tokens[r].sentence == text.tokens[cue.first].sentence,
              facts[r].roles.contains(.relativePronoun) else { return nil }
        return r
    }
}
