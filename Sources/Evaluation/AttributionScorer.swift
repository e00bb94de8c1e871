import Attribution

/// Scores analysed documents against gold documents with the metrics of
/// shared/eval/score.py: cue, attribution, anonymous-source and
/// speaker-set precision/recall/F1, form and negation accuracy on found
/// cues, and nested-report recall.
///
/// A predicted cue matches a gold cue when their spans overlap (largest
/// overlaps paired first); an attribution is right when the speaker's name
/// or a mention matches the gold `resolved` name and its anonymity falls on
/// the same side (named/role vs anonymous/vague). Optional gold neither
/// rewards nor punishes.
public struct AttributionScorer {
    public init() {}

    public func score(gold: [GoldDocument], predicted: [AnalyzedDocument]) -> EvaluationReport {
        let byId = Dictionary(predicted.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var tally = Tally()
        var misses: [String] = []
        for g in gold {
            let p = byId[g.id] ?? AnalyzedDocument(id: g.id, length: 0, statements: [], entities: [])
            score(g, p, &tally, &misses)
        }
        return EvaluationReport(tally: tally, documents: gold.count,
                                missingDocuments: gold.filter { byId[$0.id] == nil }.count, misses: misses)
    }

    struct Tally {
        var c: [String: Int] = [:]
        subscript(_ k: String) -> Int {
            get { c[k, default: 0] }
            set { c[k] = newValue }
        }
    }

    private func speakerMatches(_ s: Statement, _ doc: AnalyzedDocument, resolved: String, anonymity: Anonymity) -> Bool {
        let e = doc.speaker(of: s)
        if SpeakerName.norm(resolved) == SpeakerName.norm(SpeakerName.unspecified) {
            return e == nil || e?.anonymity == .vague
        }
        guard let e, e.anonymity.isHidden == anonymity.isHidden else { return false }
        return names(e).contains { SpeakerName.matches(resolved, $0) }
    }

    private func names(_ e: Entity) -> [String] {
        ([e.name] + e.mentions.map(\.text)).filter { !$0.isEmpty }
    }

    private func pairs(_ g: GoldDocument, _ p: AnalyzedDocument) -> [(GoldAttribution, Statement)] {
        var candidates: [(overlap: Int, gi: Int, pi: Int)] = []
        for (gi, a) in g.attributions.enumerated() {
            for (pi, s) in p.statements.enumerated() {
                // Predicted offsets come from a file and may be anything (Int.min):
                // an overflowing difference is no overlap, not a crash.
                let (overlap, overflow) = min(a.span.end, s.cue.end)
                    .subtractingReportingOverflow(max(a.span.start, s.cue.start))
                if !overflow && overlap > 0 { candidates.append((overlap, gi, pi)) }
            }
        }
        // Stable sort by overlap, largest first, as the script does.
        let order = candidates.enumerated().sorted { x, y in
            x.element.overlap != y.element.overlap ? x.element.overlap > y.element.overlap : x.offset < y.offset
        }.map(\.element)
        var usedG = Set<Int>(), usedP = Set<Int>(), matched: [(GoldAttribution, Statement)] = []
        for c in order where !usedG.contains(c.gi) && !usedP.contains(c.pi) {
            usedG.insert(c.gi)
            usedP.insert(c.pi)
            matched.append((g.attributions[c.gi], p.statements[c.pi]))
        }
        return matched
    }

    private func score(_ g: GoldDocument, _ p: AnalyzedDocument, _ t: inout Tally, _ misses: inout [String]) {
        let matched = pairs(g, p)
        let required = g.attributions.filter { !$0.optional }
        let optionalIds = Set(matched.filter { $0.0.optional }.map { $0.1.id })
        let matchedIds = Set(matched.map { $0.1.id })
        t["gold"] += required.count
        t["pred"] += p.statements.count - optionalIds.count
        let byId = Dictionary(p.statements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (a, s) in matched where !a.optional {
            t["cue_tp"] += 1
            if speakerMatches(s, p, resolved: a.resolved, anonymity: a.anonymity) {
                t["attr_tp"] += 1
            } else {
                misses.append("speaker  \(g.id): «\(a.anchor)» gold=\(a.resolved) got=\(p.speaker(of: s)?.name ?? "none")")
            }
            if s.content.form == a.form { t["form_ok"] += 1 }
            if s.negated == a.negated { t["neg_ok"] += 1 }
            if let relay = a.reportedBy {
                t["nested_gold"] += 1
                if let outer = s.embeddedIn.flatMap({ byId[$0] }),
                   speakerMatches(outer, p, resolved: relay, anonymity: .named)
                    || speakerMatches(outer, p, resolved: relay, anonymity: .anonymous) {
                    t["nested_tp"] += 1
                }
            }
        }
        t["anon_gold"] += required.filter { $0.anonymity.isHidden && !$0.negated }.count
        for s in p.statements where !optionalIds.contains(s.id) && !s.negated {
            if p.speaker(of: s)?.anonymity.isHidden == true { t["anon_pred"] += 1 }
        }
        for (a, s) in matched where !a.optional && !a.negated && a.anonymity.isHidden {
            if p.speaker(of: s)?.anonymity.isHidden == true { t["anon_tp"] += 1 }
        }
        let matchedGold = Set(matched.map { $0.0.span })
        for a in required where !matchedGold.contains(a.span) {
            misses.append("missed   \(g.id): «\(a.anchor)» (\(a.resolved))")
        }
        for s in p.statements where !matchedIds.contains(s.id) {
            misses.append("spurious \(p.id): «\(s.cue.text)»")
        }
        scoreSpeakerSet(g, p, required, optionalIds, &t)
    }

    /// Who is quoted, per article: gold names against predicted entities.
    private func scoreSpeakerSet(_ g: GoldDocument, _ p: AnalyzedDocument, _ required: [GoldAttribution],
                                 _ optionalIds: Set<String>, _ t: inout Tally) {
        var goldNames: [(String, Anonymity)] = []
        for a in required where !a.negated && a.reportedBy == nil {
            if !goldNames.contains(where: { SpeakerName.matches(a.resolved, $0.0) && $0.1.isHidden == a.anonymity.isHidden }) {
                goldNames.append((a.resolved, a.anonymity))
            }
        }
        var entities: [Entity] = []
        for s in p.statements where !optionalIds.contains(s.id) && !s.negated && s.embeddedIn == nil {
            if let e = p.speaker(of: s), !entities.contains(e) { entities.append(e) }
        }
        var used = Set<Int>(), found = Set<Int>()
        for strict in [true, false] {
            for (gi, (name, anonymity)) in goldNames.enumerated() where !found.contains(gi) {
                for (i, e) in entities.enumerated() where !used.contains(i) && e.anonymity.isHidden == anonymity.isHidden {
                    let hit = strict ? names(e).contains { SpeakerName.norm(name) == SpeakerName.norm($0) }
                                     : names(e).contains { SpeakerName.matches(name, $0) }
                    if hit { used.insert(i); found.insert(gi); break }
                }
            }
        }
        t["set_tp"] += found.count
        t["set_gold"] += goldNames.count
        t["set_pred"] += entities.count
    }
}
