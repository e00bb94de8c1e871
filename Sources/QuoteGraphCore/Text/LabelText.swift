/// Article text made safe to show in a label.
///
/// Names and titles come from scraped news and may hold anything: newlines,
/// bidi controls (U+202E can make «مصدر» display as something else), NULs,
/// or 10,000 characters of navigation junk. A label line keeps the visible
/// text only, on one line, cut to `limit` characters with «…».
package enum LabelText {
    package static let limit = 60

    /// One display line: controls and bidi controls removed, whitespace runs
    /// (newlines included) collapsed to one space, at most `limit` characters.
    package static func line(_ text: String, limit: Int = limit) -> String {
        var cleaned = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars where !isInvisibleControl(scalar) {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !cleaned.isEmpty
                continue
            }
            if pendingSpace { cleaned.append(" "); pendingSpace = false }
            cleaned.append(scalar)
        }
        return truncated(String(cleaned), to: limit)
    }

    package static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(1, limit - 1))) + "…"
    }

    /// Characters that change how text around them displays but show nothing:
    /// bidi embeddings, overrides, isolates and marks, and the BOM. ZWJ and
    /// ZWNJ stay: Arabic and Persian spelling uses them.
    package static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
