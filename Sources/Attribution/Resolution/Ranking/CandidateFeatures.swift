/// Lists the speaker candidates of each statement and the features that
/// describe them, for `SpeakerRanker`. Every feature is general: none
/// names a word of a particular article.
///
///     // «وأضاف أن …» (pro-drop, masculine singular) two sentences after
///     // «قال الوزير خالد علي …» and one after «وقالت الوزارة …»:
///     // خالد علي → t=entity, t=entity|agrees=true, t=entity|sent=≤2,
///     //            t=entity|kind=person, t=entity|mainPara, …
///     // الوزارة  → t=rule, t=rule|r=pro-drop, t=rule|g≠, t=rule|prev, …
///
/// The features, each joined to the candidate's origin (`t=rule`,
/// `t=entity`, `t=cast`, `t=none`; `FeatureSpace` lists them all): the
/// rule that fired and the cue's kind; how far back the rules reached and
/// whether their phrase opens with a known speaker word; gender and number
/// agreement with the cue; distance to the nearest earlier mention in
/// tokens, sentences and paragraphs, and whether it is nearer than the
/// rules' choice; whether it spoke the previous statement, is the main
/// speaker of the article or paragraph so far, or is named in the cue's
/// sentence after it; how often it was mentioned; kind and anonymity; the
/// cue inside a quotation, in the headline or the lead; and whether it
/// shares a name word with the rules' choice (a surname, an office).
struct CandidateFeatures {
    typealias F = FeatureSpace
    let text: AnalysisText
    let lexicon: Lexicon
    /// The registry's keys, so that candidates' name keys compare with
    /// the registry's own (`EntityRegistry.Record.nameKey`).
    private let names: NameKeys
    private let cast: [(member: SpeakerProfile, key: Set<Int>, paragraph: Int)]
    /// Speaker of the last main statement decided so far.
    private var previous: String?
    private var spoke: [String: Int] = [:]
    private var spokeInParagraph: [String: Int] = [:]
    private var paragraph = -1

    init(text: AnalysisText, cast: [SpeakerProfile], lexicon: Lexicon, names: NameKeys) {
        self.text = text
        self.lexicon = lexicon
        self.names = names
        var members: [(SpeakerProfile, Set<Int>, Int)] = []
        for m in cast {
            let key = names.key(m.name)
            guard !key.isEmpty else { continue }
            let k = text.tokenIndex(atOffset: m.span.start)
            let paragraph = k < text.tokens.count ? text.tokens[k].paragraph : (text.tokens.last?.paragraph ?? 0)
            members.append((m, key, paragraph))
        }
        self.cast = members
    }

    /// The token at or after a scalar offset.
    func tokenIndex(_ offset: Int) -> Int {
        min(text.tokenIndex(atOffset: offset), max(0, text.tokens.count - 1))
    }

    /// Records a decided statement, for the features that look back.
    mutating func note(_ s: Statement, cueToken: Int) {
        let p = text.tokens.isEmpty ? 0 : text.tokens[cueToken].paragraph
        if p != paragraph { paragraph = p; spokeInParagraph = [:] }
        guard let id = s.speaker.entity, s.embeddedIn == nil, !s.negated else { return }
        previous = id
        spoke[id, default: 0] += 1
        spokeInParagraph[id, default: 0] += 1
    }

