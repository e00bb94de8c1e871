/// Which dignitary an honorific pronoun may point to, from
/// `honorifics.tsv`: the address words the person carries before the name.
///
///     let sumuwuh = lexicon.honorifics["سموه"]!
///     sumuwuh.fit(["صاحب", "السمو", "الملكي", "الأمير"])     // .titled
///     sumuwuh.fit(["خادم", "الحرمين", "الشريفين", "الملك"])  // .ruledOut
///     sumuwuh.fit(["وزير", "الخارجية"])                      // .untitled
struct HonorificTitles: Sendable {
    /// How well a person's address words fit the honorific.
    enum Fit: Sendable {
        case ruledOut, untitled, titled
    }

    let titles: WordTable<Bool>
    let never: WordTable<Bool>
    /// "-" in the titles column: any dignitary the never column leaves.
    let anyTitle: Bool

    func fit(_ words: [String]) -> Fit {
        var titled = anyTitle
        for w in words {
            if Self.has(never, w) { return .ruledOut }
            if Self.has(titles, w) { titled = true }
        }
        return titled ? .titled : .untitled
    }

    private static func has(_ table: WordTable<Bool>, _ norm: String) -> Bool {
        table[norm] != nil || Lexicon.firstDerivedKey(of: norm) { table[utf8: $0] } != nil
    }

    /// The rows of honorifics.tsv, keyed by the pronoun; each pronoun must
    /// be an honorific of words.tsv.
    static func load(_ file: TSVFile, words: WordTable<WordCategory>) throws -> [String: HonorificTitles] {
        var table: [String: HonorificTitles] = [:]
        for r in file.rows.indices {
            let row = file.rows[r]
            guard row.count >= 3 else { throw file.error(row: r, "expected 3 columns: honorific, titles, never") }
            let key = ArabicNormalizer.normalize(row[0])
            guard words[key] == .honorific else {
                throw file.error(row: r, "«\(row[0])» is not an honorific of words.tsv")
            }
            func list(_ field: String) -> WordTable<Bool> {
                WordTable(field == "-" ? [] : field.split(separator: "|").map { (ArabicNormalizer.normalize($0), true) })
            }
            table[key] = HonorificTitles(titles: list(row[1]), never: list(row[2]), anyTitle: row[1] == "-")
        }
        return table
    }
}
