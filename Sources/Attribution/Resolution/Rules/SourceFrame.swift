/// Source frames: a phrase that names where a claim comes from.
///
///     «بحسب المصدر»، «وفقاً لـ…»، «نقلاً عن …»، «على حد قوله»، «جاء في البيان»
///     «وفقاً لصحيفة نيويورك تايمز» → the newspaper (not a recipient)
///     «وفق الخطة» → no source (a rule, plan or standard)
extension SpeakerResolver {
    /// «أسقط الجيش الإسرائيلي الثلاثاء مقاتلة سورية … بعد اختراقها، بحسبه،
    /// المجال الجوي»: a tag with a pronoun in a sentence that quotes no
    /// one yet points to the subject of the verb the sentence opens with,
    /// a known body, outlet or place («الجيش») agreeing with the pronoun,
    /// not to the article's last speaker. (Not a person: after a verb the
    /// lexicon does not know, a person's name runs on into the object,
    /// «وجزم كيري باستحالة تصنيع …».)
    func tagSentenceSubject(_ cue: CueMatch) -> SpeakerProfile? {
        guard let first = unknownVerbOpening(sentenceOf: cue) else { return nil }
        let sentence = text.tokens[cue.first].sentence
        let subject = first + 1
        guard subject < cue.first, text.tokens[subject].isWord else { return nil }
        let end = parser.phraseEnd(from: subject, sentence: sentence)
        guard end >= subject, end < cue.first, let p = classifier.profile(subject...end, verbGender: cue.gender),
              p.anonymity == .named, [.institution, .media, .place].contains(p.kind),
              isKnownSpeaker(p, range: subject...end) else { return nil }
        if cue.number == .plural { return p.number == .plural ? p : nil }
        return p.number != .plural && (p.gender == nil || p.gender == cue.gender) ? p : nil
    }

    /// بحسب المصدر، وفقاً لـ…، نقلاً عن …، على حد قوله، جاء في البيان.
    mutating func frame(_ cue: CueMatch) -> Decision? {
        guard let frame = cue.frame else { return nil }
        if frame.speaker == "previous" {
            // «حسب قوله»: the speaker whose agreement the pronoun shows.
            let id = cue.gender == nil && cue.number == .singular ? registry.lastSpeaker
                : tagSentenceSubject(cue).map { registry.resolve($0) } ?? proDrop(cue)
            var decision = Decision(entity: id, resolution: .tag, contentStart: sentenceStart(cue.first))
            // A tag on a relayed report is relayed too («… حسب قوله» after
            // «أفاد اللاعب … حسب ما ذكرته المصادر»).
            let sentence = text.tokens[cue.first].sentence
            decision.embeddedIn = statements.last { $0.sentence == sentence && $0.speaker.entity == id }?.embeddedIn
            return decision
        }
        // «بحسب ما أعلن»: the cue already holds the relative verb
        // (`CueFinder`); «وفقاً لـ…»، «استناداً إلى …» leave a preposition.
        var k = cue.last + 1
        while k < text.tokens.count, facts[k].roles.contains(.frameLink) { k += 1 }
        // «بحسب ما جاء في بيان للتحالف»، «حسبما ورد في صحيفة …»: a relative
        // verb that is a document frame of its own (جاء في، ورد في) leaves
        // its preposition; the document is the phrase after it.
        var documentFrame = frame.kind == "document", relativeDocument = false
        if cue.last > cue.first, k < text.tokens.count,
           lexicon.frames[text.tokens[cue.last].norm]?.contains(where: { f in
               f.kind == "document" && f.words.count == 2 && text.tokens[k].norm.equalsKey(f.words[1])
           }) == true {
            k += 1
            documentFrame = true
            relativeDocument = true
        }
        let sentence = text.tokens[cue.first].sentence
        var forward = parser.forward(from: k, sentence: sentence)
        // The phrase opens right after the frame, whatever the parser made
        // of its first word: «جاء في الحديث»، «ورد في البيان» (the document
        // noun), «وفقاً لصحيفة نيويورك تايمز» (the outlet behind ل is the
        // source, not someone spoken to).
        if k < text.tokens.count, text.tokens[k].isWord,
           (documentFrame && forward.phrase == nil) || (forward.recipient != nil && text.tokens[k].norm.hasKeyPrefix("ل")) {
            let end = max(k, parser.phraseEnd(from: k + 1, sentence: sentence))
            forward = SpeakerPhraseParser.Forward(recipient: nil, phrase: k...end, next: end + 1)
        }
        var profile = forward.phrase.flatMap { classifier.profile($0, verbGender: nil, afterFrame: true) }
        // (After «بحسب ما جاء في», a document that names no issuer — «في
        // حسابه»، «في الشكوى» — leaves the report to the last speaker.)
        if let first = forward.phrase?.lowerBound, facts[first].category == .objectNoun || isNormNoun(first) {
            if !relativeDocument { return nil }
            profile = nil
        }
        // «وفق الخطة»: a frame names its source; only a relative frame
        // («حسب ما صرح به») may leave it to the last speaker.
        let relativeFrame = cue.last >= cue.first + (cue.frame?.words.count ?? 1) || text.tokens[cue.last].norm.hasSuffix("ما")
        if forward.phrase == nil, !relativeFrame { return nil }
        // «حسبما جاء في تصريحات للتحالف العربي»: a document, or words
        // spoken (framenoun) in a document frame, speak for their issuer.
        let spokenWords = documentFrame && forward.phrase.map { facts[$0.lowerBound].category == .frameNoun } == true
        if profile?.backReference == .document || spokenWords, let issuer = issuer(in: forward.phrase) { profile = issuer }
        // After «بحسب ما ورد في» only a known source or a quoted name
        // stands: «في نظام المحاماة»، «في حيثيات الحكم» name no one, and
        // the report stays with the last speaker.
        if relativeDocument, let range = forward.phrase, !spokenWords, !opensWithSourceWord(range.lowerBound) {
            profile = nil
        }
        // «وفقاً للتفاهمات»، «وفقاً لرغبتها»، «وفقاً لتقدير …»: a frame over
        // a common noun (definite, with a possessive, or a verbal noun) is
        // no source.
        if let p = profile, let range = forward.phrase, !isKnownSpeaker(p, range: range) {
            let head = text.tokens[range.lowerBound]
            let bare = MentionClassifier.dropLam(head.norm)
            if head.isDefinite || head.norm.hasPrefix("لل") || lexicon.hasSuffix(head.norm, .framedPossessive)
                || Morphology.looksLikeVerbalNoun(bare)
                || (!relativeFrame && frame.kind == "frame" && isIndefiniteCommonNoun(range)) {
                if !relativeDocument { return nil }
                profile = nil
            }
        }
        var decision = speaker(profile, cue: cue, contentFrom: forward.next)
        decision.contentStart = sentenceStart(cue.first)
        if frame.kind == "relay" { decision.embeddedIn = enclosingStatement(for: cue)?.id }
        if frame.kind == "frame", profile != nil { nest(frame: cue, decision: decision) }
        return decision
    }

