/// Text from the input on one line, as the reports quote it.
///
///     ReportText.oneLine("a\nb")   // "a b"
package enum ReportText {
    /// One line, controls as spaces, at most `limit` characters.
    package static func oneLine(_ s: String, limit: Int = 200) -> String {
        let flat = String(String.UnicodeScalarView(s.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
