/// A reporting verb's perfect right after another reporting verb is that
/// verb's subject, a noun: two perfects stand side by side only with و
/// between them.
///
///     «توصل طالب دكتوراة بلجيكي إلى مفتاح …»   // طالب: a student, no cue
///     «فقال طالب العلم: أحمد الله …»           // طالب العلم: the speaker of «فقال»
///     «قال قلت: يا أم المؤمنين …»              // قلت: first person, a cue
///     «تقول أمل إن …»                         // أمل: a given name, the subject
///
/// Only the bare third-person singular perfect (with a clitic, «وطالب», it
/// opens a clause of its own; «ينفي نفيا قاطعا» is a verbal noun, not a
/// dual), and not a homograph of a function word (`strict`: «ليؤكد عبر
/// مقال» is "via"); after a verb in the same sentence that carries no
/// object pronoun («وعن أبرز الأعمال التي تابعها قال مشاري:» ends a
/// relative clause), no tanween (a noun misspelt, «بيناً», is no verb) and
/// no dotted ي where the verb has ى («استطلاع رأي أكدوا» is "opinion").
/// The same verb twice is a chain of narration, both cues («عن عائشة
/// قالت قال رسول الله …»). A verb that is also a given name
/// (`GivenNameVerb`) is the subject after any reporting verb, whatever its
/// shape. `CueFinder` finds no cue there, and the phrase parser does not
/// end the verb's subject at it.
extension Lexicon {
    func isSubjectAfterVerb(at i: Int, in text: AnalysisText) -> Bool {
        guard i > 0 else { return false }
        let t = text.tokens[i], before = text.tokens[i - 1]
        if t.isWord, i + 1 < text.tokens.count, givenNames[t.norm] != nil, verbForms[t.norm]?.complements.contains("strict") == true,
           before.isWord, before.sentence == t.sentence {
            return SpeakerPhraseParser.isVerbCue(before.norm, lexicon: self)
        }
        guard t.isWord, before.isWord, before.sentence == t.sentence, !before.hasTanwinFatha,
              let form = verbForms[t.norm], form.shape == .perfect, form.number == .singular, !form.firstPerson,
              !form.complements.contains("strict") else { return false }
        let writtenYa = before.text.unicodeScalars.last == "ي"
        var norm = before.norm
        return norm.withUTF8 { word in
            Clitics.stems(word).anyStem { stem in
                verbForms[utf8: stem].map {
                    $0.shape != .participle && !($0.endsInAlefMaqsura && writtenYa) && $0.lemma != form.lemma
                } ?? false
            }
        }
    }
}
