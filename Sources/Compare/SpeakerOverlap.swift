/// How far the sides draw on the same people: for each pair of sides, the
/// Jaccard index of their identified (named and role) speakers.
///
/// Anonymous and vague speakers are left out: they are kept one per article
/// (two «مصدر مطلع» are not known to be one person), so counting them would
/// only lower every figure, and the anonymity profile shows them instead.
public struct SpeakerOverlap: Sendable, Hashable, Codable {
    /// Side names, in side order.
    public var sides: [String]
    /// `jaccard[i][j]`: shared / either, 1 on the diagonal (0 for a side without identified speakers).
    public var jaccard: [[Double]]
    /// `shared[i][j]`: identified speakers both sides quote.
    public var shared: [[Int]]

    init(sides: [String], speakerSets: [Set<String>]) {
        self.sides = sides
        let n = speakerSets.count
        var jaccard = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var shared = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n {
                let both = speakerSets[i].intersection(speakerSets[j]).count
                let either = speakerSets[i].union(speakerSets[j]).count
                shared[i][j] = both
                jaccard[i][j] = either == 0 ? (i == j ? 1 : 0) : Double(both) / Double(either)
            }
        }
        self.jaccard = jaccard
        self.shared = shared
    }
}
