import Attribution
import QuoteGraphCore

/// Who is who across a set of articles: each statement's speaker mapped to a
/// `ResolvedSpeaker`.
///
/// Anonymous and vague speakers stay one per article (see `SpeakerMerger`):
/// «مصدر مطلع» in two papers need not be one person, and pretending so
/// would hide exactly the difference `compare` is meant to show.
public struct SpeakerResolution: Sendable {
    public let speakers: [ResolvedSpeaker]
    /// `article index` → `entity id` → index in `speakers`.
    private let index: [[String: Int]]

    /// Resolves the speakers of `documents`, people's names compared by
    /// `lexicon` (the one they were analysed with).
    public init(_ documents: [AnalyzedDocument], lexicon: Lexicon = .shared) {
        var occurrences: [SpeakerOccurrence] = []
        for (d, document) in documents.enumerated() {
            let speaking = Set(document.statements.compactMap(\.speaker.entity))
            occurrences += document.entities.filter { speaking.contains($0.id) }
                .map { SpeakerOccurrence(document: d, documentID: document.id, entity: $0) }
            var seen = Set<String>()
            for s in document.statements where document.speaker(of: s) == nil {
                let o = SpeakerOccurrence.unresolved(document: d, documentID: document.id, speakerText: s.speaker.text)
                if seen.insert(o.entity.id).inserted { occurrences.append(o) }
            }
        }
        var merger = SpeakerMerger(occurrences, lexicon: lexicon)
        var index = [[String: Int]](repeating: [:], count: documents.count)
        var speakers: [ResolvedSpeaker] = []
        for (n, group) in merger.speakers().enumerated() {
            let members = group.map { occurrences[$0] }
            let node = SpeakerNodeFactory.node(id: "p\(n + 1)", members: members)
            var forms: [String] = []
            func note(_ text: String) {
                let form = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !form.isEmpty, !forms.contains(form) { forms.append(form) }
            }
            note(node.label)
            for m in members {
                note(m.entity.name)
                m.entity.mentions.forEach { note($0.text) }
                index[m.document][m.entity.id] = n
            }
            speakers.append(ResolvedSpeaker(
                id: node.id, name: node.label, kind: node.kind ?? .unspecified, anonymity: node.anonymity ?? .vague,
                role: node.role, affiliation: node.affiliation, forms: forms, articles: node.documents,
                entities: node.entities))
        }
        self.speakers = speakers
        self.index = index
    }

    /// The speaker of `statement` in article `d` (its index in the input).
    public func speaker(of statement: Statement, inArticle d: Int, of document: AnalyzedDocument) -> Int? {
        let entity = document.speaker(of: statement)?.id ?? SpeakerOccurrence.unresolvedID(for: statement.speaker.text)
        return index[d][entity]
    }
}
