/// One surface form of a reporting verb or participle, with the agreement
/// it shows and what must follow it to make it a cue.
public struct VerbForm: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        case perfect, imperfect, participle, passive
    }

    public var lemma: String
    /// The lemma as the lexicon spells it, for display (أكد, not the key اكد).
    public var dictionaryForm: String = ""
    public var shape: Shape
    public var gender: Gender?
    public var number: Number
    /// First person (قلت، قلنا): the speaker is the writer or the quoted person.
    public var firstPerson: Bool
    /// Keys of what may follow: `any`, `clause`, or a preposition.
    public var complements: Set<String>
    public var verbClass: String
    /// The form ends in alef maqsura (نفى، رأى، دعا is not one): written with
    /// a dotted ي instead it is the verbal noun (نفي «denial»), not the verb.
    public var endsInAlefMaqsura = false
    /// The imperfect ends in ي (يدعي، ينفي، يروي): written with ى instead
    /// it is the passive of another verb or of this one (يُدعى «is named»،
    /// يُنفى), not this active verb.
    public var endsInYa = false

    /// The classes of verbs.tsv's last column, as its header lists them.
    static let verbClasses = ["say", "add", "assert", "deny", "opinion", "directive", "stance", "relay",
                              "reveal", "warn", "expect", "accuse", "hedge", "reply", "learn"]

    /// The complement column's keywords (verbs.tsv's header says what each
    /// means); anything else there is a preposition.
    static let complementKeywords = ["any", "clause", "strict", "content", "object", "copula", "saying", "masdar", "fact", "became", "adjective"]

    /// Builds every form of every row of verbs.tsv.
    static func expand(_ file: TSVFile) throws -> [String: VerbForm] {
        var forms: [String: VerbForm] = [:]
        for r in file.rows.indices {
            let row = file.rows[r]
            guard row.count >= 6 else {
                throw file.error(row: r, "expected 6 columns: lemma, imperfect, participle, extra, complement, class")
            }
            guard verbClasses.contains(row[5]) else {
                throw file.error(row: r, "unknown verb class «\(row[5])» (one of \(verbClasses.joined(separator: ", ")))")
            }
            let lemma = ArabicNormalizer.normalize(row[0])
            let complements = Set(row[4].split(separator: "|").map { ArabicNormalizer.normalize($0) })
            if let unknown = complements.first(where: { $0.unicodeScalars.allSatisfy(\.isASCII) && !complementKeywords.contains($0) }) {
                throw file.error(row: r, "unknown complement «\(unknown)» (a preposition or one of \(complementKeywords.joined(separator: ", ")))")
            }
            var base = VerbForm(lemma: lemma, shape: .perfect, gender: .masculine, number: .singular,
                                firstPerson: false, complements: complements, verbClass: row[5])
            base.dictionaryForm = row[0]
            func add(_ raw: String, _ shape: Shape, _ gender: Gender?, _ number: Number, first: Bool = false) {
                let key = ArabicNormalizer.normalize(raw)
                guard !key.isEmpty, forms[key] == nil || shape == .passive || first else { return }
                var form = base
                form.shape = shape
                form.gender = gender
                form.number = number
                form.firstPerson = first
                forms[key] = form
            }
            // Explicit forms first: they win over derived ones.
            for item in row[3].split(separator: "|") where item != "-" {
                let parts = item.split(separator: ":")
                let raw = String(parts[0]), feature = parts.count > 1 ? String(parts[1]) : "m"
                switch feature {
                case "f": add(raw, .perfect, .feminine, .singular)
                case "p": add(raw, .perfect, .masculine, .plural)
                case "d": add(raw, .perfect, nil, .plural)
                case "x": add(raw, .passive, nil, .singular)
                case "1": add(raw, .perfect, nil, .singular, first: true)
                default: add(raw, .perfect, .masculine, .singular)
                }
            }
            derivePerfect(row[0], add)
            if row[0].hasSuffix("ى"), let key = Optional(ArabicNormalizer.normalize(row[0])), forms[key]?.lemma == lemma {
                forms[key]?.endsInAlefMaqsura = true
            }
            if row[1] != "-" {
                deriveImperfect(row[1], add)
                if row[1].hasSuffix("ي") {
                    for raw in [row[1], "ت" + row[1].dropFirst()] {
                        let key = ArabicNormalizer.normalize(raw)
                        if forms[key]?.lemma == lemma, forms[key]?.shape == .imperfect { forms[key]?.endsInYa = true }
                    }
                }
            }
            if row[2] != "-" { deriveParticiple(row[2], add) }
        }
        return forms
    }

    // قال → قالت، قالوا، قالا، قالتا
    // A lemma in ى (نفى، رأى) forms its feminine and plural irregularly
    // (نفت، نفوا: the extra column lists them); «رأى» + ت would spell
    // «رأيت» (I saw), and the key of the name «رايت». Only the dual is
    // regular (نفيا).
    private static func derivePerfect(_ p: String, _ add: (String, Shape, Gender?, Number, Bool) -> Void) {
        add(p, .perfect, .masculine, .singular, false)
        if p.hasSuffix("ى") {
            add(String(p.dropLast()) + "يا", .perfect, nil, .plural, false)
            return
        }
        add(p + "ت", .perfect, .feminine, .singular, false)
        add(p + "وا", .perfect, .masculine, .plural, false)
        add(p + "ا", .perfect, nil, .plural, false)
        add(p + "تا", .perfect, .feminine, .plural, false)
    }

    // يقول → تقول، يقولون، يقولان، تقولان
    private static func deriveImperfect(_ i: String, _ add: (String, Shape, Gender?, Number, Bool) -> Void) {
        let stem = String(i.dropFirst())
        add(i, .imperfect, .masculine, .singular, false)
        add("ت" + stem, .imperfect, .feminine, .singular, false)
        add(i + "ون", .imperfect, .masculine, .plural, false)
        add(i + "ان", .imperfect, nil, .plural, false)
        add("ت" + stem + "ان", .imperfect, .feminine, .plural, false)
    }

    // مضيفا → مضيفة، مضيفين، مضيفات (the tanween alef is dropped first)
    private static func deriveParticiple(_ a: String, _ add: (String, Shape, Gender?, Number, Bool) -> Void) {
        let stem = a.hasSuffix("ا") ? String(a.dropLast()) : a
        add(stem + "ا", .participle, .masculine, .singular, false)
        add(stem + "ة", .participle, .feminine, .singular, false)
        add(stem + "ين", .participle, .masculine, .plural, false)
        add(stem + "ات", .participle, .feminine, .plural, false)
    }
}
