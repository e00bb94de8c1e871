import Foundation

/// What the terminal views (`analyze --format table`, the tables of `audit`
/// and `compare`) need to know about the terminal: its width, how wide a
/// text is drawn, and whether to use Unicode isolates.
///
/// Isolates (FSI U+2068 … PDI U+2069) keep a right-to-left value one unit
/// inside a left-to-right line, but some terminals and fonts draw them as
/// boxes. `QUOTEGRAPH_ISOLATES=0` (or `off`, `no`, `false`) turns them off
/// everywhere text goes to a terminal view.
///
///     TerminalText.cut("المشاركين في الاجتماع تبادلوا وجهات النظر", toWidth: 24)
///     // "المشاركين في الاجتماع …"
///     TerminalText.displayWidth("قالَ")   // 3: the fatha takes no cell
///
/// It also makes text from the input harmless on a terminal (`visible`).
public enum TerminalText {
    /// False when `QUOTEGRAPH_ISOLATES` says off.
    public static let isolatesEnabled: Bool = isolates(from: ProcessInfo.processInfo.environment)

    package static func isolates(from environment: [String: String]) -> Bool {
        guard let value = environment["QUOTEGRAPH_ISOLATES"]?.lowercased() else { return true }
        return !["0", "off", "no", "false"].contains(value)
    }

    /// The width to fit standard output to when it is a terminal: `COLUMNS`
    /// when set to a number, else the terminal's own; nil for a pipe or a
    /// file (nothing to fit: the text is given whole).
    public static func standardOutputWidth(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Terminal cells `text` takes: one per scalar, none for combining marks
    /// (Arabic diacritics) and invisible format characters (isolates, ZWJ).
    public static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    private static func cells(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: 0
        default: scalar.properties.isEmojiPresentation || isWide(scalar) ? 2 : 1
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6: true
        default: false
        }
    }

    /// `text` cut on a space so that it and « …» fit in `width` cells; the
    /// text itself when it fits. At least one word is kept.
    public static func cut(_ text: String, toWidth width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        let budget = max(1, width - 2)
        var kept = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = displayWidth(word) + (kept.isEmpty ? 0 : 1)
            if used + w > budget, !kept.isEmpty { break }
            kept += (kept.isEmpty ? "" : " ") + word
            used += w
            if used > budget { break }
        }
        return kept + " …"
    }

    /// Text from the input made harmless on a terminal: every control
    /// character (ESC, BEL, CR, C1 controls …) and every bidi embedding,
    /// override or isolate is written as a visible `\u{…}` escape, so that
    /// an id or a file name cannot clear the screen, set the window title,
    /// forge a line or reverse the rest of it.
    ///
    ///     TerminalText.visible("esc.jsonl:1 (\u{1B}]0;PWNED\u{07})")
    ///     // "esc.jsonl:1 (\u{1B}]0;PWNED\u{07})" with the backslashes literal
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
            || BidiText.isBidiControl(scalar)
    }
}
