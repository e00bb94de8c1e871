/// A reporting verb that is also a given name: «أمل» is "hoped" and the
/// name Amal.
///
///     «كشفت أمل حجازي أنها تتحضر …»   // أمل: the subject of «كشفت», no cue
///     «أمل حجازي: سأطلق دعاءً …»      // أمل: the title's speaker
///     «أمل الوزير أن …»               // أمل: the verb, a speaker word follows
///
/// Such a verb reports only with its complement right after it (`strict`
/// in verbs.tsv). Followed by another word of its sentence that is neither
/// its complement (a complementiser, or its preposition: «أمل في») nor a
/// speaker word, it is the name: `CueFinder` finds no cue there, and the
/// phrase parser does not end a phrase at it. (Right after a reporting
/// verb, «تقول أمل إن …», it is that verb's subject: `SubjectAfterVerb`.)
extension Lexicon {
    func isGivenNameNotVerb(at i: Int, in text: AnalysisText) -> Bool {
        let t = text.tokens[i]
        guard t.isWord, i + 1 < text.tokens.count, givenNames[t.norm] != nil,
              let complements = verbForms[t.norm]?.complements, complements.contains("strict") else { return false }
        let next = text.tokens[i + 1]
        guard next.isWord, next.sentence == t.sentence, !isComplementiser(next.norm), speakerWord(next.norm) == nil
        else { return false }
        // «أمل في أن …»: its preposition (the complement column) follows.
        return !complements.contains { c in
            c == next.norm || (c.unicodeScalars.count == 1 && next.norm.hasPrefix(c))
        }
    }
}
