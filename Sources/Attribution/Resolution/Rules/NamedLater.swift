/// A pro-drop verb with no antecedent may be said by someone its sentence
/// names only by a possessed person noun, named in full later.
///
///     «… زميلهم الذي احترقت سيارته …؛ حيث اتهم …» … «زميلهم العريف فهيد
///     حمود الشمري» → العريف فهيد حمود الشمري
extension SpeakerResolver {
    /// «قدّم أفراد الدوريات مبلغاً لمساعدة زميلهم الذي احترقت سيارته …؛
    /// حيث اتهم "درباوياً" …» … «زميلهم العريف فهيد حمود الشمري»: a
    /// pro-drop verb with no antecedent at all (nobody quoted or introduced
    /// before it agrees) may be said by someone its sentence mentions only
    /// by a possessed person noun (زميلهم «their colleague», شقيقه «his
    /// brother»). A possessed noun refers to one person throughout the
    /// article; when the article later writes the same word followed by a
    /// title or a given name, that named person is the speaker. Without
    /// the later name nothing is guessed.
    func namedLater(before cue: CueMatch) -> SpeakerProfile? {
        guard cue.number == .singular else { return nil }
        let sentence = text.tokens[cue.first].sentence
        // From one possessed noun back to the one before, not token by token:
        // a sentence may be the whole text.
        var k = previousPossessedNoun(atOrBefore: cue.first - 1)
        while k >= 0, text.tokens[k].sentence == sentence {
            if let p = namedPerson(after: text.tokens[k].norm, from: cue.last + 1, agreeingWith: cue) {
                return p
            }
            k = previousPossessedNoun(atOrBefore: k - 1)
        }
        return nil
    }

    /// The last token at or before `k` that is a possessed person noun, or -1.
    func previousPossessedNoun(atOrBefore k: Int) -> Int {
        guard k >= 0 else { return -1 }
        let index = possessedNouns
        while index.previous.count <= k {
            let i = index.previous.count
            index.previous.append(isPossessedPersonNoun(i) ? i : (index.previous.last ?? -1))
        }
        return index.previous[k]
    }

    /// A person noun with a possessive pronoun: زميلهم، شقيقه، زوجته (the
    /// taa marbuta of زوجة is written ت before the pronoun). A relational
    /// noun listed only as a title with its article («الزميل الحازمي»:
    /// «زميل آخر» is no title) counts too.
    func isPossessedPersonNoun(_ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.isWord, !t.isDefinite, let suffix = lexicon.suffix(of: t.norm, .personPossessive) else {
            return false
        }
        let stem = String(t.norm.unicodeScalars.dropLast(suffix.unicodeScalars.count))
        let noun = stem.hasKeySuffix("ت") ? String(stem.unicodeScalars.dropLast()) + "ة" : stem
        return stem.keyLength >= 2
            && [stem, noun, "ال" + stem].contains { [.person, .title].contains(lexicon.speakerWord($0)?.category) }
    }

    /// The named person right after a later occurrence of `word`, if the
    /// phrase there opens with a title or a given name (unknown words
    /// after a noun may be anything) and agrees with the verb.
    func namedPerson(after word: String, from start: Int, agreeingWith cue: CueMatch) -> SpeakerProfile? {
        var k = start
        while k + 1 < text.tokens.count {
            if text.tokens[k].norm == word, text.tokens[k + 1].isWord,
               facts[k + 1].speakerWord?.category == .title || facts[k + 1].givenName != nil {
                let end = parser.phraseEnd(from: k + 1, sentence: text.tokens[k].sentence)
                if end > k, let p = classifier.profile((k + 1)...end, verbGender: nil), p.kind == .person,
                   p.anonymity == .named, p.backReference == nil, cue.gender == nil || p.gender == nil || p.gender == cue.gender {
                    return p
                }
            }
            k += 1
        }
        return nil
    }
}

/// For each token so far, the nearest possessed person noun at or before
/// it (-1: none); filled as far as `namedLater` asks, once per document.
final class PossessedNounIndex {
    var previous: [Int] = []
}
