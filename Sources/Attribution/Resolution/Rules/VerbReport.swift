/// A reporting verb and its subject: the overt phrase after the verb
/// (VS order), or before it (SV order, «كان» clauses), or the document's
/// issuer; with none, the verb is pro-drop (`ProDrop`).
///
///     «وقال الكرملين إن …»        → الكرملين, overt
///     «موسكو تعلن …»              → موسكو, subject before the verb
///     «ما قاله الوزير …»          → الوزير, relative
extension SpeakerResolver {
    /// وقال الكرملين إن … / وأضاف أن … / موسكو تعلن … / ما قاله الوزير …
    mutating func verb(_ cue: CueMatch) -> Decision? {
        let sentence = text.tokens[cue.first].sentence
        if cue.impersonal {
            return Decision(entity: registry.unspecified(), resolution: .impersonal,
                            contentStart: contentStart(after: cue.last + 1))
        }
        if isFuture(cue) { return nil }
        // «ومضى البكري بالقول إن …»، «وأعاد دي بروين التذكير بأن …»: a verb
        // that reports only through a noun of saying (`saying`) needs one
        // in its clause, whatever its subject («روتانا تعيد ترميم …»، «التاريخ
        // يعيد نفسه» report nothing).
        if cue.complements.contains("saying"), !nounOfSayingAhead(of: cue) { return nil }
        // «وقال عبر موقع برنابيو ديجيتال: …»: right after a reporting verb a
        // homograph (`strict`) is the preposition.
        if cue.complements.contains("strict"), cue.kind == .verb, !cue.conjoined, cue.first > 0, text.tokens[cue.first - 1].isWord,
           facts.isVerbCue(cue.first - 1) { return nil }
        // «طلب عدم ذكر اسمه»، «أكد ضرورة إعلان …»: after an object noun the
        // cue word is a verbal noun, not a verb.
        if cue.first > 0, !facts[cue.first - 1].roles.contains(.leavesVerb),
           facts[cue.first - 1].category == .objectNoun { return nil }
        // «يمكن وصفه بالأكاذيب»، «ينبغي تذكّر أن …»: after a verb of ability
        // or obligation (words.tsv modal, with its و written out) too.
        if cue.first > 0, facts[cue.first - 1].category == .modal { return nil }
        // «91 ألف طالب وطالبة»: a cue word followed by و and its own
        // feminine is a noun and its pair (students), not a verb.
        // (The string is made only when the next word has that shape.)
        if cue.last + 1 < text.tokens.count, text.tokens[cue.last + 1].isWord,
           text.tokens[cue.last + 1].norm.hasKeyPrefix("و"), text.tokens[cue.last + 1].norm.hasKeySuffix("ة"),
           text.tokens[cue.last + 1].norm.equalsKey("و" + text.tokens[cue.last].norm + "ة") { return nil }
        // (After a relay verb ل names the source: «نسبت لمصدر مسؤول أن …».)
        // «كما أعلن، السبت، مصدر قريب من التحقيق …»: the subject after a
        // time word set off by commas (`dayBetweenCommas`), when the verb
        // opens its sentence; after a subject («وكانت المؤسسة أعلنت،
        // السبت، توقف الملاحة») the phrase there is the object.
        let subjectStart = dayBetweenCommas(at: cue.last + 1) && opensSentence(cue) ? cue.last + 4 : cue.last + 1
        let forward = endingAtOwnPreposition(parser.forward(from: subjectStart, sentence: sentence, afterVerb: cue.verbClass != "relay"), cue: cue)
        // «الطلاق يعتبر أهم أشكال التفكك»: «is considered» (`CopulaReading`).
        if isCopula(cue, subjectEnd: forward.next) { return nil }
        var profile = forward.phrase.flatMap { classifier.profile($0, verbGender: cue.gender) }
        var next = forward.next
        // «وقال غوارديولا بعد الهزيمة إن …»: the content opens after an
        // adjunct (`SubjectAdjunct`).
        if let range = forward.phrase, !directComplement(cue, at: next),
           let opener = contentAfterAdjunct(cue, at: next, subject: range, spokenTo: forward.recipient != nil) { next = opener }
        // «بسبب ما وصفته "بالتدخل" الكندي»: after «ما» too, a phrase
        // opening with ب or ل on a definite word or verbal noun is the
        // verb's complement, never its subject.
        if cue.relative, let range = forward.phrase, opensWithPrepositionalWord(range) { profile = nil }
        if let subject = headlineSubject(cue) {
            return speaker(subject, cue: cue, contentFrom: cue.last + 1)
        }
        // «أصدرت إدارة الأهلي بيانا أمس أكدت أنها …»: a clause on an issued
        // document speaks for the issuer; the phrase after the verb is its
        // object unless it is a known speaker (`DocumentIssuer`).
        if let issuer = documentClauseIssuer(of: cue),
           !isKnownSpeaker(profile, range: forward.phrase),
           complementFits(cue, at: cue.last + 1) {
            return speaker(issuer, cue: cue, contentFrom: cue.last + 1)
        }
        // «الدول الكبرى التي تتهم شركات مثل أمازون … بأن …»: a verb that
        // governs an object, in a relative clause on a speaker, has that
        // speaker for its subject; the phrase after it is its object.
        if profile != nil, cue.complements.contains("object"), !cue.relative, let p = relativeAntecedent(of: cue) {
            profile = p
        }
        // «وقال لافروف إنه أبلغ كيري …»، «إلا أنها أكدت اعتقادها …»: the
        // subject is the pronoun before the verb; the phrase is its object
        // (or the one spoken to), and the content may follow it.
        if profile != nil, pronounSubjectBefore(cue) {
            profile = nil
            if complementFits(cue, at: cue.last + 1) { next = cue.last + 1 }
        }
        // «ودعا الله عز وجل أن يتغمد الشهداء …»: God after a directive is
        // the one prayed to, not the speaker.
        if cue.verbClass == "directive", profile?.name == MentionClassifier.godName { profile = nil }
        let negatedVerb = cue.first > 0 && facts[cue.first - 1].roles.contains(.verbNegator)
        // «هذا ما قاله كارار»: after ما the phrase that follows is the subject.
        if let p = profile, let range = forward.phrase, !cue.relative, !isSpeaker(p, range: range, followedBy: next, cue: cue) {
            // «توضح زيارات الوزير …»: a present-tense verb whose subject is
            // a thing, not a speaker, reports nothing. (A plural verb has
            // its subject in its ending: «ويتهمون العراقيين» reports.)
            if cue.shape == .imperfect, cue.number == .singular, !negatedVerb, !cue.conjoined || text.tokens[range.lowerBound].isDefinite,
               [nil, .demonstrative].contains(facts[range.lowerBound].category),
               !Morphology.looksLikeVerbalNoun(text.tokens[range.lowerBound].norm) {
                return nil
            }
            profile = nil
            // «وأبلغ مؤتمرا صحفيا "…"»: after an object the content follows it.
            next = isAccusativeNoun(range.lowerBound) ? forward.next : cue.last + 1
        }
        // «ونقلت واشنطن بوست عن مسؤول … قوله»: the relayer before «عن»
        // (`relaySubject`), when the phrase stopped short of it.
        if cue.verbClass == "relay", let range = relaySubject(of: cue), profile == nil || forward.phrase.map({ $0.upperBound < range.upperBound }) == true,
           let p = classifier.profile(range, verbGender: cue.gender) {
            profile = p
            next = range.upperBound + 1
        }
        // «أنه قال صلى الله عليه وسلم: …»: the blessing said only of the
        // Prophet names him.
        if profile == nil, forward.phrase == nil, let (p, end) = prophet(blessedAt: cue.last + 1) {
            profile = p
            next = end + 1
        }
        if cue.kind == .noun, profile == nil { return nil }  // a nominal report names its speaker
        // A known speaker after the verb makes it a report whatever follows
        // («وذكرت تقارير صحفية …»); otherwise the complement must fit.
        let knownAfter = isKnownSpeaker(profile, range: forward.phrase)
        let knownSubject = knownAfter && !cue.complements.contains("strict") && !cue.complements.contains("content")
        // «وبيّن الناطق الإعلامي بصحة عسير سعيد بن عبدالله النقير أنه …»:
        // for a verb that needs its complement, an office whose holder is
        // named at its end (`NameAfterRole`) is followed by the content there.
        guard knownSubject || complementFits(cue, at: next)
                || (knownAfter && cue.complements.contains("strict")
                    && holderOpener(after: forward.phrase!, sentence: sentence).map { complementFits(cue, at: $0) } == true)
        else { return nil }
        // «التي تعلنها قوات التحالف»: a verb with an object pronoun reports
        // when a known speaker follows it; so does a relay verb that is
        // also a common word («في تصريحات نقلتها صحيفة «الشرق الأوسط»»;
        // not «بينهم» = among them, «أقره البرلمان» = passed).
        let knownRelay = knownAfter && cue.verbClass == "relay"
        if cue.objectSuffix, !cue.relative, !cue.complements.contains("any"), !knownSubject, !knownRelay { return nil }
        // «أصدرت جامعة تبوك بياناً تبرأت فيه»، «تلقى … اتصالا من الملك حمد
        // أعرب فيه»: the document's issuer, the message's sender, before
        // the phrase right before the verb (`DocumentIssuer`, `MessageSender`).
        if profile == nil, let p = documentIssuer(before: cue) ?? messageSender(before: cue) { profile = p }
        if profile == nil, !cue.conjoined, let back = parser.backward(from: cue.first, imperfect: cue.shape == .imperfect),
           let p = classifier.profile(back, verbGender: cue.gender),
           isKnownSpeaker(p, range: back) || namesEarlierPerson(p, range: back) {
            profile = p
        }
        // «أما مالمستورم فتوقعت أن …»: the topic (`topicSubject`).
        if profile == nil, let topic = parser.topicSubject(of: cue.first), let p = classifier.profile(topic, verbGender: cue.gender) {
            profile = p
        }
        if profile == nil, !cue.conjoined, let back = parser.kanaSubject(of: cue.first),
           let p = classifier.profile(back, verbGender: cue.gender) {
            profile = p
        }
        // «جوزيبي كونتي، الذي أعلن أن …»: the phrase before the relative
        // pronoun (`RelativeClause`).
        if profile == nil, !cue.relative, let p = relativeAntecedent(of: cue) { profile = p }
        if profile?.backReference == .document, let issuer = issuer(in: forward.phrase) { profile = issuer }
        if cue.verbClass == "learn", let (source, after) = learntFrom(at: next, sentence: sentence, outlet: forward.phrase) {
            profile = source
            next = after
        }
        // «وقال كاتب الدولة لدى وزير التجارة … هشام بن أحمد إن»: the
        // office's holder is named at its end (`NameAfterRole`).
        if let p = profile, p.kind == .person, p.anonymity == .role || (p.anonymity == .named && !p.hasGivenName && p.nameTokens.count >= 2),
           p.backReference == nil || p.anonymity == .role, let range = forward.phrase,
           let found = NameAfterRole(text: text, lexicon: lexicon, facts: facts).find(after: range.upperBound + 1, sentence: sentence),
           // «أعرب الأمير سعود عن شكره لمواساة الأمير محمد بن نايف، سائلا
           // الله أن …»: a name after the verb's own preposition (عن, not
           // a ب on a word), or after another cue, is inside the content.
           !(range.upperBound + 1..<found.name.lowerBound).contains(where: { cue.complements.contains(text.tokens[$0].norm) || facts.isVerbCue($0) }),
           var holder = classifier.profile(found.name, verbGender: cue.gender), holder.kind == .person, holder.anonymity == .named {
            holder.role = holder.role ?? p.name
            profile = holder
            next = found.opener
        }
        // «… إن قيادة المقاومة ناشدت التحالف التدخل»: after «أن» the noun
        // before the verb is its subject (`SubjectAfterComplementiser`).
        // (The content still opens after the phrase that follows the verb,
        // its object now: «أكد لضيفه أن "…"» stays direct.)
        if let p = subjectAfterComplementiser(cue), profile.map({ $0.span != p.span }) ?? true { profile = p }
        var decision = speaker(profile, cue: cue, contentFrom: next)
        decision.recipient = forward.recipient
        if cue.relative { decision.embeddedIn = enclosingStatement(for: cue)?.id }
        return decision
    }

