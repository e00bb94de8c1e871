import Foundation

/// The language knowledge the pipeline uses, loaded once from the TSV files
/// in `Resources/Lexicon` (see the comments at the top of each file: a
/// linguist extends them without touching Swift).
///
/// Every key is stored in normalised form (`ArabicNormalizer`), so the files
/// may be written with or without hamza seats and diacritics.
public final class Lexicon: Sendable {
    /// The lexicon shipped with quotegraph, loaded once.
    public static let shared: Lexicon = {
        switch sharedLoad {
        case .success(let lexicon): return lexicon
        case .failure(let error): fatalError("quotegraph: cannot load its lexicon: \(error)")
        }
    }()

    /// The load of the shipped lexicon, or why it failed (a wrong row names
    /// its file and line: `roles.tsv:110: unknown word role «…»`). A
    /// program checks it before anything asks for `shared`, to report a
    /// broken lexicon in one line instead of stopping in `fatalError`.
    public static let sharedLoad: Result<Lexicon, any Error> = Result { try Lexicon(directory: Lexicon.bundledDirectory()) }

    /// Surface forms of reporting verbs and participles (without clitics).
    public let verbForms: WordTable<VerbForm>
    /// Source frames, refused statements: multi-word patterns by first word.
    public let frames: WordTable<[Frame]>
    public let negations: WordTable<[Frame]>
    /// Head words of speaker noun phrases.
    public let speakerWords: WordTable<SpeakerWord>
    /// Plural heads and the singular they stand for (مصادر → مصدر), from
    /// the singular column of speakers.tsv.
    public let singularHeads: WordTable<String>
    /// Countries and capitals with their agreement gender.
    public let places: WordTable<Gender>
    /// Function words by category (complementiser, time, framenoun …).
    public let words: WordTable<WordCategory>
    /// Given names that open a personal name (محمد، وليد، سيرغي).
    public let givenNames: WordTable<Gender>
    /// Verbal nouns of reporting (إعلان، اعتراف، تأكيدات), bare and after
    /// ب and ل.
    public let nounForms: WordTable<NounForm>
    /// The roles each function word plays (`roles.tsv`): prepositions,
    /// clause openers, name links … (see `WordRole`).
    public let wordRoles: WordTable<WordRoles>
    /// Pronoun suffixes and their roles (`roles.tsv` rows «-ها»), in file
    /// order.
    let suffixRoles: [RoleTable.Suffix]
    /// Every word a cue can start with, after its clitics: verb forms, the
    /// first words of frames and negations, auxiliaries, verbal nouns (see
    /// `CueFinder.mayOpenCue`).
    let cueOpeners: WordTable<Bool>
    /// The first word of every residue marker of words.tsv («اقرأ» of
    /// «اقرأ أيضاً»): `Residue` looks further only at lines opening so.
    let residueOpeners: WordTable<Bool>
    /// Which dignitary each honorific pronoun may point to
    /// (`honorifics.tsv`, `HonorificTitles`).
    let honorifics: [String: HonorificTitles]

