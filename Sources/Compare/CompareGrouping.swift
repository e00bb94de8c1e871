/// What `compare` puts side by side: each article, or each outlet with all
/// its articles pooled (articles without an outlet pool as «unknown»).
public enum CompareGrouping: String, Sendable, Codable, CaseIterable {
    case article, outlet
}