    func candidates(for s: Statement, cue: CueMatch, registry: EntityRegistry) -> [SpeakerCandidate] {
        let k = tokenIndex(s.cue.start)
        let here = text.tokens[k]
        let ruleID = s.speaker.entity
        let rule = s.speaker.entity.flatMap { registry.record($0) }
        let ruleKey = rule?.nameKey ?? []
        let resolution = ruleID == nil ? "nil" : F.resolutionFacts[s.speaker.resolution.rawValue] != nil ? s.speaker.resolution.rawValue : "other"
        var common = [F.resolutionFacts[resolution]!, F.kindFacts[cue.kind]!]
        if text.speechQuoteAt[k] != nil { common.append(F.fact("inQuote")) }
        if here.paragraph == 0 { common.append(F.fact("cueHead")) } else if here.paragraph == 1 { common.append(F.fact("cueLead")) }
        if s.embeddedIn != nil { common.append(F.fact("embedded")) }
        if s.negated { common.append(F.fact("negated")) }
        var ruleLast = -1
        if let r = rule {
            common.append(F.ruleAnonymityFacts[r.entity.anonymity]!)
            if ruleKey.count == 1 { common.append(F.fact("ruleOneWord")) }
            // How far back the rules reached, and whether the phrase they
            // took opens with a word the lexicon knows as a speaker.
            ruleLast = r.entity.mentions.reduce(-1) { $1.start < s.cue.start ? max($0, $1.start) : $0 }
            if ruleLast >= 0 {
                let back = here.sentence - text.tokens[tokenIndex(ruleLast)].sentence
                common.append(F.ruleSentenceFacts[F.bin(back, F.sentenceBins)])
            }
            if let start = s.speaker.start {
                let t = text.tokens[tokenIndex(start)]
                let known = lexicon.speakerWord(t.norm) != nil || lexicon.givenNames[t.norm] != nil || lexicon.place(t.norm) != nil
                common.append(F.fact(known ? "ruleKnownHead" : "ruleUnknownHead"))
                if t.norm.hasPrefix("ل") { common.append(F.fact("ruleLam")) }
            }
            if r.entity.mentions.count == 1 { common.append(F.fact("ruleSingle")) }
        }

        func make(_ origin: SpeakerCandidate.Origin, _ own: [Int]) -> [Int] {
            let offset = F.offset(origin)
            var codes = [offset]
            codes.reserveCapacity(common.count + own.count + 1)
            for fact in common { codes.append(offset + 1 + fact) }
            for fact in own { codes.append(offset + 1 + fact) }
            return codes
        }

        var out: [SpeakerCandidate] = []
        if let r = rule {
            out.append(SpeakerCandidate(origin: .rule, entity: r.entity.id, source: r.entity, anonymity: r.entity.anonymity,
                                        features: make(.rule, entityFeatures(r.entity, key: r.nameKey, cue: cue, at: k,
                                                                             ruleKey: [], ruleLast: -1))))
        }
        var keys: [Set<Int>] = rule.map { [$0.nameKey] } ?? []
        for r in registry.records.reversed() where r.entity.id != ruleID && r.entity.kind != .unspecified {
            guard r.entity.mentions.contains(where: { $0.start < s.cue.start }) || spoke[r.entity.id] != nil else { continue }
            keys.append(r.nameKey)
            out.append(SpeakerCandidate(origin: .entity, entity: r.entity.id, source: r.entity, anonymity: r.entity.anonymity,
                                        features: make(.entity, entityFeatures(r.entity, key: r.nameKey, cue: cue, at: k,
                                                                               ruleKey: ruleKey, ruleLast: ruleLast))))
        }
        // Named people of the article not yet an entity: introduced before
        // the cue (or, for a headline cue, anywhere in the lead).
        for (m, key, p) in cast.reversed() {
            guard m.span.start < s.cue.start || (here.paragraph == 0 && p <= 1) else { continue }
            guard !keys.contains(where: { $0.isSubset(of: key) || key.isSubset(of: $0) }) else { continue }
            keys.append(key)
            let entity = Entity(id: "", name: m.name, kind: m.kind, anonymity: m.anonymity, gender: m.gender?.rawValue,
                                number: m.number.rawValue, role: m.role, mentions: [Mention(text: m.text, span: m.span)])
            var c = SpeakerCandidate(origin: .cast, entity: nil, source: entity, anonymity: m.anonymity,
                                     features: make(.cast, entityFeatures(entity, key: key, cue: cue, at: k,
                                                                          ruleKey: ruleKey, ruleLast: ruleLast)))
            c.profile = m
            out.append(c)
        }
        out.append(SpeakerCandidate(origin: .none, entity: nil, source: nil, anonymity: nil,
                                    features: make(.none, ruleID == nil ? [F.fact("isRule")] : [])))
        return out
    }