    /// The Prophet, when the blessing said only of him (roles.tsv
    /// prophetblessing: «صلى الله عليه وسلم») stands at `k`, and the
    /// blessing's last word.
    func prophet(blessedAt k: Int) -> (SpeakerProfile, end: Int)? {
        guard k < text.tokens.count, text.tokens[k].isWord, facts[k].roles.contains(.prophetBlessing) else { return nil }
        var end = k
        while end + 1 < text.tokens.count, end - k < 3, text.tokens[end + 1].isWord,
              text.tokens[end + 1].sentence == text.tokens[k].sentence { end += 1 }
        let p = SpeakerProfile(text: text.text(k, end), span: TextSpan(text.tokens[k].start, text.tokens[end].end),
                               name: MentionClassifier.prophetName, nameTokens: [], kind: .person, anonymity: .named,
                               gender: .masculine, number: .singular, head: "نبي")
        return (p, end)
    }

    /// A complementiser or «لكن» carrying a pronoun (roles.tsv
    /// personpossessive suffixes) right before a finite verb: «إنه»،
    /// «أنها»، «لكنه»، «لأنها». The pronoun is the verb's subject.
    func pronounSubjectBefore(_ cue: CueMatch) -> Bool {
        guard cue.kind == .verb, cue.first > 0, text.tokens[cue.first - 1].isWord,
              text.tokens[cue.first - 1].sentence == text.tokens[cue.first].sentence else { return false }
        let norm = text.tokens[cue.first - 1].norm
        guard let suffix = lexicon.suffix(of: norm, .personPossessive), norm.keyLength > suffix.keyLength + 1 else { return false }
        let category = lexicon.category(String(norm.unicodeScalars.dropLast(suffix.unicodeScalars.count)))
        return category == .complementiser || category == .particle
    }

