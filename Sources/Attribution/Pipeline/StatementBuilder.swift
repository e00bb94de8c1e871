/// Turns cues into statements for one article: finds each cue's speaker
/// (overt, pro-drop, back-reference), checks that what follows makes it a
/// report, and records content, recipient and nesting.
struct StatementBuilder {
    let text: AnalysisText
    let lexicon: Lexicon
    var registry: EntityRegistry
    private(set) var statements: [Statement] = []
    /// The cue of each statement, in the same order (for `SpeakerRanker`).
    private(set) var cues: [CueMatch] = []
    /// Indices of statements whose cue is subordinate (see `Decision`).
    private var subordinate = Set<Int>()
    private let facts: TokenFacts
    private var parser: SpeakerPhraseParser { SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts) }
    private var classifier: SpeakerClassifier { SpeakerClassifier(text: text, lexicon: lexicon, facts: facts) }
    /// Where the possessed person nouns are, found as far as asked (`namedLater`).
    private let possessedNouns = PossessedNounIndex()

    init(text: AnalysisText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        facts = TokenFacts(text: text, lexicon: lexicon)
        registry = EntityRegistry(cast: Cast(text: text, lexicon: lexicon, facts: facts))
    }

    /// The cast opens the first time a role points back to someone not yet
    /// quoted or a verb has no overt subject; it is harvested lazily.
    private func openCast() {
        registry.cast.open()
    }

    /// A speaker decided for a cue, before the statement is recorded.
    struct Decision {
        /// The cue sits inside another statement's clause («قالت مصادر إن
        /// العملية التي أعلنت أنقرة بدءها»): it neither owns the participles
        /// that follow nor takes over pro-drop verbs.
        var subordinate = false
        var entity: String?
        var phrase: SpeakerProfile?
        var resolution: String
        var contentStart: Int
        var recipient: String?
        var embeddedIn: String?
    }

    mutating func add(_ cue: CueMatch) {
        let decision: Decision?
        switch cue.kind {
        case .verb, .noun: decision = verb(cue)
        case .participle: decision = participle(cue)
        case .frame: decision = frame(cue)
        case .negation: decision = negation(cue)
        case .headline: decision = headline(cue)
        }
        guard var decision else { return }
        // A nominal report («بعد إعلان أنقرة عن …») takes over no pro-drop verb.
        decision.subordinate = isSubordinate(cue) || cue.kind == .noun
        if decision.subordinate, decision.embeddedIn == nil { decision.embeddedIn = mainStatement(before: cue)?.id }
        record(cue, decision)
        if cue.lemma == "نقل", let inner = relaySource(after: cue, outer: statements.last!) {
            record(inner.cue, inner.decision)
        }
    }

    /// «تحدث عن كريري .. جورجيوس : …» in a title: a pro-drop verb before
    /// anyone is named looks ahead to the speaker the article introduces
    /// first (headline cataphora). Called once all cues are in.
    /// The learned ranking over each statement's candidates (see
    /// `SpeakerRanker`); a no-op with empty weights and no trainer.
    mutating func rank(_ weights: RankerWeights, teacher: RankingTeacher?, trainer: RankingTrainer?) {
        SpeakerRanker(weights: weights).rank(text: text, lexicon: lexicon, statements: &statements, cues: cues, registry: &registry,
                                             teacher: teacher, trainer: trainer)
    }

    mutating func resolveCataphora() {
        // The first later statement with a speaker of its own, for each
        // index: one pass back rather than a scan forward per statement (a
        // statement changed below is never looked up again: later ones only).
        var nextSpoken = [Int?](repeating: nil, count: statements.count + 1)
        for i in statements.indices.reversed() {
            let s = statements[i]
            nextSpoken[i] = s.speaker.entity != nil && s.embeddedIn == nil ? i : nextSpoken[i + 1]
        }
        for i in statements.indices where statements[i].speaker.entity == nil && statements[i].speaker.resolution == "pro-drop"
            && text.tokens[tokenIndex(atOffset: statements[i].cue.start)].paragraph == 0 {
            guard let n = nextSpoken[i + 1] else { continue }
            let next = statements[n]
            statements[i].speaker.entity = next.speaker.entity
            statements[i].speaker.resolution = "cataphora"
        }
    }

    // MARK: - Constructions

    /// وقال الكرملين إن … / وأضاف أن … / موسكو تعلن … / ما قاله الوزير …
    private mutating func verb(_ cue: CueMatch) -> Decision? {
        let sentence = text.tokens[cue.first].sentence
        if cue.impersonal {
            return Decision(entity: registry.unspecified(), resolution: "impersonal",
                            contentStart: contentStart(after: cue.last + 1))
        }
        if isFuture(cue) { return nil }
        // «طلب عدم ذكر اسمه»، «أكد ضرورة إعلان …»: after an object noun the
        // cue word is a verbal noun, not a verb.
        if cue.first > 0, !["عن", "علي", "من", "ما", "لما", "بما"].contains(Key(text.tokens[cue.first - 1].norm)),
           facts[cue.first - 1].category == .objectNoun { return nil }
        let forward = parser.forward(from: cue.last + 1, sentence: sentence)
        var profile = forward.phrase.flatMap { classifier.profile($0, verbGender: cue.gender) }
        var next = forward.next
        if let subject = headlineSubject(cue) {
            return speaker(subject, cue: cue, contentFrom: cue.last + 1)
        }
        let negatedVerb = cue.first > 0 && ["لم", "لن", "لا"].contains(Key(text.tokens[cue.first - 1].norm))
        // «هذا ما قاله كارار»: after ما the phrase that follows is the subject.
        if let p = profile, let range = forward.phrase, !cue.relative, !isSpeaker(p, range: range, followedBy: forward.next, cue: cue) {
            // «توضح زيارات الوزير …»: a present-tense verb whose subject is
            // a thing, not a speaker, reports nothing.
            if cue.shape == .imperfect, !negatedVerb, !cue.conjoined || text.tokens[range.lowerBound].isDefinite,
               [nil, .demonstrative].contains(facts[range.lowerBound].category),
               !Morphology.looksLikeVerbalNoun(text.tokens[range.lowerBound].norm) {
                return nil
            }
            profile = nil
            next = cue.last + 1
        }
        if cue.kind == .noun, profile == nil { return nil }  // a nominal report names its speaker
        // A known speaker after the verb makes it a report whatever follows
        // («وذكرت تقارير صحفية …»); otherwise the complement must fit.
        let knownSubject = profile != nil && !cue.complements.contains("strict") && !cue.complements.contains("content")
            && forward.phrase.map { isKnownSpeaker(profile!, range: $0) } == true
        guard knownSubject || complementFits(cue, at: next) else { return nil }
        if cue.objectSuffix, !cue.relative, !cue.complements.contains("any"), !knownSubject { return nil }
        if profile == nil, !cue.conjoined, let back = parser.backward(from: cue.first),
           let p = classifier.profile(back, verbGender: cue.gender), isKnownSpeaker(p, range: back) {
            profile = p
        }
        if profile == nil, !cue.conjoined, let back = parser.kanaSubject(of: cue.first),
           let p = classifier.profile(back, verbGender: cue.gender) {
            profile = p
        }
        if profile?.backReference == .document, let issuer = issuer(in: forward.phrase) { profile = issuer }
        if profile == nil, let p = documentIssuer(before: cue) { profile = p }
        if cue.verbClass == "learn", let (source, after) = learntFrom(at: next, sentence: sentence, outlet: forward.phrase) {
            profile = source
            next = after
        }
        // «وقال كاتب الدولة لدى وزير التجارة … هشام بن أحمد إن»: the
        // office's holder is named at its end (`NameAfterRole`).
        if let p = profile, p.kind == .person, p.anonymity == .role || (p.anonymity == .named && !p.hasGivenName && p.nameTokens.count >= 2),
           p.backReference == nil || p.anonymity == .role, let range = forward.phrase,
           let found = NameAfterRole(text: text, lexicon: lexicon, facts: facts).find(after: range.upperBound + 1, sentence: sentence),
           var holder = classifier.profile(found.name, verbGender: cue.gender), holder.kind == .person, holder.anonymity == .named {
            holder.role = holder.role ?? p.name
            profile = holder
            next = found.opener
        }
        var decision = speaker(profile, cue: cue, contentFrom: next)
        decision.recipient = forward.recipient
        if cue.relative { decision.embeddedIn = enclosingStatement(for: cue)?.id }
        return decision
    }

    /// «أصدرت جامعة تبوك بياناً تبرأت فيه …»، «أصدر الرئيس بيانا أعلن
    /// فيه»: a verb with «فيه» right after the object of an issuing verb
    /// (أصدر، نشر، وزّع، بثّ) is the document's, and speaks for its issuer.
    private func documentIssuer(before cue: CueMatch) -> SpeakerProfile? {
        guard !cue.conjoined, cue.first > 1, cue.last + 1 < text.tokens.count,
              ["فيه", "فيها"].contains(Key(text.tokens[cue.last + 1].norm)) else {
            return nil
        }
        // The word before the verb is what was issued (بياناً، تقريراً، or
        // a misspelt «بيناً»): the issuing verb before it vouches for it.
        guard text.tokens[cue.first - 1].isWord else { return nil }
        let sentence = text.tokens[cue.first].sentence
        var k = cue.first - 2
        while k >= 0, text.tokens[k].sentence == sentence, cue.first - k < 12 {
            if facts[k].category == .issuing {
                let end = min(parser.phraseEnd(from: k + 1, sentence: sentence), cue.first - 2)
                guard end > k, let p = classifier.profile((k + 1)...end, verbGender: cue.gender),
                      isKnownSpeaker(p, range: (k + 1)...end) else { return nil }
                return p
            }
            k -= 1
        }
        return nil
    }

    /// «ستعلن قريباً»، «لن تعلن رسمياً»: an announcement still to come is
    /// not a report.
    private func isFuture(_ cue: CueMatch) -> Bool {
        cue.future || (cue.first > 0 && text.tokens[cue.first - 1].norm.isKey("لن"))
    }

    /// «علمت (الرياضي) من مصادر مؤكدة أن …»: the outlet learnt it; the
    /// source after من said it.
    private func learntFrom(at k: Int, sentence: Int, outlet: ClosedRange<Int>?) -> (SpeakerProfile, Int)? {
        guard k + 1 < text.tokens.count, text.tokens[k].norm.isKey("من") else { return nil }
        let source = parser.forward(from: k + 1, sentence: sentence)
        guard let range = source.phrase, var p = classifier.profile(range, verbGender: nil),
              isKnownSpeaker(p, range: range) else { return nil }
        // «وعلمت «عكاظ» من مصادرها»: its sources are the outlet's.
        let head = text.tokens[range.lowerBound]
        if range.count == 1, head.norm.hasSuffix("ها"), let outlet {
            p.name = String(p.name.dropLast(2)) + " " + text.text(outlet.lowerBound, outlet.upperBound)
        }
        return (p, source.next)
    }

    /// «…، مضيفاً أن …»: the subject of the clause it hangs on.
    private mutating func participle(_ cue: CueMatch) -> Decision? {
        let next = parser.forward(from: cue.last + 1, sentence: text.tokens[cue.first].sentence).next
        // «عاداً استمرار التدخل …»: a participle of judging takes its object
        // and predicate directly; its accusative form is unambiguous.
        let judging = cue.verbClass == "opinion" && text.tokens[cue.first].norm.hasSuffix("ا")
        guard judging || complementFits(cue, at: cue.last + 1) || complementFits(cue, at: next) else { return nil }
        let sentence = text.tokens[cue.first].sentence
        let owner = statements.indices.last { i in
            statements[i].sentence == sentence && !statements[i].negated && !subordinate.contains(i)
        }.map { statements[$0] }
        if owner == nil, let subject = clauseSubject(before: cue) {
            var decision = speaker(subject, cue: cue, contentFrom: cue.last + 1)
            decision.resolution = "participle"
            return decision
        }
        let id = owner?.speaker.entity ?? proDrop(cue)
        return Decision(entity: id, resolution: "participle", contentStart: contentStart(after: cue.last + 1))
    }

    /// بحسب المصدر، وفقاً لـ…، نقلاً عن …، على حد قوله، جاء في البيان.
    private mutating func frame(_ cue: CueMatch) -> Decision? {
        guard let frame = cue.frame else { return nil }
        if frame.speaker == "previous" {
            // «حسب قوله»: the speaker whose agreement the pronoun shows.
            let id = cue.gender == nil && cue.number == .singular ? registry.lastSpeaker : proDrop(cue)
            var decision = Decision(entity: id, resolution: "tag", contentStart: sentenceStart(cue.first))
            // A tag on a relayed report is relayed too («… حسب قوله» after
            // «أفاد اللاعب … حسب ما ذكرته المصادر»).
            let sentence = text.tokens[cue.first].sentence
            decision.embeddedIn = statements.last { $0.sentence == sentence && $0.speaker.entity == id }?.embeddedIn
            return decision
        }
        // «بحسب ما أعلن»: the cue already holds the relative verb
        // (`CueFinder`); «وفقاً لـ…»، «استناداً إلى …» leave a preposition.
        var k = cue.last + 1
        while k < text.tokens.count, ["ل", "الي"].contains(Key(text.tokens[k].norm)) { k += 1 }
        let sentence = text.tokens[cue.first].sentence
        var forward = parser.forward(from: k, sentence: sentence)
        // «جاء في الحديث»، «ورد في البيان»: the document noun is the phrase.
        if frame.kind == "document", forward.phrase == nil, k < text.tokens.count, text.tokens[k].isWord {
            let end = max(k, parser.phraseEnd(from: k + 1, sentence: sentence))
            forward = SpeakerPhraseParser.Forward(recipient: nil, phrase: k...end, next: end + 1)
        }
        var profile = forward.phrase.flatMap { classifier.profile($0, verbGender: nil, afterFrame: true) }
        if let first = forward.phrase?.lowerBound, facts[first].category == .objectNoun || isNormNoun(first) {
            return nil
        }
        // «وفق الخطة»: a frame names its source; only a relative frame
        // («حسب ما صرح به») may leave it to the last speaker.
        let relativeFrame = cue.last >= cue.first + (cue.frame?.words.count ?? 1) || text.tokens[cue.last].norm.hasSuffix("ما")
        if forward.phrase == nil, !relativeFrame { return nil }
        if profile?.backReference == .document, let issuer = issuer(in: forward.phrase) { profile = issuer }
        // «وفقاً للتفاهمات»، «وفقاً لرغبتها»، «وفقاً لتقدير …»: a frame over
        // a common noun (definite, with a possessive, or a verbal noun) is
        // no source.
        if let p = profile, let range = forward.phrase, !isKnownSpeaker(p, range: range) {
            let head = text.tokens[range.lowerBound]
            let bare = SpeakerClassifier.dropLam(head.norm)
            if head.isDefinite || head.norm.hasPrefix("لل") || ["ها", "هم", "ه"].contains(where: { head.norm.hasSuffix($0) })
                || Morphology.looksLikeVerbalNoun(bare) {
                return nil
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
    private mutating func nest(frame cue: CueMatch, decision: Decision) {
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

    /// لم يعلق الكرملين / فإن الكرملين لم يعلق / رفض التعليق.
    private mutating func negation(_ cue: CueMatch) -> Decision? {
        let forward = parser.forward(from: cue.last + 1, sentence: text.tokens[cue.first].sentence)
        var profile = forward.phrase.flatMap { classifier.profile($0, verbGender: cue.gender) }
        if let p = profile, let r = forward.phrase, !isKnownSpeaker(p, range: r) { profile = nil }
        if profile == nil, let back = parser.backward(from: cue.first),
           let p = classifier.profile(back, verbGender: cue.gender), isKnownSpeaker(p, range: back) {
            profile = p
        }
        return speaker(profile, cue: cue, contentFrom: cue.last + 1)
    }

    /// «أردوغان: لا حل عسكري».
    private mutating func headline(_ cue: CueMatch) -> Decision? {
        // ««الصحة العالمية» لـ"الاقتصادية" :»: the recipient is not the speaker.
        var end = cue.last - 1
        var recipient: String?
        if let k = (cue.first + 1...max(cue.first + 1, end)).first(where: { parser.recipientPhrase(at: $0) != nil }),
           k <= end, let (r, after) = parser.recipientPhrase(at: k), after == cue.last {
            recipient = r
            end = k - 1
        }
        guard end >= cue.first, let p = classifier.profile(cue.first...end, verbGender: nil) else { return nil }
        var decision = speaker(p, cue: cue, contentFrom: cue.last + 1)
        decision.recipient = recipient
        return decision
    }

    /// «وتبنى الجناح العسكري … الهجوم، متحدثاً عن …»: a participle whose
    /// clause is not a report takes that clause's subject, the phrase after
    /// the verb that opens the sentence.
    private func clauseSubject(before cue: CueMatch) -> SpeakerProfile? {
        var k = cue.first
        while k > 0, text.tokens[k - 1].sentence == text.tokens[cue.first].sentence { k -= 1 }
        while k < cue.first, !text.tokens[k].isWord || facts[k].category != nil
                || facts[k].stemCategory != nil { k += 1 }
        guard k + 1 < cue.first else { return nil }
        let end = parser.phraseEnd(from: k + 1, sentence: text.tokens[k].sentence)
        guard end > k, end < cue.first, let p = classifier.profile((k + 1)...end, verbGender: cue.gender),
              isKnownSpeaker(p, range: (k + 1)...end) || (p.kind == .person && p.role != nil) else { return nil }
        return p
    }

    /// «وفق الخطة»، «وفقاً لمعايير محددة»: a rule, plan or standard
    /// (`normnoun`), bare, with the article or after a clitic.
    private func isNormNoun(_ k: Int) -> Bool {
        lexicon.derivedCategory(text.tokens[k].norm) == .normNoun
    }

    /// «الوزارة» with no ministry quoted yet: the article named it earlier
    /// without quoting it («… وزارة الصحة …»); that fuller name is the
    /// antecedent, so that «الوزارة» of one article is not merged with
    /// «الوزارة» of another.
    private func earlierFullName(of p: SpeakerProfile) -> SpeakerProfile? {
        guard case .head(let head)? = p.backReference, p.kind == .institution || p.kind == .media,
              !registry.records.contains(where: { $0.head == head }) else { return nil }
        var k = tokenIndex(atOffset: p.span.start) - 1
        while k >= 0 {
            let t = text.tokens[k]
            if t.isWord, t.stem == head || t.norm == head, k + 1 < text.tokens.count, text.tokens[k + 1].isWord {
                let end = parser.phraseEnd(from: k, sentence: t.sentence)
                if end > k, let fuller = classifier.profile(k...end, verbGender: nil), fuller.anonymity == .named,
                   fuller.kind == p.kind, fuller.name.count > p.name.count {
                    return fuller
                }
            }
            k -= 1
        }
        return nil
    }

    /// The first token starting at or after `offset` (tokens are in text
    /// order: a binary search, not a scan of a long text per statement).
    private func tokenIndex(atOffset offset: Int) -> Int {
        text.tokenIndex(atOffset: offset)
    }

    /// «العيد يعلن برامج جديدة»: a headline or lead in subject-verb order,
    /// whose verb is imperfect and whose subject opens the line.
    private func headlineSubject(_ cue: CueMatch) -> SpeakerProfile? {
        guard cue.shape == .imperfect, !cue.conjoined, let back = parser.backward(from: cue.first),
              text.tokens[back.lowerBound].startsLine, back.count <= 4,
              let p = classifier.profile(back, verbGender: cue.gender) else { return nil }
        return p
    }

    /// «نقلت وكالة X عن Y أن …» / «… عن مصادر قولها …»: the inner source.
    private mutating func relaySource(after cue: CueMatch, outer: Statement) -> (cue: CueMatch, decision: Decision)? {
        let sentence = text.tokens[cue.first].sentence
        var k = cue.last + 1
        while k < text.tokens.count, text.tokens[k].sentence == sentence, !text.tokens[k].norm.isKey("عن"), k < cue.last + 12 {
            k += 1
        }
        guard k < text.tokens.count, text.tokens[k].norm.isKey("عن") else { return nil }
        let forward = parser.forward(from: k + 1, sentence: sentence)
        guard let range = forward.phrase, let p = classifier.profile(range, verbGender: nil) else { return nil }
        var inner = CueMatch(first: k, last: k, lemma: "عن", kind: .frame)
        // «عن مسؤولين قولهم»: the cue runs from عن to the verbal noun.
        if forward.next < text.tokens.count, facts[forward.next].category == .relayNoun {
            inner.last = forward.next
        }
        inner.conjoined = false
        var decision = speaker(p, cue: inner, contentFrom: forward.next)
        decision.embeddedIn = outer.id
        return (inner, decision)
    }

    /// The last main-clause statement of the cue's sentence.
    private func mainStatement(before cue: CueMatch) -> Statement? {
        let sentence = text.tokens[cue.first].sentence
        return statements.indices.last { statements[$0].sentence == sentence && !subordinate.contains($0) }
            .map { statements[$0] }
    }

    private func isSubordinate(_ cue: CueMatch) -> Bool {
        guard !cue.conjoined, cue.kind == .verb || cue.kind == .negation, cue.first > 0 else { return false }
        // «إن المشاركين «أشادوا …»»: an opening quotation mark does not
        // start a new clause.
        var k = cue.first - 1
        if k > 0, text.quote(openingAt: k) != nil { k -= 1 }
        let previous = text.tokens[k]
        let sentence = text.tokens[cue.first].sentence
        return previous.isWord && previous.sentence == sentence && lexicon.category(previous.norm) != .particle
            && !isMainClauseOpener(previous) && statements.contains { $0.sentence == sentence }
    }

    /// Words after which a verb still opens a main clause (ثم قال، كما أكد).
    private func isMainClauseOpener(_ t: Token) -> Bool {
        ["ثم", "كما", "فيما", "بينما", "حين", "عندما", "ولكن", "لكن", "بل"].contains(Key(t.norm))
    }

    // MARK: - Speakers

    private mutating func speaker(_ profile: SpeakerProfile?, cue: CueMatch, contentFrom next: Int) -> Decision {
        if let p = profile {
            if case .head? = p.backReference, p.kind == .person { openCast() }
            if p.backReference == .honorific { openCast() }
            if let fuller = earlierFullName(of: p) { _ = registry.resolve(fuller) }
            let id = registry.resolve(p)
            registry.learnGender(id, cue.gender)
            return Decision(entity: id, phrase: p, resolution: p.backReference == nil ? "overt" : "back-reference",
                            contentStart: contentStart(after: next))
        }
        let id = proDrop(cue)
        return Decision(entity: id, resolution: "pro-drop", contentStart: contentStart(after: next))
    }

    private mutating func proDrop(_ cue: CueMatch) -> String? {
        openCast()
        // «… المحتجون … اعتبروه «أحادي الجانب»»: a plural verb with no plural
        // speaker quoted yet goes to the people just mentioned.
        if cue.number == .plural, !registry.hasAgreeingSpeaker(gender: cue.gender, number: .plural),
           let group = recentGroup(before: cue.first) {
            return registry.resolve(group)
        }
        if let id = registry.proDrop(gender: cue.gender, number: cue.number, at: text.tokens[cue.first].start) {
            return id
        }
        return namedLater(before: cue).map { registry.resolve($0) }
    }

    /// «قدّم أفراد الدوريات مبلغاً لمساعدة زميلهم الذي احترقت سيارته …؛
    /// حيث اتهم "درباوياً" …» … «زميلهم العريف فهيد حمود الشمري»: a
    /// pro-drop verb with no antecedent at all (nobody quoted or introduced
    /// before it agrees) may be said by someone its sentence mentions only
    /// by a possessed person noun (زميلهم «their colleague», شقيقه «his
    /// brother»). A possessed noun refers to one person throughout the
    /// article; when the article later writes the same word followed by a
    /// title or a given name, that named person is the speaker. Without
    /// the later name nothing is guessed.
    private func namedLater(before cue: CueMatch) -> SpeakerProfile? {
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
    private func previousPossessedNoun(atOrBefore k: Int) -> Int {
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
    private func isPossessedPersonNoun(_ k: Int) -> Bool {
        let t = text.tokens[k]
        guard t.isWord, !t.isDefinite, let suffix = ["هما", "هم", "ها", "ه"].first(where: { t.norm.hasKeySuffix($0) }) else {
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
    private func namedPerson(after word: String, from start: Int, agreeingWith cue: CueMatch) -> SpeakerProfile? {
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

    /// The nearest plural group of people mentioned in this or the previous
    /// sentence (المحتجون، الشبان المحتجون، شهود).
    private func recentGroup(before cue: Int) -> SpeakerProfile? {
        let sentence = text.tokens[cue].sentence
        var k = cue - 1
        while k >= 0, text.tokens[k].sentence >= sentence - 1 {
            let t = text.tokens[k]
            let group = lexicon.speakerWord(t.norm)?.category == .group
                || (t.isDefinite && (t.norm.hasSuffix("ون") || t.norm.hasSuffix("ين")) && t.norm.count >= 7)
            if t.isWord, group, let p = classifier.profile(k...k, verbGender: nil), p.kind == .group { return p }
            k -= 1
        }
        return nil
    }

    /// An overt phrase is the subject if its head is a known speaker word,
    /// or if what follows it opens the content (a name before «إن»).
    private func isSpeaker(_ p: SpeakerProfile, range: ClosedRange<Int>, followedBy next: Int, cue: CueMatch) -> Bool {
        // «ويتهمونه بتدبير …»: the verb's own preposition opens its
        // complement, not a subject.
        let first = text.tokens[range.lowerBound]
        if first.norm.hasPrefix("ب"), facts[range.lowerBound].speakerWord == nil, facts[range.lowerBound].givenName == nil,
           facts[range.lowerBound].place == nil {
            let rest = String(first.norm.dropFirst())
            if cue.complements.contains("ب") || Morphology.looksLikeVerbalNoun(rest) || lexicon.category(rest) != nil {
                return false
            }
        }
        // «وتشير تلك التغييرات …»: a demonstrative points at a thing, unless
        // a source noun follows it («هذه المصادر»).
        if lexicon.category(first.norm) == .demonstrative, range.count > 1,
           facts[range.lowerBound + 1].speakerWord == nil { return false }
        if isKnownSpeaker(p, range: range) { return true }
        // «وعبر البريد دون أن …»: a homograph verb needs a known speaker,
        // or a name set off by quotation marks or brackets («وبيّن "العصيمي"»).
        if cue.complements.contains("strict") { return text.tokens[range.lowerBound].kind == .punctuation }
        // «أموس هوكستين المبعوث الخاص …»: a name with its office.
        if p.kind == .person, p.anonymity == .named, p.role != nil { return true }
        if p.kind == .group { return true }
        let comma = range.first {
            text.isMark($0, "،") || text.isMark($0, ",") || facts[$0].speakerWord?.category.isRoleLike == true
        } ?? range.upperBound + 1
        let words = range.filter { $0 < comma && text.tokens[$0].isWord }.count
        // «تعهدت بالاستمرار في …»: a subject never opens with a preposition.
        guard next < text.tokens.count, words <= 4, !Morphology.looksLikeVerbalNoun(first.norm),
              !first.norm.hasPrefix("بال"), !first.norm.hasPrefix("لل"),
              !facts.isVerbCue(range.lowerBound) else { return false }
        let t = text.tokens[next]
        return text.opensContent(next, lexicon: lexicon)
            || t.isMark("،") || t.isMark(",") || lexicon.category(t.norm) == .frameNoun
            || SpeakerPhraseParser.clauseOpeners.contains(Key(t.norm))
            || (!cue.complements.contains("any") && directComplement(cue, at: next))
    }

    private func isKnownSpeaker(_ p: SpeakerProfile, range: ClosedRange<Int>) -> Bool {
        let first = text.tokens[range.lowerBound]
        return lexicon.speakerWord(first.norm) != nil || lexicon.place(first.norm) != nil
            || lexicon.givenNames[first.norm] != nil || p.backReference != nil
    }

    /// Does what follows the cue (and its subject) fit the verb?
    private func complementFits(_ cue: CueMatch, at k: Int) -> Bool {
        if cue.complements.contains("any") || cue.relative { return true }
        if directComplement(cue, at: k) { return true }
        // «وبيّن المهاجم السوري، أنه …»: a comma may set the content off.
        if k + 1 < text.tokens.count, text.isMark(k, "،") || text.isMark(k, ","),
           facts[k + 1].isComplementiser { return true }
        if prepositionAfterObject(cue, at: k) { return true }
        // «وأعرب في الختام عن …»، «ودعا الملا منصور، في خطاب التتويج …، إلى»،
        // «وأشار في تصريح له صباح أمس، في مقر حزبه بإسطنبول إلى أن»: an
        // adverbial phrase, possibly set off by a comma, may come first.
        var k = k
        if k + 1 < text.tokens.count, text.isMark(k, "،") || text.isMark(k, ",") { k += 1 }
        guard k < text.tokens.count, ["في", "خلال", "عقب", "اثناء", "لدي"].contains(Key(text.tokens[k].norm)) else { return false }
        var j = k + 1
        while j < min(k + 14, text.tokens.count), text.tokens[j].isWord || text.isMark(j, "،"),
              text.tokens[j].sentence == text.tokens[k].sentence {
            if directComplement(cue, at: j) { return true }
            j += 1
        }
        return directComplement(cue, at: j)
    }

    /// «أوصى الإمام المسلمين بتقوى الله»، «حثت الأطباء على …»: a verb
    /// that governs a preposition (طالب بـ، دعا إلى، حث على) takes its
    /// object noun first; up to three words may come before the preposition.
    private func prepositionAfterObject(_ cue: CueMatch, at k: Int) -> Bool {
        guard cue.complements.contains(where: { $0 != "clause" && $0 != "strict" && $0 != "any" }) else { return false }
        var j = k
        while j < min(k + 3, text.tokens.count), text.tokens[j].isWord, text.tokens[j].sentence == text.tokens[k].sentence,
              !facts[j].isComplementiser, !facts.isVerbCue(j) {
            if j > k, directComplement(cue, at: j), !facts[j].isComplementiser { return true }
            j += 1
        }
        return false
    }

    private func directComplement(_ cue: CueMatch, at k: Int) -> Bool {
        guard k < text.tokens.count else { return false }
        let t = text.tokens[k]
        if text.opensContent(k, lexicon: lexicon) { return true }
        // Writers swap the prepositions of reporting verbs (أفاد إلى أن،
        // أكد على أن): a preposition followed by a complementiser is content.
        if ["الي", "علي", "عن", "من", "ب"].contains(Key(t.norm)), k + 1 < text.tokens.count,
           facts[k + 1].isComplementiser {
            return true
        }
        return cue.complements.contains { p in
            p != "clause" && (t.norm == p || (p.count == 1 && t.norm.hasPrefix(p) && t.norm.count > 2))
        }
    }

    /// «بيان لوزارة الداخلية»، «البيان الصادر عن الهيئة»: the issuer.
    private func issuer(in range: ClosedRange<Int>?) -> SpeakerProfile? {
        guard let range else { return nil }
        for k in range.dropFirst() where text.tokens[k].isWord {
            let t = text.tokens[k]
            if t.norm.hasPrefix("ل"), let w = lexicon.speakerWord(t.norm), w.category != .document {
                return classifier.profile(k...range.upperBound, verbGender: nil).map { stripped($0) }
            }
        }
        return nil
    }

    private func stripped(_ p: SpeakerProfile) -> SpeakerProfile {
        var p = p
        if p.name.hasPrefix("لل") { p.name = "ال" + p.name.dropFirst(2) }
        else if p.name.hasPrefix("ل") { p.name = String(p.name.dropFirst()) }
        return p
    }

    /// The statement that relays a nested one: the last one in the sentence.
    private func enclosingStatement(for cue: CueMatch) -> Statement? {
        let sentence = text.tokens[cue.first].sentence
        return statements.last { $0.sentence == sentence }
    }

    // MARK: - Recording

    private mutating func record(_ cue: CueMatch, _ d: Decision) {
        let first = text.tokens[cue.first], last = text.tokens[cue.last]
        let cueSpan = TextSpan(first.start, last.end)
        var speakerRef = SpeakerReference(entity: d.entity, resolution: d.resolution)
        if let p = d.phrase {
            speakerRef = SpeakerReference(entity: d.entity, text: p.text, span: p.span, resolution: d.resolution)
        }
        let statement = Statement(
            id: "s\(statements.count + 1)",
            cue: Cue(span: cueSpan, text: text.slice(cueSpan.start, cueSpan.end), lemma: cue.displayLemma ?? cue.lemma, kind: cue.kind),
            speaker: speakerRef,
            content: Content(span: TextSpan(d.contentStart, d.contentStart), form: .indirect, text: ""),
            negated: cue.negated, embeddedIn: d.embeddedIn, recipient: d.recipient, sentence: first.sentence)
        statements.append(statement)
        cues.append(cue)
        if d.subordinate { subordinate.insert(statements.count - 1) }
        // A relayed speaker («ما قاله الوزير») does not take over the
        // following pro-drop verbs: they continue the relaying speaker.
        if let id = d.entity, d.embeddedIn == nil, !d.subordinate, d.resolution != "impersonal", !cue.negated || d.phrase != nil {
            registry.noteSpeaker(id)
        } else if let id = d.entity, d.embeddedIn != nil, d.phrase != nil {
            registry.noteRelayed(id)
        }
    }

    /// Token index → content start offset: after a complementiser or colon.
    /// Frame phrases may come first («وقال "عسيري" في حديث تلفزيوني مع
    /// قناة …: "…"»): the content opens at the first complementiser, colon
    /// or speech quotation within a few words.
    private func contentStart(after k: Int) -> Int {
        var k = k
        if k < text.tokens.count, !opensContent(k), opensFramePhrase(k) {
            var j = k + 1
            while j < min(k + 15, text.tokens.count), text.tokens[j].sentence == text.tokens[k].sentence {
                if opensContent(j) { k = j; break }
                if text.tokens[j].kind == .punctuation, ".؟!".contains(text.tokens[j].text) { break }
                j += 1
            }
        }
        while k < text.tokens.count, facts[k].isComplementiser || text.isMark(k, ":")
                || ["الي", "علي", "عن", "من"].contains(Key(text.tokens[k].norm)) {
            k += 1
        }
        return k < text.tokens.count ? text.tokens[k].start : text.scalars.count
    }

    /// «في حديث …»، «خلال المؤتمر»، «، أمس،»: words that stand between a
    /// speaker and what they said.
    private func opensFramePhrase(_ j: Int) -> Bool {
        let t = text.tokens[j]
        return lexicon.category(t.norm) == .frameNoun || lexicon.category(t.norm) == .time
            || text.isMark(j, "،") || text.isMark(j, ",") || parser.recipientPhrase(at: j) != nil
    }

    private func opensContent(_ j: Int) -> Bool {
        text.opensContent(j, lexicon: lexicon)
    }

    private func sentenceStart(_ k: Int) -> Int {
        var j = k
        while j > 0, text.tokens[j - 1].sentence == text.tokens[k].sentence { j -= 1 }
        return text.tokens[j].start
    }
}

/// For each token so far, the nearest possessed person noun at or before
/// it (-1: none); filled as far as `namedLater` asks, once per document.
final class PossessedNounIndex {
    var previous: [Int] = []
}
