/// The matching keys of one article's names and roles, each computed once.
///
/// The registry compares every new speaker phrase with every speaker and
/// cast member so far, and each comparison used to normalise, split and
/// fold both names again. The same few dozen names recur throughout an
/// article, so their keys are kept here for the article's lifetime.
///
/// The cache is keyed by the exact UTF-8 bytes of the name: `String`'s own
/// hashing works under canonical equivalence, which for Arabic means
/// normalisation data on every lookup. Two canonically equal spellings
/// with different bytes just get an entry each, with the same value the
/// functions give for them.
///
/// Key words are interned as numbers, so that the registry's set
/// comparisons (is one name part of another?) compare integers.
final class NameKeys {
    private var names: [Exact: (key: Set<Int>, skeleton: Set<Int>)] = [:]
    private var roleHeads: [Exact: String?] = [:]
    private var words: [Exact: Int] = [:]

    /// `EntityRegistry.nameKey(name)`, its words interned.
    func key(_ name: String) -> Set<Int> { entry(name).key }

    /// The consonant skeletons of the name's key words
    /// (`EntityRegistry.skeleton` of each), interned.
    func skeleton(_ name: String) -> Set<Int> { entry(name).skeleton }

    private func entry(_ name: String) -> (key: Set<Int>, skeleton: Set<Int>) {
        let k = Exact(name)
        if let found = names[k] { return found }
        let words = EntityRegistry.nameKey(name)
        let entry = (key: Set(words.map(intern)), skeleton: Set(words.map { intern(EntityRegistry.skeleton($0)) }))
        names[k] = entry
        return entry
    }

    /// The number of a word (or skeleton): equal bytes, equal numbers.
    private func intern(_ word: String) -> Int {
        let k = Exact(word)
        if let n = words[k] { return n }
        let n = words.count
        words[k] = n
        return n
    }

    /// `SpeakerClassifier.roleHead(role)`.
    func roleHead(_ role: String?) -> String? {
        guard let role else { return nil }
        let k = Exact(role)
        if let found = roleHeads[k] { return found }
        let head = SpeakerClassifier.roleHead(role)
        roleHeads[k] = head
        return head
    }

    /// A string hashed and compared by its UTF-8 bytes.
    private struct Exact: Hashable {
        let string: String

        init(_ string: String) { self.string = string }

        static func == (a: Exact, b: Exact) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

        func hash(into hasher: inout Hasher) {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
