/// Union–find over `0..<count`, used to merge speaker occurrences into
/// speakers: two occurrences end up in one set when any merge rule links
/// them, however many articles apart.
package struct DisjointSets {
    private var parent: [Int]

    package init(count: Int) { parent = Array(0..<count) }

    package mutating func root(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    package mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        guard ra != rb else { return }
        // The smaller index stays root, so a set's root is its first member.
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }

    /// The sets, each sorted, ordered by their first member.
    package mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for i in parent.indices { byRoot[root(i), default: []].append(i) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }
}
