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

    static func load(_ file: TSVFile) throws -> [String: SpeakerWord] {
        var words: [String: SpeakerWord] = [:]
        for row in file.rows {
            guard row.count >= 4, let category = Category(rawValue: row[1]) else {
                throw LexiconError("speakers.tsv: bad row «\(row.joined(separator: " "))»")
            }
            let entry = SpeakerWord(category: category, gender: Gender(rawValue: row[2]) ?? .masculine,
                                    number: Number(rawValue: row[3]) ?? .singular)
            let key = ArabicNormalizer.normalize(row[0])
            if words[key] == nil { words[key] = entry }
        }
        return words
    }
}
