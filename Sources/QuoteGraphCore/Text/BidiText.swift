/// Right-to-left text inside left-to-right lines: the isolates around an
/// Arabic value, and the bidi controls that must not come from the input.
///
///     BidiText.isolate("مصدر مطلع")        // "\u{2068}مصدر مطلع\u{2069}"
///     BidiText.isolate("Reuters\u{202E}")  // "Reuters" (the override dropped)
///
/// Shared by the table of `analyze`, the audit and comparison tables, the
/// SVG writer and `TerminalText`.
package enum BidiText {
    /// Wraps right-to-left text in FSI … PDI; left-to-right text is left
    /// alone. Line breaks and other controls (ESC among them, so that no
    /// terminal escape sequence gets through) become spaces, and the bidi
    /// embeddings, overrides and isolates (U+202A–202E, U+2066–2069) are
    /// dropped, so that a PDI in the value cannot close the isolate early
    /// nor an RLO reverse the rest of the line.
    package static func isolate(_ value: String) -> String {
        let flat = String(String.UnicodeScalarView(value.unicodeScalars.compactMap {
            if isBidiControl($0) { return nil }
            return $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        return TerminalText.isolatesEnabled && flat.unicodeScalars.contains(where: isRightToLeft)
            ? "\u{2068}\(flat)\u{2069}" : flat
    }

    /// Embeddings, overrides and isolates: U+202A–202E, U+2066–2069.
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    package static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1EE00...0x1EEFF: true
        default: false
        }
    }
}
