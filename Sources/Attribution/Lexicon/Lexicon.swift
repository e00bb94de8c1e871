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
    public let verbForms: WordTable<VerbForm>
    /// Source frames, refused statements: multi-word patterns by first word.
    public let frames: WordTable<[Frame]>
    public let negations: WordTable<[Frame]>
    /// Head words of speaker noun phrases.
    public let speakerWords: WordTable<SpeakerWord>
    /// Countries and capitals with their agreement gender.
    public let places: WordTable<Gender>
    /// Function words by category (complementiser, time, framenoun …).
    public let words: WordTable<String>
    /// Given names that open a personal name (محمد، وليد، سيرغي).
    public let givenNames: WordTable<Gender>

    public init(directory: URL) throws {
        let verbs = try TSVFile(url: directory.appendingPathComponent("verbs.tsv"))
        verbForms = WordTable(try VerbForm.expand(verbs).map { ($0.key, $0.value) })
        frames = WordTable(try Frame.load(TSVFile(url: directory.appendingPathComponent("frames.tsv")), negated: false)
            .map { ($0.key, $0.value) })
        negations = WordTable(try Frame.load(TSVFile(url: directory.appendingPathComponent("negations.tsv")), negated: true)
            .map { ($0.key, $0.value) })
        speakerWords = WordTable(try SpeakerWord.load(TSVFile(url: directory.appendingPathComponent("speakers.tsv")))
            .map { ($0.key, $0.value) })
        let placeRows = try TSVFile(url: directory.appendingPathComponent("places.tsv"))
        places = WordTable(placeRows.rows.map { (ArabicNormalizer.normalize($0[0]), Gender(rawValue: $0[1]) ?? .feminine) })
        let wordRows = try TSVFile(url: directory.appendingPathComponent("words.tsv"))
        words = WordTable(wordRows.rows.map { (ArabicNormalizer.normalize($0[0]), $0[1]) })
        let nameRows = try TSVFile(url: directory.appendingPathComponent("names.tsv"))
        givenNames = WordTable(nameRows.rows.map { (ArabicNormalizer.normalize($0[0]), Gender(rawValue: $0[1]) ?? .masculine) })
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
        if let w = speakerWords[norm] { return w }
        for key in Lexicon.keys(norm).dropFirst() {
            if let w = speakerWords[key] { return w }
        }
        return nil
    }

    /// The place for a token key (موسكو، لموسكو، والرياض), with its gender.
    public func place(_ norm: String) -> Gender? {
        if let g = places[norm] { return g }
        for key in Lexicon.keys(norm).dropFirst() {
            if let g = places[key] { return g }
        }
        return nil
    }

    /// Lookup keys of a token: bare, without ال, without a clitic ل ب و.
    static func keys(_ norm: String) -> [String] {
        let s = Array(norm.unicodeScalars)
        var keys = [norm]
        guard s.count > 3 else { return keys }
        func from(_ n: Int) -> String { String(String.UnicodeScalarView(s[n...])) }
        let article = { (i: Int) in s.count > i + 3 && s[i] == "ا" && s[i + 1] == "ل" }
        if article(0) { keys.append(from(2)) }
        if s[0] == "ل", s[1] == "ل" { keys.append("ا" + from(1)); keys.append(from(2)) }
        if s[0] == "و" || s[0] == "ل" || s[0] == "ب" {
            keys.append(from(1))
            if article(1) { keys.append(from(3)) }
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
