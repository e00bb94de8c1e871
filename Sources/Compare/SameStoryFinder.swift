import Attribution
import Foundation
import QuoteGraphCore

/// Finds articles about the same event in a corpus, across outlets.
///
/// Comparing 20,000 articles pair by pair is 200 million comparisons, so
/// candidates come from an inverted index instead (blocking): two articles
/// are candidates when they share word-pair shingles that are rare in the
/// corpus (in at most `maximumFrequency` articles; «خادم الحرمين الشريفين»
/// is in thousands and says nothing), come from different outlets, and
/// appeared within `maximumDays` of each other when both dates are known.
/// A candidate pair is linked when the shared shingles cover at least
/// `minimumOverlap` of the smaller article with at least `minimumShared` of
/// them, or at least `minimumOverlapWithName` when the two also quote the
/// same named person or share `manyShared` rare shingles or more. Links are joined strongest
/// first, never into a group larger than `maximumGroup` (an agency story
/// reprinted everywhere must not chain unrelated stories together).
public struct SameStoryFinder: Sendable {
    public var maximumFrequency = 30
    public var maximumDays = 2
    public var minimumShared = 8
    public var minimumOverlap = 0.3
    public var minimumOverlapWithName = 0.08
    public var manyShared = 15
    public var maximumGroup = 8

    public init() {}

    /// Groups of digest indices, each from two outlets or more, largest and
    /// most tightly linked first.
    public func groups(_ digests: [ArticleDigest]) -> [(articles: [Int], overlap: Double)] {
        let links = self.links(digests)
        var root = Array(digests.indices)
        var size = [Int](repeating: 1, count: digests.count)
        var strength = [Double](repeating: 0, count: digests.count)
        func find(_ i: Int) -> Int {
            var i = i
            while root[i] != i { root[i] = root[root[i]]; i = root[i] }
            return i
        }
        for link in links {
            let (a, b) = (find(link.a), find(link.b))
            guard a != b, size[a] + size[b] <= maximumGroup else { continue }
            let (keep, drop) = a < b ? (a, b) : (b, a)
            root[drop] = keep
            size[keep] += size[drop]
            strength[keep] = max(strength[keep], strength[drop], link.overlap)
        }
        var members: [Int: [Int]] = [:]
        for i in digests.indices { members[find(i), default: []].append(i) }
        let groups = members.compactMap { r, list -> (articles: [Int], overlap: Double)? in
            Set(list.map { digests[$0].outlet }).count >= 2 ? (list, strength[r]) : nil
        }
        return groups.sorted {
            let (oa, ob) = (Set($0.articles.map { digests[$0].outlet }).count, Set($1.articles.map { digests[$0].outlet }).count)
            if oa != ob { return oa > ob }
            if $0.overlap != $1.overlap { return $0.overlap > $1.overlap }
            return $0.articles[0] < $1.articles[0]
        }
    }

    struct Link { var a: Int; var b: Int; var overlap: Double }

    /// Candidate pairs that pass, strongest first.
    func links(_ digests: [ArticleDigest]) -> [Link] {
        // (shingle, article) sorted by shingle: runs are postings lists.
        var entries: [(UInt64, Int32)] = []
        entries.reserveCapacity(digests.reduce(0) { $0 + $1.storyShingles.count })
        for (d, digest) in digests.enumerated() {
            for shingle in digest.storyShingles { entries.append((shingle, Int32(d))) }
        }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var shared: [Int64: Int32] = [:]
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].0 == entries[start].0 { end += 1 }
            let n = end - start
            if n >= 2, n <= maximumFrequency {
                for i in start..<end {
                    for j in (i + 1)..<end where comparable(digests[Int(entries[i].1)], digests[Int(entries[j].1)]) {
                        shared[Int64(entries[i].1) << 32 | Int64(entries[j].1), default: 0] += 1
                    }
                }
            }
            start = end
        }
        let names = digests.map(namedPeople)
        var links: [Link] = []
        for (pair, count) in shared {
            let (a, b) = (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
            let smaller = max(1, min(digests[a].storyShingles.count, digests[b].storyShingles.count))
            let overlap = Double(count) / Double(smaller)
            if isLink(shared: Int(count), overlap: overlap, sameName: !names[a].isDisjoint(with: names[b])) {
                links.append(Link(a: a, b: b, overlap: overlap))
            }
        }
        return links.sorted { ($0.overlap, -$0.a, -$0.b) > ($1.overlap, -$1.a, -$1.b) }
    }

    /// Rewrites of one event share less text than reprints, but their rare
    /// shared phrases are still many: the samples' seed and anon-sources
    /// share 17 word pairs (10% of the shorter), and unrelated articles
    /// rarely share more than a handful of rare ones.
    func isLink(shared: Int, overlap: Double, sameName: Bool) -> Bool {
        if shared >= minimumShared && overlap >= minimumOverlap { return true }
        if sameName && shared >= minimumShared / 2 && overlap >= minimumOverlapWithName { return true }
        return shared >= manyShared && overlap >= minimumOverlapWithName
    }

    private func comparable(_ a: ArticleDigest, _ b: ArticleDigest) -> Bool {
        guard a.outlet != b.outlet else { return false }
        if let x = a.day, let y = b.day, abs(x - y) > maximumDays { return false }
        return true
    }

    /// Keys of the named people an article quotes.
    func namedPeople(_ digest: ArticleDigest) -> Set<String> {
        let speaking = Set(digest.document.statements.compactMap(\.speaker.entity))
        return Set(digest.document.entities.filter {
            speaking.contains($0.id) && $0.kind == .person && $0.anonymity == .named
        }.compactMap { entity -> String? in
            let name = PersonName(entity.name, lexicon: digest.lexicon)
            return name.words.count >= 2 ? name.skeletonKey : nil
        })
    }

    /// The groups with their comparisons.
    public func stories(_ digests: [ArticleDigest], by grouping: CompareGrouping) -> [StoryGroup] {
        groups(digests).enumerated().map { n, group in
            let members = group.articles.map { digests[$0] }
            let comparison = StoryComparison(members, by: grouping)
            var outlets: [String] = []
            for m in members where !outlets.contains(m.outlet) { outlets.append(m.outlet) }
            let days = members.compactMap(\.day)
            let names = comparison.shared.compactMap { comparison.speaker($0) }
                .filter { $0.anonymity == .named && $0.kind == .person }.map(\.name)
            return StoryGroup(id: "story\(n + 1)", articles: members.map(\.id), outlets: outlets,
                              firstDay: days.min().map(Self.iso), lastDay: days.max().map(Self.iso),
                              sharedNames: names, textOverlap: (group.overlap * 1000).rounded() / 1000,
                              comparison: comparison)
        }
    }

    static func iso(_ day: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(day) * 86400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
