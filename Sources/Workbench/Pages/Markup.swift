/// HTML built by string interpolation in which text is escaped unless it is
/// already `Markup`: article text, ids and names can never become tags,
/// attributes or script, however they are spelt.
///
///     let name = "<script>alert(1)</script>"
///     let m: Markup = "<p class=\"speaker\">\(name)</p>"
///     m.html   // <p class="speaker">&lt;script&gt;alert(1)&lt;/script&gt;</p>
///
/// Attribute values are always written in double quotes in the literals,
/// and `"` and `'` are escaped too, so an interpolated value cannot end one.
public struct Markup: ExpressibleByStringInterpolation, Sendable, CustomStringConvertible {
    public private(set) var html: String

    public init(raw html: String) {
        self.html = html
    }

    public init(stringLiteral value: String) {
        html = value
    }

    public init(stringInterpolation: StringInterpolation) {
        html = stringInterpolation.html
    }

    public var description: String { html }

    public static let empty = Markup(raw: "")

    public static func + (a: Markup, b: Markup) -> Markup { Markup(raw: a.html + b.html) }

    public static func += (a: inout Markup, b: Markup) { a.html += b.html }

    /// `&`, `<`, `>`, `"` and `'` as entities; NUL and other C0 controls
    /// except tab and line breaks dropped (HTML does not allow them).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var html = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            html.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { html += literal }
        public mutating func appendInterpolation(_ text: String) { html += Markup.escape(text) }
        public mutating func appendInterpolation(_ text: Substring) { html += Markup.escape(String(text)) }
        public mutating func appendInterpolation(_ text: String?) { html += Markup.escape(text ?? "") }
        public mutating func appendInterpolation(_ number: Int) { html += String(number) }
        public mutating func appendInterpolation(_ markup: Markup) { html += markup.html }
        public mutating func appendInterpolation(_ parts: [Markup]) {
            for part in parts { html += part.html }
        }
    }
}

extension Array where Element == Markup {
    public func joined() -> Markup { Markup(raw: map(\.html).joined()) }
}
