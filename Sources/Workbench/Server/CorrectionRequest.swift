import Attribution
import Foundation

/// A correction as a form or an API client sends it, checked against the
/// article before anything is stored.
///
/// - `wrong-speaker`: `statement`, and `entity` (one of the article's
///   entities, by id or name) or `speaker` (a typed name); `anonymity`
///   and `entityKind` optional;
/// - `wrong-anonymity`: `statement` and `anonymity`;
/// - `not-a-statement`: `statement`;
/// - `missed`: the cue, as `cueStart`/`cueEnd` (Unicode-scalar offsets) or
///   as `cue` text and its `occurrence` (1-based); `speaker`/`entity`,
///   `anonymity`, `entityKind`, `form`, `negated` optional.
///
///     {"kind": "wrong-anonymity", "statement": "s5", "anonymity": "role"}
public struct CorrectionRequest: Codable, Sendable {
    public var kind: String?
    public var statement: String?
    public var entity: String?
    public var speaker: String?
    public var anonymity: String?
    public var entityKind: String?
    public var cue: String?
    public var occurrence: Int?
    public var cueStart: Int?
    public var cueEnd: Int?
    public var form: String?
    public var negated: Bool?
    public var note: String?

    public init(kind: String? = nil, statement: String? = nil, entity: String? = nil, speaker: String? = nil,
                anonymity: String? = nil, entityKind: String? = nil, cue: String? = nil, occurrence: Int? = nil,
                cueStart: Int? = nil, cueEnd: Int? = nil, form: String? = nil, negated: Bool? = nil, note: String? = nil) {
        self.kind = kind
        self.statement = statement
        self.entity = entity
        self.speaker = speaker
        self.anonymity = anonymity
        self.entityKind = entityKind
        self.cue = cue
        self.occurrence = occurrence
        self.cueStart = cueStart
        self.cueEnd = cueEnd
        self.form = form
        self.negated = negated
        self.note = note
    }

    /// From the page's form fields.
    init(form f: FormFields) {
        self.init(kind: f["kind"], statement: f["statement"], entity: f["entity"], speaker: f["speaker"],
                  anonymity: f["anonymity"], entityKind: f["entityKind"], cue: f["cue"],
                  occurrence: f["occurrence"].flatMap { Int($0) }, cueStart: f["cueStart"].flatMap { Int($0) },
                  cueEnd: f["cueEnd"].flatMap { Int($0) }, form: f["form"], negated: f["negated"] == "true",
                  note: f["note"])
    }

