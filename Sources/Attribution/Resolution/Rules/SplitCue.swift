/// A split cue: a reporting verb and «قائلاً» on both sides of the
/// speaker are one act of reporting (the guidelines' "split cues"), one
/// statement whose cue runs from the verb to the participle.
///
///     «وأضاف الجدعان قائلا: «هيئة السوق تسعى …»»          → one statement, cue «وأضاف الجدعان قائلا»
///     «وغرد وزير المالية الفرنسي برونو لومير على تويتر قائلا» → one statement
///     «وأكد أن …، قائلا إن …»                                → two: the verb had its content
///     «وأشاد دونيس بالمعسكر الإعدادي للفريق قائلا»            → two: praise has its object
///
/// The participle of «قال» (قائلا، قائلة، قائلين) joins the statement just
/// recorded when that statement is a verb's (not a stance's, whose object
/// is what it praises or condemns), in the same sentence, not negated,
/// and its content had not begun before the participle (an adverbial
/// phrase may stand between: «على تويتر»).
extension SpeakerResolver {
    mutating func joinsSplitCue(_ cue: CueMatch) -> Bool {
        guard cue.kind == .participle, cue.lemma == "قال", let i = statements.indices.last,
              statements[i].cue.kind == .verb, !statements[i].negated, cues[i].verbClass != "stance",
              statements[i].sentence == text.tokens[cue.first].sentence,
              statements[i].cue.end <= text.tokens[cue.first].start,
              agrees(cues[i], cue), nothingReported(between: cues[i], and: cue, speaker: statements[i].speaker),
              contentNotBegun(before: cue.first, from: statements[i].content.span.start) else { return false }
        let span = TextSpan(statements[i].cue.start, text.tokens[cue.last].end)
        statements[i].cue.end = span.end
        statements[i].cue.text = text.slice(span.start, span.end)
        let start = contentStart(after: cue.last + 1)
        statements[i].content = Content(span: TextSpan(start, start), form: .indirect, text: "")
        return true
    }

    /// «حذرت منه الوزارة، قائلا»: a participle of another gender or number
    /// has another subject.
    private func agrees(_ verb: CueMatch, _ participle: CueMatch) -> Bool {
        (verb.gender == nil || participle.gender == nil || verb.gender == participle.gender) && verb.number == participle.number
    }

    /// Between the verb and the participle only the speaker's phrase,
    /// commas and adverbial phrases of at most three words, each opening
    /// with a preposition that is not the verb's own (`OwnPreposition`:
    /// «على تويتر»، «في تصريحه»، «عبر حسابه الشخصي»): an object or the verb's complement is
    /// content of its own («نفى ذلك قائلا»، «أعلن في وقت سابق بدء مرحلة
    /// إعادة الإعمار، قائلا»، «تحدث عن تحويل مسار الطميحي … قائلا»).
    private func nothingReported(between verb: CueMatch, and participle: CueMatch, speaker: SpeakerReference) -> Bool {
        var phraseWords = 0
        for j in (verb.last + 1)..<participle.first {
            if let start = speaker.start, let end = speaker.end, text.tokens[j].start >= start, text.tokens[j].end <= end { continue }
            if !text.tokens[j].isWord {
                guard text.isMark(j, "،") || text.isMark(j, ",") else { return false }
                phraseWords = 0
                continue
            }
            if opensOwnComplement(verb, at: j) { return false }
            let roles = facts[j].roles
            if roles.contains(.adverbialOpener) || roles.contains(.contentPreposition) || roles.contains(.swappedPreposition) {
                phraseWords = 1
                continue
            }
            guard phraseWords > 0, phraseWords < 3 else { return false }
            phraseWords += 1
        }
        return true
    }

    /// Whether the content placed at `offset` has not begun before the
    /// participle: it starts at or after it, or at most six words before
    /// it (an adverbial phrase: «… برونو لومير على تويتر قائلا»).
    private func contentNotBegun(before participle: Int, from offset: Int) -> Bool {
        participle - tokenIndex(atOffset: offset) <= 6
    }
}
