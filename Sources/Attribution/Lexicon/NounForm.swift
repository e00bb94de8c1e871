/// A verbal noun of reporting (nouns.tsv): «إعلان أنقرة عن …».
public struct NounForm: Sendable, Hashable {
    /// The singular's key (إعلان → اعلان).
    public var lemma: String
    /// The singular as the lexicon spells it, for display.
    public var dictionaryForm: String
    /// Keys of what must follow the speaker phrase: `clause` or a
    /// preposition; the loader adds `strict` (see `CueFinder.noun`).
    public var complements: Set<String>
    public var verbClass: String

    /// Every form of every row of nouns.tsv, bare and after ب and ل.
    static func expand(_ file: TSVFile) throws -> [(String, NounForm)] {
        var out: [(String, NounForm)] = []
        for row in file.rows {
            guard row.count >= 4 else { throw LexiconError("nouns.tsv: row «\(row[0])» needs 4 columns") }
            let complements = Set(row[2].split(separator: "|").map { ArabicNormalizer.normalize($0) } + ["strict"])
            let form = NounForm(lemma: ArabicNormalizer.normalize(row[0]), dictionaryForm: row[0],
                                complements: complements, verbClass: row[3])
            let written = [row[0]] + row[1].split(separator: "|").map(String.init).filter { $0 != "-" }
            for word in written {
                let key = ArabicNormalizer.normalize(word)
                out += [(key, form), ("ب" + key, form), ("ل" + key, form)]
            }
        }
        return out
    }
}