    /// A source frame between another speaker's verb and its content
    /// relays that report: «وقالت المصادر (حسب وكالة الأنباء الألمانية) إن
    /// …»، «أفاد اللاعب … حسب ما ذكرته المصادر أنه …». Inside the content
    /// («… حسب وصف الجماهير») it is a source in its own right, as the
    /// guidelines' gold treats it.
    mutating func nest(frame cue: CueMatch, decision: Decision) {
        let sentence = text.tokens[cue.first].sentence
        let start = text.tokens[cue.first].start
        guard let host = statements.indices.last(where: { i in
            statements[i].sentence == sentence && statements[i].cue.start < start && !subordinate.contains(i)
                && statements[i].cue.kind != .frame && statements[i].embeddedIn == nil
        }), let own = decision.entity, statements[host].speaker.entity != own else { return }
        // «وقالت المصادر (حسب وكالة …) إن»: a bracket before the frame
        // does not put it inside the content.
        var first = tokenIndex(atOffset: statements[host].content.start)
        while first < cue.first, text.tokens[first].kind == .punctuation { first += 1 }
        if first >= cue.first {
            statements[host].embeddedIn = "s\(statements.count + 1)"
        }
    }

    /// «وفق منهجية جيدة»، «وفق أساليب علمية»، «حسب نسبة أعداد المعلمين»:
    /// an indefinite head the lexicon knows nothing of (with or without
    /// the ل of «وفقاً لـ»), shaped like a common noun (ة، ات) or followed
    /// by an adjective or by a definite noun it is in construct with, is a
    /// manner, not a source, when no word of the phrase names a speaker.
    /// Not a name in none of these shapes («بحسب غرايمي سميث») or one in
    /// quotation marks or Latin letters («بحسب مجموعة "فيوتشرسورس"»), a people
    /// noun in construct («وفقاً لمسؤولي البعثة»), a report noun
    /// («وفقاً لتصريحات …»، «تغريدة») or a text someone issued, whose
    /// reporting verb follows («وفقاً لرواية نقلتها النهار»).
    func isIndefiniteCommonNoun(_ range: ClosedRange<Int>) -> Bool {
        let i = range.lowerBound
        let head = text.tokens[i]
        guard head.isWord, !head.isDefinite else { return false }
        let bare = MentionClassifier.dropLam(head.norm)
        guard lexicon.category(bare) == nil, lexicon.roles(bare).isEmpty, lexicon.givenNames[bare] == nil,
              lexicon.speakerWord(bare) == nil, lexicon.place(bare) == nil, lexicon.nounForms[head.norm] == nil,
              !range.dropFirst().contains(where: { k in
                  !text.tokens[k].isWord || text.tokens[k].text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic })
                      || facts[k].speakerWord != nil || facts[k].givenName != nil || facts[k].place != nil
              }),
              !(range.upperBound + 1 < text.tokens.count && facts.isVerbCue(range.upperBound + 1))
        else { return false }
        if bare.hasKeySuffix("ة") || bare.hasKeySuffix("ات") { return true }
        guard range.count > 1, text.tokens[i + 1].isWord else { return false }
        let next = text.tokens[i + 1]
        if next.isDefinite { return !(bare.hasKeyPrefix("م") && bare.hasKeySuffix("ي")) }
        return next.norm.keyLength > 3 && Morphology.endsLikeNisba(next.norm)
    }

    /// «وكالة …»، «بيان …»، «لوزارة …», or a quotation mark before a name:
    /// a phrase that opens with a speaker word of speakers.tsv (after ل
    /// or not) or a mark.
    func opensWithSourceWord(_ k: Int) -> Bool {
        !text.tokens[k].isWord || lexicon.speakerWord(MentionClassifier.dropLam(text.tokens[k].norm)) != nil
    }

    /// «وفق الخطة»، «وفقاً لمعايير محددة»: a rule, plan or standard
    /// (`normnoun`), bare, with the article or after a clitic.
    func isNormNoun(_ k: Int) -> Bool {
        lexicon.derivedCategory(text.tokens[k].norm) == .normNoun
    }
}
