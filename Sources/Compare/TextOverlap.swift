/// How much two texts share, over their word-pair shingles.
///
/// Containment (shared / smaller set) rather than Jaccard decides whether two
/// statements are the same claim: one outlet quotes a whole sentence, the
/// other a clause of it, and the clause is still the claim. Jaccard is
/// reported beside it.
struct TextOverlap: Sendable, Hashable {
    var shared: Int
    var containment: Double
    var jaccard: Double

    init(_ a: Set<UInt64>, _ b: Set<UInt64>) {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        shared = small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
        let union = a.count + b.count - shared
        containment = small.isEmpty ? 0 : Double(shared) / Double(small.count)
        jaccard = union == 0 ? 0 : Double(shared) / Double(union)
    }
}
