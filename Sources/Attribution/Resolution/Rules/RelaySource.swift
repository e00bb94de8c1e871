/// Relays: «نقلت وكالة X عن Y أن …»، «… عن مصادر قولها …»: Y is the inner
/// source, its statement embedded in the relaying one; «وقال المالكي في
/// تصريحات نقلتها وكالة الأنباء السعودية: …»: the statement before the
/// relay verb is embedded in it.
extension SpeakerResolver {
    /// «وقال المالكي في تصريحات نقلتها وكالة الأنباء السعودية:»: a relay
    /// verb whose pronoun stands for the statements just reported, with its
    /// own subject: the index of the sentence's statement it carried. The
    /// relay is subordinate (the outlet takes over no pro-drop verb).
    ///
    /// A source frame after a statement of its sentence relays it too:
    /// «وأوضح المتحدث …، وفقاً لما نقلت عنه صحيفة "الرياض"، بأن …»،
    /// «وقال الوزير إن …، بحسب ما نقلت وكالة الأنباء»: the paper carried
    /// the spokesman's words, and his participles stay his.
    func relayedStatement(by cue: CueMatch, _ decision: Decision) -> Int? {
        let relayVerb = cue.verbClass == "relay" && cue.objectSuffix
        let frame = cue.kind == .frame && cue.frame?.kind == "frame"
        guard relayVerb || frame, decision.phrase != nil else { return nil }
        let sentence = text.tokens[cue.first].sentence
        return statements.indices.last { i in
            statements[i].sentence == sentence && !subordinate.contains(i) && !statements[i].negated
        }
    }

    /// «نقلت وكالة X عن Y أن …» / «… عن مصادر قولها …»: the inner source.
    /// «ونقلت النجمة عنه قوله: …»، «ونقلت عنه وكالة رويترز قوله إن …»: a
    /// pronoun on «عن» (`pronounOnAn`) is the last speaker it agrees with.
    mutating func relaySource(after cue: CueMatch, outer: Statement) -> (cue: CueMatch, decision: Decision)? {
        let sentence = text.tokens[cue.first].sentence
        var k = cue.last + 1
        while k < text.tokens.count, text.tokens[k].sentence == sentence, !text.tokens[k].norm.isKey("عن"),
              pronounOnAn(k) == nil, k < cue.last + 12 {
            k += 1
        }
        // (Not when the relay carries a statement its sentence made already:
        // «وقال رومينيجه في تصريحات نقلتها عنه صحيفة …»، «قال …، كما نقل
        // عنه موقع …، إنه …».)
        if k < text.tokens.count, text.tokens[k].sentence == sentence, let (gender, number) = pronounOnAn(k) {
            guard !cue.objectSuffix, !statements.contains(where: { $0.sentence == sentence && $0.id != outer.id }) else { return nil }
            // (Not a document or report: «قوله» is said by someone.)
            guard let id = registry.proDrop(gender: gender, number: number, at: text.tokens[k].start, excluding: outer.speaker.entity),
                  id != outer.speaker.entity, registry.record(id)?.entity.anonymity != .vague else { return nil }
            var inner = CueMatch(first: k, last: k, lemma: "عن", kind: .frame)
            inner.conjoined = false
            var decision = Decision(entity: id, resolution: .tag, contentStart: outer.content.span.start)
            decision.embeddedIn = outer.id
            return (inner, decision)
        }
        guard k < text.tokens.count, text.tokens[k].norm.isKey("عن") else { return nil }
        let forward = parser.forward(from: k + 1, sentence: sentence)
        guard let range = forward.phrase, var p = classifier.profile(range, verbGender: nil) else { return nil }
        // «ونقلت الوكالة عن بيان صادر عن وزارة الخارجية أن …»: the
        // document speaks for its issuer (`DocumentIssuer`).
        if p.backReference == .document, let issuer = issuer(in: range) { p = issuer }
        var inner = CueMatch(first: k, last: k, lemma: "عن", kind: .frame)
        // «عن مسؤولين قولهم»: the cue runs from عن to the verbal noun.
        if forward.next < text.tokens.count, facts[forward.next].category == .relayNoun {
            inner.last = forward.next
        }
        inner.conjoined = false
        // (The content opens after the verbal noun: «قوله إن …».)
        var decision = speaker(p, cue: inner, contentFrom: max(forward.next, inner.last + 1))
        decision.embeddedIn = outer.id
        return (inner, decision)
    }

    /// «عنه»، «عنها»، «عنهم» (words.tsv pronoun): «عن» with a pronoun
    /// suffix, and the agreement the suffix shows.
    func pronounOnAn(_ k: Int) -> (Gender?, Number)? {
        let norm = text.tokens[k].norm
        guard facts[k].category == .pronoun, norm.hasKeyPrefix("عن") else { return nil }
        if norm.hasKeySuffix("هما") || norm.hasKeySuffix("هم") { return (nil, .plural) }
        if norm.hasKeySuffix("ها") { return (.feminine, .singular) }
        return norm.hasKeySuffix("ه") ? (.masculine, .singular) : nil
    }

    /// «عنه قوله: …»، «عنه إن …»: a pronoun on «عن» right before a noun
    /// of saying or the content (what `ComplementFit` accepts after a
    /// relay verb and `ContentStart` skips).
    func pronounOnAnBeforeContent(_ k: Int) -> Bool {
        k + 1 < text.tokens.count && pronounOnAn(k) != nil
            && (facts[k + 1].category == .relayNoun || text.opensContent(k + 1, lexicon: lexicon))
    }

    /// «ونقلت واشنطن بوست عن مسؤول في البيت الأبيض قوله إن …»: a relay
    /// verb, up to five words (a quoted name counts as its words), then
    /// «عن» and a source followed, within a few words, by what it said (a
    /// noun of saying, a complementiser, a colon or a quotation): the words are the relayer,
    /// whatever they are («واشنطن بوست» is a place and a word in ب).
    func relaySubject(of cue: CueMatch) -> ClosedRange<Int>? {
        guard cue.verbClass == "relay", !cue.relative, !cue.objectSuffix, cue.number == .singular else { return nil }
        let sentence = text.tokens[cue.first].sentence
        var k = cue.last + 1
        var words = 0
        while k < text.tokens.count, text.tokens[k].sentence == sentence, words <= 5, !text.tokens[k].norm.isKey("عن") {
            if let close = nameQuote(openingAt: k) {
                words += close - k - 1
                k = close + 1
                continue
            }
            // («صحيفة»، «وكالة» are name heads of words.tsv: «ونقلت صحيفة
            // الموندو ديبورتيفو عن …».)
            guard text.tokens[k].isWord, facts[k].category == nil || facts[k].category == .nameHead, !facts.isVerbCue(k),
                  !facts[k].roles.contains(.notOpener) else { return nil }
            words += 1
            k += 1
        }
        guard words > 0, words <= 5, k < text.tokens.count, text.tokens[k].norm.isKey("عن") else { return nil }
        let source = parser.forward(from: k + 1, sentence: sentence)
        // (What it said may come a few words on: «عن مسؤول … لم تسمه قوله».)
        let after = source.next
        guard source.phrase?.lowerBound == k + 1, (after..<min(after + 6, text.tokens.count)).contains(where: { j in
            text.tokens[j].sentence == sentence && (facts[j].category == .relayNoun || text.opensContent(j, lexicon: lexicon))
        }) else { return nil }
        return (cue.last + 1)...(k - 1)
    }
}
