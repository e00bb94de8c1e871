/// Text from the input made inert in Markdown: the one escaping that the
/// audit and the comparison reports both use.
///
/// Every ASCII punctuation mark Markdown gives a meaning to is
/// backslash-escaped (a backtick cannot open a code span, `|` cannot end a
/// table cell, `#` cannot start a heading), `<`, `>` and `&` become
/// entities so that no raw HTML or character reference reaches the
/// renderer, and line breaks and other controls become spaces so that the
/// text stays inside its cell, list item or heading.
///
///     MarkdownText.escape("<img src=x onerror=alert(1)> `x` | #1")
///     // "&lt;img src=x onerror=alert\(1\)&gt; \`x\` \| \#1"
package enum MarkdownText {
    package static func escape(_ s: String) -> String {
        var out = ""
        for ch in ReportText.oneLine(s, limit: Int.max) {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default:
                if "\\`*_{}[]()#+-.!|~".contains(ch) { out.append("\\") }
                out.append(ch)
            }
        }
        return out
    }

    /// One table cell or inline value: visible text only (controls and
    /// bidi controls dropped, whitespace collapsed), cut to `limit`
    /// characters, then escaped.
    package static func inline(_ s: String, limit: Int = 120) -> String {
        escape(LabelText.line(s, limit: limit))
    }
}
