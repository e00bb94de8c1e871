import Attribution

/// Finds statements whose contents match across sides and compares their
/// speakers (see `AttributionDivergence`).
///
/// Two contents match when at least `minimumShared` word pairs are shared
/// and they make up at least `threshold` of the shorter content's pairs;
/// contents shorter than `minimumWords` never match (a «وأضاف أن الوضع
/// مستقر» matches too much by accident). Each statement keeps only its best
/// match in each other article, and a match counts once. A relay and the
/// words it relays («نقلت وكالة تاس عن كوناشنكوف قوله») count as the
/// relayed speaker's.
struct DivergenceFinder {
    let digests: [ArticleDigest]
    let sideOf: [Int]
    let sideNames: [String]
    let resolution: SpeakerResolution
    var threshold = 0.35
    var minimumShared = 3
    var minimumWords = 4

    /// Shingles shared by more statements than this are left out of the
    /// candidate search (a stock phrase of the corpus, not a claim).
    var maximumPostings = 400

    func find() -> ([AttributionDivergence], Int) {
        // Candidate pairs through an inverted index of shingles, so that a
        // corpus of thousands of articles is not compared pair by pair.
        var items: [(d: Int, c: Int)] = []
        var postings: [UInt64: [Int32]] = [:]
        for (d, digest) in digests.enumerated() {
            for (c, content) in digest.contents.enumerated() where content.wordCount >= minimumWords {
                let n = Int32(items.count)
                items.append((d, c))
                for shingle in content.shingles { postings[shingle, default: []].append(n) }
            }
        }
        var sharedCounts: [Int64: Int] = [:]
        for list in postings.values where list.count >= 2 && list.count <= maximumPostings {
            for (k, x) in list.enumerated() {
                for y in list[(k + 1)...] where sideOf[items[Int(x)].d] != sideOf[items[Int(y)].d] {
                    sharedCounts[Int64(x) << 32 | Int64(y), default: 0] += 1
                }
            }
        }
        var best: [String: (TextOverlap, Int, String, Int, String)] = [:]  // key → overlap, d1, s1, d2, s2
        for (pair, shared) in sharedCounts where shared >= minimumShared {
            let (i, j) = (items[Int(pair >> 32)], items[Int(pair & 0xFFFF_FFFF)])
            let (a, b) = i.d < j.d ? (i, j) : (j, i)
            let x = digests[a.d].contents[a.c], y = digests[b.d].contents[b.c]
            let overlap = TextOverlap(x.shingles, y.shingles)
            guard overlap.shared >= minimumShared, overlap.containment >= threshold else { continue }
            // Best match of x in article b, and of y in article a.
            for key in ["\(a.d)|\(x.statement)|\(b.d)", "\(b.d)|\(y.statement)|\(a.d)"] {
                if let old = best[key], !isBetter(overlap, a.d, x.statement, b.d, y.statement, than: old) { continue }
                best[key] = (overlap, a.d, x.statement, b.d, y.statement)
            }
        }
        var seen = Set<String>()
        var divergences: [AttributionDivergence] = []
        var agreements = 0
        for (overlap, a, x, b, y) in best.values.sorted(by: order) {
            guard seen.insert("\(a)|\(x)|\(b)|\(y)").inserted,
                  let first = attributed(x, in: a), let second = attributed(y, in: b) else { continue }
            if first.speaker == second.speaker || !chain(x, in: a).isDisjoint(with: chain(y, in: b)) {
                agreements += 1
                continue
            }
            let (firstHidden, secondHidden) = (first.anonymity.isHidden, second.anonymity.isHidden)
            if firstHidden && secondHidden { continue }
            let kind: AttributionDivergence.Kind = firstHidden != secondHidden ? .anonymousVersusNamed : .differentSpeakers
            let (one, two) = secondHidden && !firstHidden ? (second, first) : (first, second)
            divergences.append(AttributionDivergence(kind: kind, similarity: rounded(overlap.containment),
                                                     jaccard: rounded(overlap.jaccard), first: one, second: two))
        }
        return (Self.onePerSpeakerPair(divergences), agreements)
    }

