/// A cue found in the text, before its speaker and content are known.
struct CueMatch: Sendable {
    /// Token range of the cue (inclusive).
    var first: Int
    var last: Int
    var lemma: String
    /// How the lemma is shown to users (the lexicon's spelling).
    var displayLemma: String?
    var kind: CueKind
    /// Agreement shown by the cue (verbs and participles), for pro-drop.
    var gender: Gender?
    var number: Number = .singular
    var shape: VerbForm.Shape?
    var complements: Set<String> = []
    /// The verb's class in `verbs.tsv` (say, opinion, learn …).
    var verbClass: String?
    var frame: Frame?
    var negated = false
    /// Passive with no agent (قيل، يقال): the speaker is «غير محدد».
    var impersonal = false
    /// The verb carries و or ف (وقال): it starts a new clause, usually VSO.
    var conjoined = false
    /// «ما قاله الوزير»: a relative relay, nested in the enclosing statement.
    var relative = false
    /// The verb carries an object pronoun (وصفه، تعلنها، نقلتها).
    var objectSuffix = false
}

/// Proclitics that may be glued to a cue: و (and), ف (so), and the future
/// س (سيقول). Returned longest first, each with the remaining stem.
enum Clitics {
    static func strip(_ norm: String) -> [(stem: String, conjoined: Bool)] {
        // Works on scalars: Character-level hasPrefix/dropFirst on Arabic
        // strings was the analyser's hottest path.
        var out: [(String, Bool)] = [(norm, false)]
        let v = norm.unicodeScalars
        guard let first = v.first, first == "و" || first == "ف" || first == "س" else { return out }
        let s = Array(v)
        guard s.count > 2 else { return out }
        let second = s[1]
        func stem(_ n: Int) -> String { String(String.UnicodeScalarView(s[n...])) }
        let imperfectAfter = { (i: Int) in i < s.count && (s[i] == "ي" || s[i] == "ت") }
        if first == "و" || first == "ف" {
            // The future س only comes before an imperfect (سيقول، ستعلن).
            if second == "س", s.count > 3, imperfectAfter(2) { out.append((stem(2), true)) }
            out.append((stem(1), true))
        } else if first == "س", imperfectAfter(1) {
            out.append((stem(1), false))
        }
        return out
    }

    /// Object pronouns on a verb (قاله، ذكرته، أعلنها): the thing said.
    static let objectSuffixes = ["ها", "هم", "ه", "ني"]
}
