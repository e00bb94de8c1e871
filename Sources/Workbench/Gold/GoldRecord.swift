import Attribution

/// One attribution of a gold file, with the fields of
/// `shared/eval/GUIDELINES.md` («How a gold file is written»):
///
///     {"anchor": "وقال مصدر من موسكو", "cue": "وقال", "speaker": "مصدر من موسكو",
///      "resolved": "مصدر من موسكو", "kind": "unspecified", "anonymity": "anonymous",
///      "form": "direct", "negated": false, "reported_by": null, "content": "العملية التركية …"}
struct GoldRecord: Encodable, Sendable {
    var anchor: String
    var cue: String
    var n: Int?
    var speaker: String
    var resolved: String
    var kind: EntityKind
    var anonymity: Anonymity
    var form: ContentForm
    var negated: Bool
    var reportedBy: String?
    var content: String

    enum CodingKeys: String, CodingKey {
        case anchor, cue, n, speaker, resolved, kind, anonymity, form, negated
        case reportedBy = "reported_by"
        case content
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(anchor, forKey: .anchor)
        try c.encode(cue, forKey: .cue)
        try c.encodeIfPresent(n, forKey: .n)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(kind, forKey: .kind)
        try c.encode(anonymity, forKey: .anonymity)
        try c.encode(form, forKey: .form)
        try c.encode(negated, forKey: .negated)
        // Written as null when absent, as the guidelines' example does.
        if let reportedBy { try c.encode(reportedBy, forKey: .reportedBy) } else { try c.encodeNil(forKey: .reportedBy) }
        try c.encode(content, forKey: .content)
    }
}

/// A gold file: `{"id": …, "attributions": […]}`.
struct GoldFile: Encodable, Sendable {
    var id: String
    var attributions: [GoldRecord]
}
