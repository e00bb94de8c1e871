/// What sort of speaker an entity is.
///
/// `place` is a country or capital standing for its government
/// («أعلنت موسكو»); `group` is a collective (شهود عيان، ناشطون، سكان).
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case person, institution, place, media, group, unspecified
}