    /// The correction to store, or a 4xx saying what is wrong.
    func correction(for reviewed: ReviewedArticle) throws(WorkbenchError) -> Correction {
        func bad(_ message: String) -> WorkbenchError { WorkbenchError(.unprocessableContent, message) }
        guard let kindName = kind, let kind = CorrectionKind(rawValue: kindName) else {
            let names = CorrectionKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw bad("kind must be one of \(names)")
        }
        let anonymity: Anonymity?
        if let name = self.anonymity {
            guard let a = Anonymity(rawValue: name) else { throw bad("anonymity must be named, role, anonymous or vague") }
            anonymity = a
        } else {
            anonymity = nil
        }
        let entityKind: EntityKind?
        if let name = self.entityKind {
            guard let k = EntityKind(rawValue: name) else {
                throw bad("entityKind must be one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            entityKind = k
        } else {
            entityKind = nil
        }
        let entities = reviewed.analysed.entities
        let chosen = entity.flatMap { e in entities.first { $0.id == e || $0.name == e } }
        if let entity, chosen == nil { throw bad("the article has no speaker '\(Self.clip(entity))'") }
        let typed = try Self.name(speaker)
        let speakerName = typed ?? chosen?.name
        let note = try Self.text(note, limit: 500, field: "note")
        let article = reviewed.article.id

        guard kind != .missed else {
            let span = try cueSpan(in: reviewed)
            if reviewed.analysed.statements.contains(where: { $0.cue.span.overlaps(span) }) {
                throw bad("a statement is already found at this cue: correct it instead of adding one")
            }
            var contentForm: ContentForm?
            if let name = form {
                guard let f = ContentForm(rawValue: name) else { throw bad("form must be direct, indirect or mixed") }
                contentForm = f
            }
            return Correction(articleID: article, statementID: nil, kind: .missed, cueStart: span.start, cueEnd: span.end,
                              speaker: speakerName, anonymity: anonymity ?? chosen?.anonymity ?? (speakerName == nil ? .vague : .named),
                              entityKind: entityKind ?? chosen?.kind, form: contentForm ?? .indirect,
                              negated: negated ?? false, note: note)
        }
        guard let statementID = statement else { throw bad("say which statement: statement is missing") }
        guard let target = reviewed.analysed.statements.first(where: { $0.id == statementID }) else {
            throw WorkbenchError(.notFound, "no statement '\(Self.clip(statementID))' in article '\(article)'")
        }
        switch kind {
        case .wrongSpeaker:
            guard let speakerName else { throw bad("choose the right speaker from the list or type a name") }
            return Correction(articleID: article, statementID: statementID, kind: kind, cueStart: target.cue.start,
                              cueEnd: target.cue.end, speaker: speakerName, anonymity: anonymity ?? chosen?.anonymity,
                              entityKind: entityKind ?? chosen?.kind, note: note)
        case .wrongAnonymity:
            guard let anonymity else { throw bad("choose the right class: anonymity is missing") }
            return Correction(articleID: article, statementID: statementID, kind: kind, cueStart: target.cue.start,
                              cueEnd: target.cue.end, anonymity: anonymity, note: note)
        case .notStatement:
            return Correction(articleID: article, statementID: statementID, kind: kind, cueStart: target.cue.start,
                              cueEnd: target.cue.end, note: note)
        case .missed:
            fatalError("handled above")
        }
    }

    /// The missed statement's cue: the offsets when they hold the cue text
    /// (or no text is given), else the cue text's `occurrence`-th place.
    private func cueSpan(in reviewed: ReviewedArticle) throws(WorkbenchError) -> TextSpan {
        func bad(_ message: String) -> WorkbenchError { WorkbenchError(.unprocessableContent, message) }
        let scalars = Array(reviewed.article.text.unicodeScalars)
        let cueText = cue?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let start = cueStart, let end = cueEnd {
            guard start >= 0, end <= scalars.count, start < end else { throw bad("the cue's offsets are outside the text") }
            let span = TextSpan(start, end)
            if cueText == nil || reviewed.text(span).trimmingCharacters(in: .whitespacesAndNewlines) == cueText {
                return try checked(span, scalars)
            }
        }
        guard let cueText, !cueText.isEmpty else { throw bad("give the cue: select it in the text or type it") }
        let needle = Array(cueText.unicodeScalars)
        let hits = GoldAnchor.occurrences(of: needle, in: scalars)
        guard !hits.isEmpty else { throw bad("«\(Self.clip(cueText))» is not in the article") }
        let n = occurrence ?? 1
        guard n >= 1, n <= hits.count else {
            throw bad("«\(Self.clip(cueText))» occurs \(hits.count) times in the article, not \(n)")
        }
        return try checked(TextSpan(hits[n - 1], hits[n - 1] + needle.count), scalars)
    }

    /// The span without blanks at its ends, checked to be a short run of words on one line.
    private func checked(_ span: TextSpan, _ scalars: [Unicode.Scalar]) throws(WorkbenchError) -> TextSpan {
        var span = span
        while span.start < span.end, scalars[span.start].properties.isWhitespace { span.start += 1 }
        while span.end > span.start, scalars[span.end - 1].properties.isWhitespace { span.end -= 1 }
        guard !span.isEmpty else { throw WorkbenchError(.unprocessableContent, "the cue is empty") }
        guard span.length <= 100 else { throw WorkbenchError(.unprocessableContent, "a cue is a word or a few, not \(span.length) characters") }
        guard !scalars[span.start..<span.end].contains(where: GoldAnchor.isLineBreak) else {
            throw WorkbenchError(.unprocessableContent, "a cue cannot run over a line break")
        }
        return span
    }

    static func name(_ value: String?) throws(WorkbenchError) -> String? {
        try text(value, limit: 200, field: "speaker")
    }

    static func text(_ value: String?, limit: Int, field: String) throws(WorkbenchError) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        guard value.unicodeScalars.count <= limit else {
            throw WorkbenchError(.unprocessableContent, "\(field) is longer than \(limit) characters")
        }
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw WorkbenchError(.unprocessableContent, "\(field) holds control characters")
        }
        return value
    }

    static func clip(_ s: String) -> String {
        s.unicodeScalars.count <= 40 ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(40))) + "…"
    }
}