    /// The same two speakers, set against each other by the same kind of
    /// divergence, are one finding however many statement pairs show it
    /// (a story in eight articles repeated it for every pair of them): the
    /// most similar pair stands for it, the others are counted and listed
    /// in `alsoMatched`. Findings are ranked by how many pairs show them,
    /// then by similarity (`divergences` come most similar first).
    static func onePerSpeakerPair(_ divergences: [AttributionDivergence]) -> [AttributionDivergence] {
        var index: [String: Int] = [:]
        var merged: [AttributionDivergence] = []
        for d in divergences {
            let pair = [d.first.speaker, d.second.speaker].sorted()
            let key = "\(d.kind.rawValue)|\(pair[0])|\(pair[1])"
            if let i = index[key] {
                merged[i].matches += 1
                for s in [d.first, d.second] {
                    let ref = "\(s.article)/\(s.statement)"
                    let shown = [merged[i].first, merged[i].second].map { "\($0.article)/\($0.statement)" }
                    if !shown.contains(ref), !merged[i].alsoMatched.contains(ref) { merged[i].alsoMatched.append(ref) }
                }
            } else {
                index[key] = merged.count
                merged.append(d)
            }
        }
        return merged.enumerated()
            .sorted { ($0.element.matches, $0.element.similarity, -$0.offset) > ($1.element.matches, $1.element.similarity, -$1.offset) }
            .map(\.element)
    }

    /// Most similar first, then input order: deterministic.
    private func order(_ l: (TextOverlap, Int, String, Int, String), _ r: (TextOverlap, Int, String, Int, String)) -> Bool {
        if l.0.containment != r.0.containment { return l.0.containment > r.0.containment }
        if l.1 != r.1 { return l.1 < r.1 }
        if l.3 != r.3 { return l.3 < r.3 }
        let (lx, rx) = (statementNumber(l.2), statementNumber(r.2))
        if lx != rx { return lx < rx }
        return statementNumber(l.4) < statementNumber(r.4)
    }

    private func isBetter(_ o: TextOverlap, _ a: Int, _ x: String, _ b: Int, _ y: String,
                          than old: (TextOverlap, Int, String, Int, String)) -> Bool {
        order((o, a, x, b, y), old)
    }

    /// The speakers a statement's content goes back to: its own, those of
    /// the statements it relays, and the one relaying it. «نقلت وكالة تاس عن
    /// كوناشنكوف قوله …» matched with Konashenkov's own words is the same
    /// attribution, not a different one.
    private func chain(_ statementID: String, in d: Int) -> Set<Int> {
        let document = digests[d].document
        var ids: Set<String> = [statementID]
        if let statement = document.statements.first(where: { $0.id == statementID }), let outer = statement.embeddedIn {
            ids.insert(outer)
        }
        for statement in document.statements where statement.embeddedIn == statementID { ids.insert(statement.id) }
        return Set(document.statements.filter { ids.contains($0.id) }.compactMap {
            resolution.speaker(of: $0, inArticle: d, of: document)
        })
    }

    private func statementNumber(_ id: String) -> Int { Int(id.drop { !$0.isNumber }) ?? 0 }

    private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    private func attributed(_ statementID: String, in d: Int) -> AttributedStatement? {
        let document = digests[d].document
        guard let statement = document.statements.first(where: { $0.id == statementID }),
              let p = resolution.speaker(of: statement, inArticle: d, of: document),
              let content = digests[d].content(of: statementID) else { return nil }
        let speaker = resolution.speakers[p]
        let written = document.speaker(of: statement)?.name ?? speaker.name
        return AttributedStatement(side: sideNames[sideOf[d]], article: document.id, statement: statementID,
                                   speaker: speaker.id, speakerName: written, anonymity: speaker.anonymity,
                                   content: content.text)
    }
}