    public init(directory: URL) throws {
        let verbs = try TSVFile(url: directory.appendingPathComponent("verbs.tsv"))
        verbForms = WordTable(try VerbForm.expand(verbs).map { ($0.key, $0.value) })
        frames = WordTable(try Frame.load(TSVFile(url: directory.appendingPathComponent("frames.tsv")), negated: false)
            .map { ($0.key, $0.value) })
        negations = WordTable(try Frame.load(TSVFile(url: directory.appendingPathComponent("negations.tsv")), negated: true)
            .map { ($0.key, $0.value) })
        let speakerRows = try TSVFile(url: directory.appendingPathComponent("speakers.tsv"))
        let speakers = try SpeakerWord.load(speakerRows)
        speakerWords = WordTable(speakers.map { ($0.key, $0.value) })
        singularHeads = WordTable(try SpeakerWord.singulars(speakerRows, words: speakers))
        let placeRows = try TSVFile(url: directory.appendingPathComponent("places.tsv"))
        places = WordTable(try placeRows.rows.indices.map { r in
            (ArabicNormalizer.normalize(placeRows.rows[r][0]), try Self.gender(placeRows, row: r))
        })
        let wordRows = try TSVFile(url: directory.appendingPathComponent("words.tsv"))
        words = WordTable(try wordRows.rows.indices.map { r in
            guard let category = WordCategory(rawValue: wordRows.rows[r][1]) else {
                throw wordRows.error(row: r, "unknown word category «\(wordRows.rows[r][1])» (see WordCategory)")
            }
            return (ArabicNormalizer.normalize(wordRows.rows[r][0]), category)
        })
        honorifics = try HonorificTitles.load(TSVFile(url: directory.appendingPathComponent("honorifics.tsv"), minimumColumns: 3),
                                              words: words)
        let roleTable = try RoleTable(TSVFile(url: directory.appendingPathComponent("roles.tsv")))
        wordRoles = roleTable.words
        suffixRoles = roleTable.suffixes
        // names.tsv (hand-made) first: the first row given for a word wins.
        var nameRows: [(String, Gender)] = []
        for file in ["names.tsv", "names-gazetteer.tsv"] {
            let rows = try TSVFile(url: directory.appendingPathComponent(file))
            nameRows += try rows.rows.indices.map { r in
                (ArabicNormalizer.normalize(rows.rows[r][0]), try Self.gender(rows, row: r))
            }
        }
        givenNames = WordTable(nameRows)
        nounForms = WordTable(try NounForm.expand(TSVFile(url: directory.appendingPathComponent("nouns.tsv"))))
        residueOpeners = WordTable(wordRows.rows.filter { $0[1] == WordCategory.residue.rawValue }
            .compactMap { $0[0].split(separator: " ").first.map { (ArabicNormalizer.normalize($0), true) } })
        let auxiliaries = wordRows.rows.filter { $0[1] == WordCategory.auxiliary.rawValue }.map { ArabicNormalizer.normalize($0[0]) }
        cueOpeners = WordTable((verbForms.keys + frames.keys + negations.keys + auxiliaries + nounForms.keys).map { ($0, true) })
    }

