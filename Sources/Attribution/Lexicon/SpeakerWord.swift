/// A head word of a speaker noun phrase and what it says about the speaker.
public struct SpeakerWord: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable {
        case anonymous, vague, group, role, person, title, institution, media, place, document

        /// Offices and described persons both take a name after them.
        public var isRoleLike: Bool { self == .role || self == .person }
    }

    public var category: Category
    public var gender: Gender
    public var number: Number

    /// «وزراء»، «رؤساء»: an office in the plural, held by several people:
    /// never one person's role, no member of the cast, and read as a body
    /// in a construct («رئيس وزراء سنغافورة»).
    public var isPluralOffice: Bool { category == .role && number == .plural }

    /// The fifth column, where given: a head and the singular it stands
    /// for when speakers are matched (مصادر → مصدر). The singular must be
    /// a word of the file.
    static func singulars(_ file: TSVFile, words: [String: SpeakerWord]) throws -> [(String, String)] {
        try file.rows.indices.compactMap { r in
            let row = file.rows[r]
            guard row.count >= 5, row[4] != "-", !row[4].isEmpty else { return nil }
            let singular = ArabicNormalizer.normalize(row[4])
            guard words[singular] != nil else {
                throw file.error(row: r, "singular «\(row[4])» is not a word of speakers.tsv")
            }
            return (ArabicNormalizer.normalize(row[0]), singular)
        }
    }

    /// The rows of speakers.tsv by normalised word. A word listed twice
    /// (after normalisation: «أب» and «اب» are one word) is a load error
    /// naming both lines, as in roles.tsv: the second row used to be
    /// ignored without a word.
    static func load(_ file: TSVFile) throws -> [String: SpeakerWord] {
        var words: [String: SpeakerWord] = [:]
        var firstLine: [String: Int] = [:]
        for r in file.rows.indices {
            let row = file.rows[r]
            guard row.count >= 4 else { throw file.error(row: r, "expected 4 columns: word, category, gender, number") }
            guard let category = Category(rawValue: row[1]) else {
                throw file.error(row: r, "unknown speaker category «\(row[1])» (see SpeakerWord.Category)")
            }
            guard let gender = Gender(rawValue: row[2]) else { throw file.error(row: r, "gender must be m or f, not «\(row[2])»") }
            guard let number = Number(rawValue: row[3]) else { throw file.error(row: r, "number must be s, p or n, not «\(row[3])»") }
            let entry = SpeakerWord(category: category, gender: gender, number: number)
            let key = ArabicNormalizer.normalize(row[0])
            if let line = firstLine[key] {
                throw file.error(row: r, "«\(row[0])» is listed already on line \(line): one row per word")
            }
            firstLine[key] = file.lines[r]
            words[key] = entry
        }
        return words
    }
}
