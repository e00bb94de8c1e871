/// After a relative «ما» a verb that also takes a fact for its subject
/// (indicates, confirms, shows: verbs.tsv complement `fact`) has ما for
/// that subject when nothing stands between the verb and its complement:
/// the writer's inference, not a report.
///
///     «…، ما يشير إلى أن الاقتصاد فقد بعضا من قوة دفعه»   // no cue
///     «وهو ما يؤكد أن الإرهاب لا دين له»                  // no cue
///     «مما يشير إلى استمرار تحسن سوق العمل»               // no cue
///     «وهو ما يؤكده المتحدث»          // a cue: the pronoun makes ما the object
///     «وهذا ما يؤكد الخبراء أنه …»    // a cue: a subject stands before the complement
///     «ما يقال بأن …»                 // a cue: the impersonal passive
///     «بما يرى أنه حق»                // a cue: رأى takes a person for subject
///
/// Only the third person masculine singular imperfect: a feminine or
/// plural verb agrees with a subject of its own («ما تشير إليه الأرقام»).
/// The complement is a complementiser or a content preposition
/// (roles.tsv `contentpreposition`: إلى، على، عن، من) right after the
/// verb. A frame's «ما» («بحسب ما يشير …») is the frame's, matched before.
/// `CueFinder` finds no cue there.
extension Lexicon {
    func isFactSubject(_ form: VerbForm, at i: Int, in text: AnalysisText) -> Bool {
        guard form.complements.contains("fact"), form.shape == .imperfect, form.gender == .masculine,
              form.number == .singular, !form.firstPerson, i > 0, i + 1 < text.tokens.count,
              text.tokens[i - 1].isWord, roles(text.tokens[i - 1].norm).contains(.relativeMa) else { return false }
        let next = text.tokens[i + 1]
        guard next.isWord, next.sentence == text.tokens[i].sentence else { return false }
        return isComplementiser(next.norm) || roles(next.norm).contains(.contentPreposition)
    }
}
