import Attribution

/// Makes one speaker node out of the occurrences `SpeakerMerger` grouped.
///
/// The label is the fullest name, preferring real names to role
/// descriptions («إيغر كوناشينكوف» over «المتحدث الرسمي باسم الوزارة»); the
/// other spellings become aliases. The kind is the first specific one, the
/// anonymity the best identified, role and affiliation the first given.
package enum SpeakerNodeFactory {
    package static func node(id: String, members: [SpeakerOccurrence]) -> GraphNode {
        let entities = members.map(\.entity)
        let best = entities.enumerated().min { rank($0) < rank($1) }!.element
        var aliases: [String] = []
        for e in entities where e.name != best.name && !aliases.contains(e.name) { aliases.append(e.name) }
        var documents: [String] = []
        for m in members where !documents.contains(m.documentID) { documents.append(m.documentID) }
        return GraphNode(
            id: id, category: .speaker, label: best.name,
            kind: entities.first { $0.kind != .unspecified }?.kind ?? .unspecified,
            anonymity: entities.map(\.anonymity).min()!,
            role: entities.compactMap(\.role).first,
            affiliation: entities.compactMap(\.affiliation).first,
            aliases: aliases, documents: documents, entities: members.map(\.reference))
    }

    /// Lower is a better label: named before role, more words, then earlier.
    private static func rank(_ element: (offset: Int, element: Entity)) -> (Anonymity, Int, Int) {
        (element.element.anonymity, -NameKey(element.element.name).words.count, element.offset)
    }
}
