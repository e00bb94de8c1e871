import Foundation

/// The language knowledge the pipeline uses, loaded once from the TSV files
/// in `Resources/Lexicon` (see the comments at the top of each file: a
/// linguist extends them without touching Swift).
///
/// Every key is stored in normalised form (`ArabicNormalizer`), so the files
/// may be written with or without hamza seats and diacritics.
public final class Lexicon: Sendable {
    /// The lexicon shipped with quotegraph.
    public static let shared: Lexicon = {
        do {
            return try Lexicon(directory: Lexicon.bundledDirectory())
        } catch {
            fatalError("quotegraph: cannot load its lexicon: \(error)")
        }
    }()

    /// Surface forms of reporting verbs and participles (without clitics).
    public let verbForms: [String: VerbForm]
    /// Source frames, refused statements: multi-word patterns by first word.
    public let frames: [String: [Frame]]
    public let negations: [String: [Frame]]
    /// Head words of speaker noun phrases.
    public let speakerWords: [String: SpeakerWord]
    /// Countries and capitals with their agreement gender.
    public let places: [String: Gender]
    /// Function words by category (complementiser, time, framenoun …).
    public let words: [String: String]
    /// Given names that open a personal name (محمد، وليد، سيرغي).
    public let givenNames: [String: Gender]

    public init(directory: URL) throws {
        let verbs = try TSVFile(url: directory.appendingPathComponent("verbs.tsv"))
        verbForms = try VerbForm.expand(verbs)
        frames = try Frame.load(TSVFile(url: directory.appendingPathComponent("frames.tsv")), negated: false)
        negations = try Frame.load(TSVFile(url: directory.appendingPathComponent("negations.tsv")), negated: true)
        speakerWords = try SpeakerWord.load(TSVFile(url: directory.appendingPathComponent("speakers.tsv")))
        let placeRows = try TSVFile(url: directory.appendingPathComponent("places.tsv"))
        places = Dictionary(placeRows.rows.map { (ArabicNormalizer.normalize($0[0]), Gender(rawValue: $0[1]) ?? .feminine) },
                            uniquingKeysWith: { a, _ in a })
        let wordRows = try TSVFile(url: directory.appendingPathComponent("words.tsv"))
        words = Dictionary(wordRows.rows.map { (ArabicNormalizer.normalize($0[0]), $0[1]) },
                           uniquingKeysWith: { a, _ in a })
        let nameRows = try TSVFile(url: directory.appendingPathComponent("names.tsv"))
        givenNames = Dictionary(nameRows.rows.map { (ArabicNormalizer.normalize($0[0]), Gender(rawValue: $0[1]) ?? .masculine) },
                                uniquingKeysWith: { a, _ in a })
    }

    /// Where SwiftPM put the data files: the resource bundle next to the
    /// binary, or the source tree when run from a checkout.
    public static func bundledDirectory() -> URL {
        if let url = Bundle.module.url(forResource: "Lexicon", withExtension: nil) {
            return url
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/Lexicon")
    }

    public func category(_ norm: String) -> String? { words[norm] }
    public func isComplementiser(_ norm: String) -> Bool { words[norm] == "complementiser" }

    /// The speaker word for a token key, trying it bare, without the article
    /// and without a clitic (الوزير، لوزارة، بالوزارة).
    public func speakerWord(_ norm: String) -> SpeakerWord? {
        for key in Lexicon.keys(norm) {
            if let w = speakerWords[key] { return w }
        }
        return nil
    }

    /// The place for a token key (موسكو، لموسكو، والرياض), with its gender.
    public func place(_ norm: String) -> Gender? {
        for key in Lexicon.keys(norm) {
            if let g = places[key] { return g }
        }
        return nil
    }

    /// Lookup keys of a token: bare, without ال, without a clitic ل ب و.
    static func keys(_ norm: String) -> [String] {
        var keys = [norm]
        if norm.hasPrefix("ال"), norm.count > 3 { keys.append(String(norm.dropFirst(2))) }
        if norm.hasPrefix("لل"), norm.count > 3 { keys.append("ال" + norm.dropFirst(2)); keys.append(String(norm.dropFirst(2))) }
        for clitic in ["و", "ل", "ب"] where norm.hasPrefix(clitic) && norm.count > 3 {
            let rest = String(norm.dropFirst())
            keys.append(rest)
            if rest.hasPrefix("ال"), rest.count > 3 { keys.append(String(rest.dropFirst(2))) }
        }
        return keys
    }
}

/// Grammatical gender as verb agreement shows it.
public enum Gender: String, Sendable, Hashable {
    case masculine = "m"
    case feminine = "f"
}

/// Grammatical number: human plurals take plural verbs when pro-dropped
/// (وأضافوا); non-human plurals (مصادر، تقارير) take feminine singular.
public enum Number: String, Sendable, Hashable {
    case singular = "s"
    case plural = "p"
    case nonHumanPlural = "n"
}
