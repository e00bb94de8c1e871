/// A conjoined pro-drop verb shares the subject of the clause its sentence
/// opens with, when that clause reports nothing.
///
///     «وألقت إيران باللائمة على إسرائيل وتعهدت بالرد.» → وتعهدت: إيران
///     (not the news agency quoted in the sentence before)
///
/// The sentence opens with a verb the lexicon does not know as a cue
/// («وألقت»), then a country or capital as its subject, and no statement
/// stands in the sentence before the verb: «وتعهدت» continues that
/// clause. The subject must agree with the verb in gender; its verb must
/// be no noun or function word. (Only places: the phrase after an
/// unknown verb runs into its object, and a person or body would need
/// the phrase's end; tried on the bench, that made names of objects.)
extension SpeakerResolver {
    func clauseSubject(of cue: CueMatch) -> SpeakerProfile? {
        guard cue.conjoined, cue.kind == .verb, cue.number == .singular, let gender = cue.gender else { return nil }
        let sentence = text.tokens[cue.first].sentence
        guard !statements.contains(where: { $0.sentence == sentence }) else { return nil }
        var first = cue.first
        while first > 0, text.tokens[first - 1].sentence == sentence { first -= 1 }
        // The opening verb: a plain word with و, known to no list.
        let verb = text.tokens[first]
        guard verb.isWord, verb.norm.hasKeyPrefix("و"), !verb.isDefinite, facts[first].category == nil,
              facts[first].speakerWord == nil, facts[first].place == nil, facts[first].givenName == nil,
              facts[first].roles.isEmpty else { return nil }
        // The subject: a country or capital standing for its government,
        // one word (the phrase parser would run on into the verb's
        // object: «إيران باللائمة»).
        let subject = first + 1
        guard subject < cue.first, facts[subject].place != nil, !text.tokens[subject].isDefinite,
              let p = classifier.profile(subject...subject, verbGender: nil),
              p.kind == .place, p.gender == gender else { return nil }
        return p
    }

    /// «وتبنت النائبة الفرنسية في البرلمان الأوروبي عن حزب الخضر إيفا
    /// جولي، … موقف موسكوفيسي، ودانت قرار …» then «وقالت "إن قرار اليوم
    /// …"»: a pro-drop verb opening its sentence goes on with the person
    /// the sentence before introduced as its subject (an office and a
    /// name, after a verb that reports nothing), when no statement stands
    /// in that sentence and the person agrees with the verb. Not after a
    /// sentence that quotes someone: the last speaker goes on then.
    func previousClauseSubject(of cue: CueMatch) -> SpeakerProfile? {
        guard cue.kind == .verb, cue.number == .singular, let gender = cue.gender else { return nil }
        let sentence = text.tokens[cue.first].sentence
        guard sentence > 0, cue.first == 0 || text.tokens[cue.first - 1].sentence < sentence,
              !statements.contains(where: { $0.sentence == sentence - 1 }) else { return nil }
        var first = cue.first - 1
        while first > 0, text.tokens[first - 1].sentence == sentence - 1 { first -= 1 }
        let verb = text.tokens[first]
        guard first >= 0, verb.sentence == sentence - 1, verb.isWord, verb.norm.hasKeyPrefix("و"), !verb.isDefinite,
              facts[first].category == nil, facts[first].speakerWord == nil, facts[first].place == nil,
              facts[first].givenName == nil, facts[first].roles.isEmpty, !facts.isVerbCue(first),
              first + 1 < cue.first, facts[first + 1].speakerWord?.category.isRoleLike == true else { return nil }
        let end = parser.phraseEnd(from: first + 1, sentence: sentence - 1)
        guard end > first + 1, let p = classifier.profile((first + 1)...end, verbGender: gender),
              p.kind == .person, p.anonymity == .named, p.role != nil, p.gender == nil || p.gender == gender,
              p.hasGivenName || ((2...3).contains(p.nameTokens.count)
                  && (end - p.nameTokens.count + 1...end).allSatisfy(parser.looksLikeNamePart))
        else { return nil }
        return p
    }
}

