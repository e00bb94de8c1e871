/// A multi-word cue: a source frame («نقلا عن»), a post-posed tag
/// («على حد قوله») or a refused statement («رفض التعليق»).
public struct Frame: Sendable, Hashable {
    /// Normalised words of the pattern.
    public var words: [String]
    /// The pattern as the data file spells it.
    public var pattern: String = ""
    /// frames.tsv: `frame`, `tag`, `document`, `relay`; negations.tsv: `negation`.
    public var kind: String
    /// Where the speaker is: `after` the pattern, or the `previous` speaker.
    public var speaker: String
    public var gender: Gender?
    public var number: Number

    static func load(_ file: TSVFile, negated: Bool) throws -> [String: [Frame]] {
        var byFirst: [String: [Frame]] = [:]
        for row in file.rows {
            let words = row[0].split(separator: " ").map { ArabicNormalizer.normalize($0) }
            guard let first = words.first else { continue }
            let frame: Frame
            if negated {
                let g = row[1]
                frame = Frame(words: words, kind: "negation", speaker: "previous",
                              gender: Gender(rawValue: g), number: g == "p" ? .plural : .singular)
            } else {
                guard row.count >= 3 else { throw LexiconError("frames.tsv: «\(row[0])» needs 3 columns") }
                // «على حد قولها»: the pronoun on the tag's noun agrees with
                // the speaker, like a pro-drop verb.
                let (gender, number) = row[1] == "tag" ? Self.agreement(of: words.last!) : (nil, .singular)
                frame = Frame(words: words, kind: row[1], speaker: row[2], gender: gender, number: number)
            }
            var spelled = frame
            spelled.pattern = row[0]
            byFirst[first, default: []].append(spelled)
        }
        // Longest pattern first, so «على حد قوله» wins over shorter ones.
        return byFirst.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// Gender and number shown by a possessive pronoun: قولها، قولهم، قوله.
    static func agreement(of word: String) -> (Gender?, Number) {
        if word.hasSuffix("هم") || word.hasSuffix("هما") { return (nil, .plural) }
        if word.hasSuffix("ها") { return (.feminine, .singular) }
        if word.hasSuffix("ه") { return (.masculine, .singular) }
        return (nil, .singular)
    }
}
