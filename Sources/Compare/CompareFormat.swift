/// Output formats of `quotegraph compare`.
public enum CompareFormat: String, Sendable, CaseIterable {
    case table, json, markdown, svg
}
