/// An adjunct between a verb's subject and its content: the content opens
/// after it, and a name before it is the subject.
///
///     «وقال غوارديولا بعد الهزيمة أمام ليفربول إن …» → غوارديولا, content at «إن»
///     «وقال مورينيو رداً على ذلك: …»              → مورينيو, content at «:»
///     «وقال الوزير بعد أن التقى …»                 → no adjunct («بعد أن» is a clause)
///     «وأعرب الوزير عن أمله في أن …»               → no adjunct (عن is the verb's own)
///
/// The words that open such an adjunct are the `subjectadjunct` role of
/// `roles.tsv`.
extension SpeakerResolver {
    /// How far an adjunct may run before the content opens, in tokens.
    static let subjectAdjunctReach = 12

    /// Where the content opens after an adjunct that starts at `k`, or nil
    /// when no adjunct starts there or no content opens after it within
    /// the sentence, before another reporting verb. Only a name of one to
    /// three words (`looksLikeNameWord`) is read as a subject this way:
    /// an object before an adjunct («تساءل عدداً من …») stays one.
    func contentAfterAdjunct(_ cue: CueMatch, at k: Int, subject: ClosedRange<Int>, spokenTo: Bool = false) -> Int? {
        // (Cheap tests first: most cues have no adjunct after their subject.)
        guard k + 1 < text.tokens.count,
              facts[k].roles.contains(.subjectAdjunct) || opensCircumstance(k) || text.tokens[k].norm.hasKeyPrefix("بال"),
              !cue.complements.contains("strict"),
              !directComplement(cue, at: k), !facts[k + 1].isComplementiser,
              !cue.complements.contains(where: { $0 == text.tokens[k].norm }) else { return nil }
        let sentence = text.tokens[k].sentence
        var j = k + 1
        while j < min(k + Self.subjectAdjunctReach, text.tokens.count), text.tokens[j].sentence == sentence {
            if directComplement(cue, at: j) {
                // «بعد أن»، «قبل أن»: a preposition before a complementiser
                // opens a clause of time, not the content.
                if facts[j].isComplementiser, facts[j - 1].roles.contains(.subjectAdjunct) { return nil }
                return isNameBeforeAdjunct(subject, spokenTo: spokenTo) ? j : nil
            }
            if let close = nameQuote(openingAt: j) {
                j = close + 1
                continue
            }
            guard text.tokens[j].isWord || text.isMark(j, "،") || text.isMark(j, ","), !facts.isVerbCue(j) else { return nil }
            j += 1
        }
        return nil
    }

    /// «واضعاً يده على الدستور»: a word with tanwin fatha that no list
    /// knows opens a ḥāl after the subject. A reporting participle
    /// («وتابع بوتين قائلاً:») is a cue of its own, one act with the verb
    /// (`Participle`), not an adjunct.
    func opensCircumstance(_ k: Int) -> Bool {
        text.tokens[k].isWord && text.tokens[k].hasTanwinFatha && facts[k].speakerWord == nil
            && facts[k].category == nil && !facts.isVerbCue(k) && lexicon.verbForms[text.tokens[k].norm] == nil
    }

    /// «غوارديولا»، «تاكويا هاشيموتو»، «ميلوس زيمان»: one to three words
    /// shaped like a name. Not an object: no function word, verb cue,
    /// possessive pronoun («حديثه»، «لزوجها»), tanwin («يوماً»), ḥāl
    /// participle («مدافعا»), noun and adjective in ا («كلاما خطيرا»), or
    /// ل on a later word («بوتين لعباس»). Three words open with a given
    /// name; one word is a given name or written elsewhere in the article
    /// too, as names are («لفت انتباهي» is not).
    /// With `spokenTo` (a recipient after the word: «وقال منوتشين
    /// للصحافيين في البيت الأبيض إن»), one word need not recur.
    func isNameBeforeAdjunct(_ subject: ClosedRange<Int>, spokenTo: Bool = false) -> Bool {
        // «والدها اندي فانسيك»: a noun for a person, then the name.
        if let head = facts[subject.lowerBound].speakerWord, head.category == .person, (2...4).contains(subject.count) {
            return isNameBeforeAdjunct((subject.lowerBound + 1)...subject.upperBound, spokenTo: spokenTo)
        }
        guard subject.count <= 3 else { return false }
        if subject.count == 3, facts[subject.lowerBound].givenName == nil { return false }
        for k in subject {
            let t = text.tokens[k]
            guard parser.looksLikeNameWord(k), facts[k].roles.isEmpty || parser.isNameParticle(k), !facts.isVerbCue(k),
                  !t.hasTanwinFatha,
                  !lexicon.hasSuffix(t.norm, .adjunctPossessive), !lexicon.hasSuffix(t.norm, .commonPossessive) else { return false }
            if facts[k].givenName == nil, Morphology.looksLikeAccusativeParticiple(t.norm) {
                return false
            }
            if k > subject.lowerBound {
                if t.norm.hasKeyPrefix("ل") || lexicon.hasSuffix(t.norm, .personPossessive) { return false }
                if t.norm.hasKeySuffix("ا"), text.tokens[k - 1].norm.hasKeySuffix("ا") { return false }
            }
        }
        if subject.count == 1, facts[subject.lowerBound].givenName == nil, !spokenTo {
            return text.recursElsewhere(subject.lowerBound)
        }
        return true
    }
}
