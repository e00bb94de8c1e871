import Attribution

/// How several articles (or outlets) source the same story: who each
/// quotes, whom they share, how anonymous each is, and which statements
/// they attribute differently.
///
///     let comparison = StoryComparison(digests, by: .article)
///     comparison.shared            // speakers quoted on two sides or more
///     comparison.divergences       // the same claim, different speakers
public struct StoryComparison: Sendable, Hashable, Codable {
    public var grouping: CompareGrouping
    public var sides: [ComparisonSide]
    /// Every speaker, in order of first appearance.
    public var speakers: [ResolvedSpeaker]
    /// Ids of speakers heard on two sides or more.
    public var shared: [String]
    public var overlap: SpeakerOverlap
    /// Most similar first.
    public var divergences: [AttributionDivergence]
    /// Matching statements given to the same speaker on both sides.
    public var agreements: Int

    public init(_ digests: [ArticleDigest], by grouping: CompareGrouping) {
        let resolution = SpeakerResolution(digests.map(\.document), lexicon: digests.first?.lexicon ?? .shared)
        let sideOf = Self.sides(of: digests, by: grouping)
        let sideCount = (sideOf.max() ?? -1) + 1
        var names = [String](repeating: "", count: sideCount)
        var articles = [[String]](repeating: [], count: sideCount)
        for (d, digest) in digests.enumerated() {
            names[sideOf[d]] = grouping == .article ? digest.id : digest.outlet
            articles[sideOf[d]].append(digest.id)
        }
        // Statement and speaker counts per side.
        var counts = [[Int: Int]](repeating: [:], count: sideCount)
        var profiles = [AnonymityProfile](repeating: AnonymityProfile(), count: sideCount)
        var made = [Int](repeating: 0, count: sideCount)
        for (d, digest) in digests.enumerated() {
            let document = digest.document
            for statement in document.statements {
                guard let p = resolution.speaker(of: statement, inArticle: d, of: document) else { continue }
                counts[sideOf[d]][p, default: 0] += 1
                if !statement.negated {
                    made[sideOf[d]] += 1
                    profiles[sideOf[d]].countStatement(resolution.speakers[p].anonymity)
                }
            }
        }
        var sidesOfSpeaker = [Int: Int]()
        for side in counts { for p in side.keys { sidesOfSpeaker[p, default: 0] += 1 } }
        let speakers = resolution.speakers
        var sides: [ComparisonSide] = []
        for s in 0..<sideCount {
            let ordered = counts[s].sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            for (p, _) in ordered { profiles[s].countSpeaker(speakers[p].anonymity) }
            let first = digests.indices.first { sideOf[$0] == s }.map { digests[$0] }
            sides.append(ComparisonSide(
                name: names[s], title: grouping == .article ? first?.document.title : nil,
                outlet: grouping == .article ? first?.document.outlet : names[s], articles: articles[s],
                statements: made[s],
                voices: ordered.map { ComparisonSide.Voice(speaker: speakers[$0.key].id, statements: $0.value) },
                anonymity: profiles[s],
                unique: ordered.filter { sidesOfSpeaker[$0.key] == 1 }.map { speakers[$0.key].id }))
        }
        self.grouping = grouping
        self.sides = sides
        self.speakers = speakers
        shared = speakers.indices.filter { (sidesOfSpeaker[$0] ?? 0) >= 2 }.map { speakers[$0].id }
        overlap = SpeakerOverlap(sides: names, speakerSets: counts.map { side in
            Set(side.keys.filter { speakers[$0].isIdentified }.map { speakers[$0].id })
        })
        let finder = DivergenceFinder(digests: digests, sideOf: sideOf, sideNames: names, resolution: resolution)
        (divergences, agreements) = finder.find()
    }

    /// The speaker with this id.
    public func speaker(_ id: String) -> ResolvedSpeaker? { speakers.first { $0.id == id } }

    /// Side index of each digest, sides numbered in order of first appearance.
    static func sides(of digests: [ArticleDigest], by grouping: CompareGrouping) -> [Int] {
        var number: [String: Int] = [:]
        return digests.enumerated().map { d, digest in
            let key = grouping == .article ? "\(d)" : digest.outlet
            if let n = number[key] { return n }
            number[key] = number.count
            return number.count - 1
        }
    }
}
