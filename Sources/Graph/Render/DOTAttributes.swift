import QuoteGraphCore
/// An ordered attribute list of a DOT statement, written `[key="value", …]`.
///
/// Keys are ours (fixed Graphviz attribute names); every value is quoted by
/// `DOTAttributes.quoted`, so article text can neither end the string nor add
/// attributes: `"];evil=[` stays inside its label.
struct DOTAttributes {
    private(set) var pairs: [(key: String, value: String)] = []

    init(_ pairs: [(String, String?)] = []) {
        for (key, value) in pairs { self[key] = value }
    }

    subscript(key: String) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            pairs.removeAll { $0.key == key }
            if let newValue { pairs.append((key, newValue)) }
        }
    }

    var isEmpty: Bool { pairs.isEmpty }

    /// `[key="value", …]`, or "" when empty.
    var rendered: String {
        guard !isEmpty else { return "" }
        return "[" + pairs.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: ", ") + "]"
    }

    /// A DOT double-quoted string: `\` and `"` escaped, newlines as `\n`
    /// (a centred line break in a label), `&` as `&amp;` (Graphviz reads
    /// entities in labels, so «&lt;» would otherwise display as «<»), other
    /// control and bidi-control characters dropped.
    static func quoted(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\"": out.append(contentsOf: #"\""#.unicodeScalars)
            case "\n", "\u{2028}", "\u{2029}": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\t": out.append(" ")
            default:
                if scalar.properties.generalCategory == .control || LabelText.isInvisibleControl(scalar) { continue }
                out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }
}
