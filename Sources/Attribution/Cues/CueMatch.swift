/// A cue found in the text, before its speaker and content are known.
struct CueMatch: Sendable {
    /// Token range of the cue (inclusive).
    var first: Int
    var last: Int
    var lemma: String
    var kind: CueKind
    /// Agreement shown by the cue (verbs and participles), for pro-drop.
    var gender: Gender?
    var number: Number = .singular
    var shape: VerbForm.Shape?
    var complements: Set<String> = []
    var frame: Frame?
    var negated = false
    /// Passive with no agent (قيل، يقال): the speaker is «غير محدد».
    var impersonal = false
    /// The verb carries و or ف (وقال): it starts a new clause, usually VSO.
    var conjoined = false
    /// «ما قاله الوزير»: a relative relay, nested in the enclosing statement.
    var relative = false
}

/// Proclitics that may be glued to a cue: و (and), ف (so), and the future
/// س (سيقول). Returned longest first, each with the remaining stem.
enum Clitics {
    static func strip(_ norm: String) -> [(stem: String, conjoined: Bool)] {
        var out: [(String, Bool)] = [(norm, false)]
        for prefix in ["وس", "فس", "و", "ف", "س"] where norm.hasPrefix(prefix) && norm.count > prefix.count + 1 {
            let stem = String(norm.dropFirst(prefix.count))
            // The future س only comes before an imperfect (سيقول، ستعلن).
            if prefix.hasSuffix("س"), !(stem.hasPrefix("ي") || stem.hasPrefix("ت")) { continue }
            out.append((stem, prefix.first != "س"))
        }
        return out
    }

    /// Object pronouns on a verb (قاله، ذكرته، أعلنها): the thing said.
    static let objectSuffixes = ["ها", "هم", "ه"]
}