    private func entityFeatures(_ e: Entity, key: Set<Int>, cue: CueMatch, at k: Int, ruleKey: Set<Int>, ruleLast: Int) -> [Int] {
        var f: [Int] = []
        f.reserveCapacity(16)
        let here = text.tokens[k]
        // Agreement with the cue's verb.
        f.append(F.fact(EntityRegistry.agrees(e, gender: cue.gender, number: cue.number) ? "agrees=true" : "agrees=false"))
        if let g = cue.gender {
            f.append(F.fact(e.gender == nil ? "g?" : e.gender == g.rawValue ? "g=" : "g≠"))
        }
        f.append(F.numberFacts["\(cue.number.rawValue)|\(e.number ?? "?")"] ?? F.numberFacts["s|?"]!)
        f.append(F.entityKindFacts[e.kind]!)
        f.append(F.anonymityFacts[e.anonymity]!)
        // The nearest mention before the cue; one in the cue's own
        // sentence after it is an overt subject («وقال الكرملين»).
        let cueStart = cue.startOffset(in: text)
        var last: Mention?
        var before = 0
        var afterInSentence = false
        for m in e.mentions {
            if m.start < cueStart {
                before += 1
                if last == nil || m.start > last!.start { last = m }
            } else if !afterInSentence, m.start >= here.start, text.tokens[tokenIndex(m.start)].sentence == here.sentence {
                afterInSentence = true
            }
        }
        if afterInSentence { f.append(F.fact("afterInSentence")) }
        if let last {
            let mk = tokenIndex(last.start)
            let m = text.tokens[mk]
            f.append(F.tokenFacts[F.bin(k - mk, F.tokenBins)])
            f.append(F.sentenceFacts[F.bin(here.sentence - m.sentence, F.sentenceBins)])
            f.append(F.paragraphFacts[F.bin(here.paragraph - m.paragraph, F.paragraphBins)])
            if m.paragraph == 0 { f.append(F.fact("candHead")) }
            // Mentioned since the rules' choice was last mentioned.
            if ruleLast >= 0, last.start > ruleLast { f.append(F.fact("nearerThanRule")) }
        } else {
            f.append(F.fact("tok=none"))
        }
        f.append(F.mentionFacts[F.bin(before, F.mentionBins)])
        if !e.id.isEmpty {
            if e.id == previous { f.append(F.fact("prev")) }
            if let n = spoke[e.id] {
                f.append(F.fact("spoke"))
                if n == spoke.values.max() { f.append(F.fact("mainArticle")) }
                if let p = spokeInParagraph[e.id], p == spokeInParagraph.values.max() { f.append(F.fact("mainPara")) }
            }
        }
        // «ونفى جونسون» after «بوريس جونسون»، «وقال كاتب الدولة» after
        // «هشام بن أحمد، كاتب الدولة …»: the rules' phrase names this
        // candidate by a surname or by its office.
        if !ruleKey.isEmpty {
            var own = key
            if let role = e.role { own.formUnion(names.key(role)) }
            if own.isDisjoint(with: ruleKey) || !ruleKey.isSubset(of: own) {
                for m in e.mentions where m.text != e.name { own.formUnion(names.key(m.text)) }
            }
            if !own.isDisjoint(with: ruleKey) { f.append(F.fact("sharesRuleName")) }
            if ruleKey.isSubset(of: own) { f.append(F.fact("containsRuleName")) }
        }
        return f
    }
}

extension CueMatch {
    func startOffset(in text: AnalysisText) -> Int { text.tokens[first].start }
}
