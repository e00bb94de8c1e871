extension String {
    /// `split(separator: " ")`, cut on the UTF-8 bytes when every space
    /// is a Character of its own for certain: the scalars beside it are
    /// ASCII or plain Arabic letters (U+0621–U+064A), none of which is a
    /// Prepend mark that would join the space to it or a combining mark
    /// that would join the space to what follows. Otherwise (a mark right
    /// after a space), the Character-level `split`.
    ///
    /// The registry splits names and phrases this way on every entity and
    /// every overt subject, and walking Characters of Arabic text goes
    /// through grapheme breaking at each step.
    func splitAtSpaces() -> [Substring] {
        let cuts: [Int]? = utf8.withContiguousStorageIfAvailable { b in
            var cuts: [Int] = []
            for i in b.indices where b[i] == 0x20 {
                guard Self.standsApart(b, before: i), Self.standsApart(b, after: i + 1) else { return nil }
                cuts.append(i)
            }
            return cuts
        } ?? nil
        guard let cuts else { return split(separator: " ") }
        var pieces: [Substring] = []
        pieces.reserveCapacity(cuts.count + 1)
        var start = 0
        for end in cuts + [utf8.count] {
            if end > start {
                pieces.append(self[utf8.index(startIndex, offsetBy: start)..<utf8.index(startIndex, offsetBy: end)])
            }
            start = end + 1
        }
        return pieces
    }

    /// The scalar ending before byte `end` (if any) is ASCII or a plain
    /// Arabic letter.
    private static func standsApart(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard end > 0 else { return true }
        if b[end - 1] < 0x80 { return true }
        return end >= 2 && isPlainLetter(b[end - 2], b[end - 1])
    }

    /// The scalar starting at byte `start` (if any) is ASCII or a plain
    /// Arabic letter.
    private static func standsApart(_ b: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        guard start < b.count else { return true }
        if b[start] < 0x80 { return true }
        return start + 1 < b.count && isPlainLetter(b[start], b[start + 1])
    }

    /// U+0621–U+064A: D8 A1 … D8 BF, D9 80 … D9 8A.
    private static func isPlainLetter(_ lead: UInt8, _ trail: UInt8) -> Bool {
        (lead == 0xD8 && trail >= 0xA1 && trail <= 0xBF) || (lead == 0xD9 && trail >= 0x80 && trail <= 0x8A)
    }
}