    /// Where the content opens after an office's holder named at its end
    /// (`NameAfterRole`), when the office is a person's.
    private func holderOpener(after range: ClosedRange<Int>, sentence: Int) -> Int? {
        guard facts[range.lowerBound].speakerWord?.category.isRoleLike == true else { return nil }
        return NameAfterRole(text: text, lexicon: lexicon, facts: facts).find(after: range.upperBound + 1, sentence: sentence)?.opener
    }

    /// «ستعلن قريباً»، «لن تعلن رسمياً»: an announcement still to come is
    /// not a report.
    func isFuture(_ cue: CueMatch) -> Bool {
        cue.future || (cue.first > 0 && facts[cue.first - 1].roles.contains(.futureNegator))
    }

    /// «وأعلن …»، «. أعلن …»، «كما أعلن …»: nothing before the verb in
    /// its sentence can be its subject.
    func opensSentence(_ cue: CueMatch) -> Bool {
        let i = cue.first
        guard i > 0, !text.tokens[i].startsLine, text.tokens[i - 1].sentence == text.tokens[i].sentence else { return true }
        if text.tokens[i].norm.hasKeyPrefix("و") || text.tokens[i].norm.hasKeyPrefix("ف") { return true }
        // («كما أعلن …»; not «قد»، which follows its subject: «وكان
        // الحاكم قد أعلن، الأحد، حالة الطوارئ».)
        return text.tokens[i - 1].isWord && facts[i - 1].category == .particle && !facts[i - 1].roles.contains(.perfectParticle)
    }
}
