/// The readings of a word (`CliticStems`), each with its hash
/// (`WordProbe`): `CueFinder.match` asks up to five tables about each.
struct Readings: Sequence {
    /// The whole word.
    let word: UnsafeBufferPointer<UInt8>
    private let first: (stem: WordProbe, conjoined: Bool)
    private let second: (stem: WordProbe, conjoined: Bool)?
    private let third: (stem: WordProbe, conjoined: Bool)?

    init(_ stems: CliticStems) {
        word = stems.word
        var it = stems.makeIterator()
        let a = it.next()!
        first = (WordProbe(a.stem), a.conjoined)
        second = it.next().map { (WordProbe($0.stem), $0.conjoined) }
        third = it.next().map { (WordProbe($0.stem), $0.conjoined) }
    }

    struct Iterator: IteratorProtocol {
        let readings: Readings
        var position = 0

        mutating func next() -> (stem: WordProbe, conjoined: Bool)? {
            defer { position += 1 }
            switch position {
            case 0: return readings.first
            case 1: return readings.second
            case 2: return readings.second == nil ? nil : readings.third
            default: return nil
            }
        }
    }

    func makeIterator() -> Iterator { Iterator(readings: self) }
}
