/// The resolution stage: decides which entity speaks each cue and records
/// the statement, one cue at a time in text order.
///
///     var resolver = SpeakerResolver(text: text, lexicon: lexicon)
///     for cue in cues { resolver.add(cue) }   // «وقال الكرملين إن …» → الكرملين (overt)
///     resolver.resolveCataphora()
///
/// Each construction is a rule in its own file under `Rules/`, named for
/// it, with its Arabic example: `VerbReport` (a reporting verb and its
/// subject), `ProDrop` (وأضاف), `BackReference` (الوزير، المصدر),
/// `Honorific` (فضيلته), `Participle` (مضيفاً), `SourceFrame` (بحسب، وفقاً
/// لـ), `RelaySource` (نقلت … عن), `Refusal` (رفض التعليق), `HeadlineSpeaker`
/// («أردوغان: …»), `HeadlineCataphora`, `DocumentIssuer` (أصدرت … بياناً
/// أعلنت فيه), `MessageSender` (تلقى … اتصالاً من … أعرب فيه),
/// `LearntFrom` (علمت … من مصادر), `NamedLater`, and the
/// checks `SubjectCheck` and `ComplementFit`. The entities themselves are
/// kept by `EntityRegistry`.
struct SpeakerResolver {
    let text: AnalysisText
    let lexicon: Lexicon
    var registry: EntityRegistry

    var statements: [Statement] = []

    /// The cue of each statement, in the same order (for `SpeakerRanker`).
    var cues: [CueMatch] = []

    /// Indices of statements whose cue is subordinate (see `Decision`).
    var subordinate = Set<Int>()
    let facts: TokenFacts
    var parser: SpeakerPhraseParser { SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts) }
    var classifier: MentionClassifier { MentionClassifier(text: text, lexicon: lexicon, facts: facts) }

    /// Where the possessed person nouns are, found as far as asked (`namedLater`).
    let possessedNouns = PossessedNounIndex()

    init(text: AnalysisText, lexicon: Lexicon, facts: TokenFacts? = nil) {
        self.text = text
        self.lexicon = lexicon
        let facts = facts ?? TokenFacts(text: text, lexicon: lexicon)
        self.facts = facts
        registry = EntityRegistry(cast: Cast(text: text, lexicon: lexicon, facts: facts))
    }

    /// The cast opens the first time a role points back to someone not yet
    /// quoted or a verb has no overt subject; it is harvested lazily.
    func openCast() {
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
        var resolution: ResolutionKind
        var contentStart: Int
        var recipient: String?
        var embeddedIn: String?
    }

    mutating func add(_ cue: CueMatch) {
        // «وأضاف الجدعان قائلا: …»: one act (`SplitCue`).
        if joinsSplitCue(cue) { return }
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
        let subject = decision.phrase.map { tokenIndex(atOffset: $0.span.start) }
        // «وقال المالكي في تصريحات نقلتها وكالة الأنباء السعودية:» (`RelaySource`).
        let relayed = relayedStatement(by: cue, decision)
        decision.subordinate = relayed != nil || isSubordinate(cue, subject: subject) || cue.kind == .noun
        if decision.subordinate, relayed == nil, decision.embeddedIn == nil { decision.embeddedIn = mainStatement(before: cue)?.id }
        record(cue, decision)
        if let i = relayed, statements[i].embeddedIn == nil { statements[i].embeddedIn = statements.last!.id }
        if cue.lemma == "نقل", let inner = relaySource(after: cue, outer: statements.last!) {
            record(inner.cue, inner.decision)
            // «ونقل التلفزيون عنه قوله إن … وأضاف …»: the person the pronoun
            // stands for (resolved as a tag, `pronounOnAn`) goes on
            // speaking, not the outlet.
            if inner.decision.resolution == .tag, let id = inner.decision.entity { registry.noteSpeaker(id) }
        }
    }

    /// The learned ranking over each statement's candidates (see
    /// `SpeakerRanker`); a no-op with empty weights and no trainer.
    mutating func rank(_ weights: RankerWeights, teacher: RankingTeacher?, trainer: RankingTrainer?) {
        SpeakerRanker(weights: weights).rank(text: text, lexicon: lexicon, statements: &statements, cues: cues, registry: &registry,
                                             teacher: teacher, trainer: trainer)
    }

    mutating func speaker(_ profile: SpeakerProfile?, cue: CueMatch, contentFrom next: Int) -> Decision {
        if let p = profile {
            if case .head? = p.backReference, p.kind == .person { openCast() }
            if p.backReference == .honorific { openCast() }
            if let fuller = earlierFullName(of: p) { _ = registry.resolve(fuller) }
            // «قال وزير المالية اليوناني … وأضاف ايوكليد تساكالوتوس …»
            // (`NamedContinuation`).
            let id: String
            if let office = namedContinuation(p, cue: cue) {
                registry.merge(p, into: office)
                id = office
            } else {
                id = registry.resolve(p)
            }
            registry.learnGender(id, cue.gender)
            return Decision(entity: id, phrase: p, resolution: p.backReference == nil ? .overt : .backReference,
                            contentStart: contentStart(after: next, overtSubjectOf: cue.kind == .verb ? cue : nil))
        }
        let id = proDrop(cue)
        return Decision(entity: id, resolution: .proDrop, contentStart: contentStart(after: next))
    }

    mutating func record(_ cue: CueMatch, _ d: Decision) {
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
        if let id = d.entity, d.embeddedIn == nil, !d.subordinate, d.resolution != .impersonal, !cue.negated || d.phrase != nil,
           !insideOthersColonSpeech(cue, speaker: id) {
            registry.noteSpeaker(id)
        } else if let id = d.entity, d.embeddedIn != nil, d.phrase != nil {
            registry.noteRelayed(id)
        }
    }

    /// The first token starting at or after `offset` (tokens are in text
    /// order: a binary search, not a scan of a long text per statement).
    func tokenIndex(atOffset offset: Int) -> Int {
        text.tokenIndex(atOffset: offset)
    }

    func opensContent(_ j: Int) -> Bool {
        text.opensContent(j, lexicon: lexicon)
    }

    /// The text offset where the sentence of token `k` starts.
    func sentenceStart(_ k: Int) -> Int {
        text.tokens[firstToken(ofSentenceAt: k)].start
    }

    /// The index of the first token of the sentence token `k` is in.
    func firstToken(ofSentenceAt k: Int) -> Int {
        var j = k
        while j > 0, text.tokens[j - 1].sentence == text.tokens[k].sentence { j -= 1 }
        return j
    }

    /// The statement that relays a nested one: the last one in the sentence.
    func enclosingStatement(for cue: CueMatch) -> Statement? {
        let sentence = text.tokens[cue.first].sentence
        return statements.last { $0.sentence == sentence }
    }

    /// The last main-clause statement of the cue's sentence.
    func mainStatement(before cue: CueMatch) -> Statement? {
        let sentence = text.tokens[cue.first].sentence
        return statements.indices.last { statements[$0].sentence == sentence && !subordinate.contains($0) }
            .map { statements[$0] }
    }
}
