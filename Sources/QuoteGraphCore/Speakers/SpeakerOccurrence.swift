import Foundation
import Attribution

/// One entity of one article that speaks: the unit `SpeakerMerger` merges.
///
/// Statements whose speaker did not resolve to an entity («قيل», a dangling
/// id) get a stand-in `vague` entity per article and speaker text, so they
/// still show up in the graph, and in the auditor's colour.
package struct SpeakerOccurrence: Sendable {
    /// Index of the document in the input.
    package var document: Int
    package var documentID: String
    package var entity: Entity

    package init(document: Int, documentID: String, entity: Entity) {
        self.document = document
        self.documentID = documentID
        self.entity = entity
    }

    package var key: NameKey { NameKey(entity.name) }

    /// `document/entity`, as shown in `GraphNode.entities`.
    package var reference: String { "\(documentID)/\(entity.id)" }

    /// «المتحدث الرسمي» at «وزارة الدفاع الروسية», normalised; nil unless both are given.
    package var roleKey: String? {
        guard let role = entity.role, let affiliation = entity.affiliation else { return nil }
        let (r, a) = (NameKey(role), NameKey(affiliation))
        return r.isEmpty || a.isEmpty ? nil : "\(r)@\(a)"
    }

    /// The id used for statements with no resolved speaker.
    package static func unresolvedID(for speakerText: String) -> String {
        "?" + NameKey(speakerText).description
    }

    package static func unresolved(document: Int, documentID: String, speakerText: String) -> SpeakerOccurrence {
        let text = speakerText.trimmingCharacters(in: .whitespacesAndNewlines)
        let entity = Entity(id: unresolvedID(for: speakerText), name: text.isEmpty ? "غير منسوب" : text,
                            kind: .unspecified, anonymity: .vague)
        return SpeakerOccurrence(document: document, documentID: documentID, entity: entity)
    }
}