    /// Column 2 of a names.tsv or places.tsv row: m or f, else a load
    /// error naming the file and line.
    static func gender(_ file: TSVFile, row r: Int) throws -> Gender {
        guard let gender = Gender(rawValue: file.rows[r][1]) else {
            throw file.error(row: r, "gender must be m or f, not «\(file.rows[r][1])»")
        }
        return gender
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

    public func category(_ norm: String) -> WordCategory? { words[norm] }

    /// The category of a token key, trying it bare, without the article
    /// and without a clitic, as `speakerWord` does (لمعايير → معايير،
    /// للخطة → الخطة، وذلك → ذلك).
    public func derivedCategory(_ norm: String) -> WordCategory? {
        if let c = words[norm] { return c }
        return Lexicon.firstDerivedKey(of: norm) { words[utf8: $0] }
    }
    public func isComplementiser(_ norm: String) -> Bool { words[norm] == .complementiser }

    /// The roles of a normalised word in `roles.tsv` (none if unlisted):
    /// `lexicon.roles("لا").contains(.clauseOpener)`. The speaker code asks
    /// it per token through `facts[i].roles`.
    public func roles(_ norm: String) -> WordRoles { wordRoles[norm] ?? [] }

    /// Whether a normalised word ends in a suffix playing `role`
    /// («صلتها» ends in «-ها», an `.adjunctPossessive`).
    public func hasSuffix(_ norm: String, _ role: WordRole) -> Bool {
        suffixRoles.contains { $0.roles.contains(role) && norm.hasKeySuffix($0.suffix) }
    }

    /// The first suffix (in `roles.tsv` order) playing `role` that the
    /// normalised word ends in: «مصادرنا» → «نا» for `.headPossessive`.
    public func suffix(of norm: String, _ role: WordRole) -> String? {
        suffixRoles.first { $0.roles.contains(role) && norm.hasKeySuffix($0.suffix) }?.suffix
    }

    /// «وكما» → «كما»، «فإن» → «إن»: the word after a leading و or ف, when
    /// two letters at least are left, for the lists to be asked about it.
    func withoutConjunction(_ norm: String) -> String? {
        guard norm.keyLength > 2, norm.hasKeyPrefix("و") || norm.hasKeyPrefix("ف") else { return nil }
        return String(norm.unicodeScalars.dropFirst())
    }

    /// «لا»، «ولم»، «فلن»: the word plays `role`, bare or after a leading
    /// و or ف (`withoutConjunction`).
    func hasRole(_ role: WordRole, orAfterConjunction norm: String) -> Bool {
        roles(norm).contains(role) || withoutConjunction(norm).map { roles($0).contains(role) } == true
    }

    /// «والدها»، «زوجته»، «شقيقه»: a person noun of speakers.tsv with a
    /// possessive of the third person (role `personpossessive` in
    /// roles.tsv; the ة before it written ت) is that person noun: «وقال
    /// والدها اندي فانسيك» names the father.
    func possessedPerson(_ norm: String) -> SpeakerWord? {
        guard norm.keyLength > 4, let suffix = suffix(of: norm, .personPossessive) else { return nil }
        var stem = String(norm.dropLast(suffix.count))
        if stem.hasKeySuffix("ت") { stem = String(stem.dropLast()) + "ة" }
        guard let word = speakerWord(stem), word.category == .person else { return nil }
        return word
    }

    /// Every word playing `role`, in `roles.tsv` order.
    public func words(_ role: WordRole) -> [String] {
        wordRoles.keys.filter { roles($0).contains(role) }
    }

    /// The speaker word for a token key, trying it bare, without the article
    /// and without a clitic (الوزير، لوزارة، بالوزارة).
    public func speakerWord(_ norm: String) -> SpeakerWord? {
        listedSpeakerWord(norm) ?? dualInConstruct(norm) ?? pluralInConstruct(norm)
    }

    /// The row of speakers.tsv for the key, bare or derived.
    private func listedSpeakerWord(_ norm: String) -> SpeakerWord? {
        if let w = speakerWords[norm] { return w }
        return Lexicon.firstDerivedKey(of: norm) { speakerWords[utf8: $0] }
    }

    /// «وذكرت صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"»، «أعلنت شركتا …»:
    /// the dual in construct of a noun in ة (ة written ت, then ا) is that
    /// noun, and speaks in the plural.
    func dualInConstruct(_ norm: String) -> SpeakerWord? {
        guard norm.hasKeySuffix("تا"), norm.keyLength >= 5,
              var w = listedSpeakerWord(String(norm.unicodeScalars.dropLast(2)) + "ة") else { return nil }
        w.number = .plural
        return w
    }

    /// «يقول مختصو الاقتصاد»، «وقال محللو السوق»: a sound masculine
    /// plural in construct drops its ن; the word with ن back is a plural
    /// of speakers.tsv (مختصون، محللون).
    func pluralInConstruct(_ norm: String) -> SpeakerWord? {
        guard norm.hasKeySuffix("و"), norm.keyLength >= 5,
              let w = listedSpeakerWord(norm + "ن"), w.number == .plural else { return nil }
        return w
    }

    /// The place for a token key (موسكو، لموسكو، والرياض), with its gender.
    public func place(_ norm: String) -> Gender? {
        if let g = places[norm] { return g }
        return Lexicon.firstDerivedKey(of: norm) { places[utf8: $0] }
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

    /// `keys(norm)` after the bare word, in the same order, handed to
    /// `probe` as UTF-8 bytes until it finds something: the same lookups
    /// without making an array and a string per key (this runs for most
    /// tokens of every article).
    ///
    /// The letters tested (ا ل و ب) are two bytes each in UTF-8, so once
    /// they have matched, the key after n of them starts at byte 2n.
    static func firstDerivedKey<T>(of norm: String, _ probe: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        var norm = norm
        return norm.withUTF8 { b -> T? in
            let word = WordBytes(b)
            // Scalars, counted only as far as the tests below need (4 or 5).
            let scalars = word.scalarCount(upTo: 5)
            guard scalars > 3 else { return nil }
            let at = { (i: Int, letter: ArabicLetter) in word.has(letter, at: i) }
            func from(_ n: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: b[(2 * n)...]) }
            let article = { (i: Int) in scalars > i + 3 && at(i, .alef) && at(i + 1, .lam) }
            if article(0), let hit = probe(from(2)) { return hit }
            if at(0, .lam), at(1, .lam) {
                // «للوزارة» → «الوزارة»: alef, then the word after its first lam.
                let rest = from(1)
                let hit = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 2) { key -> T? in
                    key[0] = ArabicLetter.alef.lead
                    key[1] = ArabicLetter.alef.trail
                    for (i, byte) in rest.enumerated() { key[i + 2] = byte }
                    return probe(UnsafeBufferPointer(key))
                }
                if let hit { return hit }
                if let hit = probe(from(2)) { return hit }
            }
            if at(0, .waw) || at(0, .lam) || at(0, .beh) {
                if let hit = probe(from(1)) { return hit }
                if article(1), let hit = probe(from(3)) { return hit }
            }
            return nil
        }
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
