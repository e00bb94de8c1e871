/// Text from the input made harmless on a terminal: every control
/// character (ESC, BEL, CR, C1 controls …) and every bidi embedding,
/// override or isolate is written as a visible `\u{…}` escape, so that
/// an id or a file name cannot clear the screen, set the window title,
/// forge a line or reverse the rest of it.
///
///     TerminalText.visible("esc.jsonl:1 (\u{1B}]0;PWNED\u{07})")
///     // "esc.jsonl:1 (\u{1B}]0;PWNED\u{07})" with the backslashes literal
public enum TerminalText {
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

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
            || StatementTable.isBidiControl(scalar)
    }
}
