import Foundation

/// An `application/x-www-form-urlencoded` body (the correction forms), or
/// a URL query: names to values, `+` as a space, percent-escapes decoded.
///
///     FormFields("kind=wrong-speaker&speaker=%D9%85%D8%B5%D8%AF%D8%B1+%D9%85%D8%B7%D9%84%D8%B9")["speaker"]
///     // "مصدر مطلع"
struct FormFields {
    private(set) var pairs: [(String, String)] = []

    init(_ body: String) {
        for piece in body.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) -> String in
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            pairs.append((decode(kv[0]), kv.count > 1 ? decode(kv[1]) : ""))
        }
    }

    /// The first value, trimmed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard let value = pairs.first(where: { $0.0 == name })?.1 else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
