/// Decoding of HTML character references (`&amp;`, `&#1602;`, `&#x642;`).
///
/// Only the named entities that occur in news pages are listed; an unknown
/// one is left as written, so nothing is silently lost:
///
///     HTMLEntities.decode("«الشرق الأوسط» &amp; &quot;رويترز&quot; &#1602;")
///     // "«الشرق الأوسط» & \"رويترز\" ق"
package enum HTMLEntities {
    package static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{00A0}", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−", "middot": "·", "bull": "•",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{00AD}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×", "divide": "÷",
        "euro": "€", "pound": "£", "dollar": "$", "percnt": "%", "sect": "§", "para": "¶",
    ]

    /// Replaces every character reference in `text`.
    package static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (replacement, length) = reference(in: scalars, at: i) {
                out.append(contentsOf: replacement.unicodeScalars)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `start` (which holds `&`) and how many
    /// scalars it spans, or nil when it is not a known reference.
    package static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let limit = min(scalars.count, start + 34)
        guard let semicolon = (start + 1..<limit).first(where: { scalars[$0] == ";" }) else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
        let length = semicolon - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
            return (String(scalar), length)
        }
        if let named = named[body] ?? named[body.lowercased()] {
            return (named, length)
        }
        return nil
    }
}
