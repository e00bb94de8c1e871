/// «تبيّن أن …» (it became clear that): the perfect of form V is spelt as
/// the feminine imperfect of «بيّن» (verbs.tsv complement `became`).
/// Right before its complementiser, with no subject of its own before it
/// in its clause, it is the writer's account of what came to light, not a
/// report.
///
///     «وذلك بعد أن تبين أنهم شكلوا خلية …»          // no cue
///     «…، تبين أن الحادث كان جراء إقدام شخص …»     // no cue
///     «والتي تبين ان حالتها مستقرة»                 // no cue
///     «وتبين الوزارة أن …»        // a cue: its subject follows
///     «الدراسات المختلفة تبين أن …» // a cue: its subject comes first
///
/// "No subject before it": the verb opens its sentence, follows a mark,
/// a function word (words.tsv: «أن»، «إذا»، «التي») or carries و; a
/// word no list knows before it may be its subject. Under the ل of
/// purpose it is the imperfect («ووزارة الداخلية إذ تعلن ذلك لتبين أن
/// …»: `CueFinder` asks). («توضّح» would read so too, but «وتود الجامعة
/// أن توضح أن» is the common one: أوضح is not marked.) `CueFinder` finds
/// no cue there.
extension Lexicon {
    func becameClear(_ form: VerbForm, at i: Int, conjoined: Bool, in text: AnalysisText) -> Bool {
        guard form.complements.contains("became"), form.shape == .imperfect, form.gender == .feminine,
              form.number == .singular, i + 1 < text.tokens.count else { return false }
        let next = text.tokens[i + 1]
        guard next.isWord, next.sentence == text.tokens[i].sentence, isComplementiser(next.norm) else { return false }
        if conjoined || i == 0 { return true }
        let before = text.tokens[i - 1]
        return !before.isWord || before.sentence != text.tokens[i].sentence || category(before.norm) != nil
    }
}
