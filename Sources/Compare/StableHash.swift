/// FNV-1a over UTF-8: the same words give the same number in every run
/// (Swift's `Hasher` is seeded per process), so shingles can be sorted and
/// results reproduced.
enum StableHash {
    static func of(_ words: String...) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (n, word) in words.enumerated() {
            if n > 0 { h = (h ^ 0x20) &* 0x100_0000_01b3 }
            for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return h
    }
}
