import Attribution

/// Where a gold attribution is in its article, as `shared/eval/GUIDELINES.md`
/// writes it: an `anchor` that begins with the cue and runs on a few words
/// until it occurs once, or, when the line ends first, `n`: which of its
/// occurrences (1-based, counted as Python's `re.finditer` does: left to
/// right, not overlapping) is meant.
///
///     GoldAnchor(text: "وقال الكرملين إن … وقال مصدر", cue: TextSpan(0, 4))
///     // anchor "وقال الكرملين", n nil
public struct GoldAnchor: Sendable, Hashable {
    public var anchor: String
    public var cue: String
    public var n: Int?

    /// Words the anchor may run on after the cue before `n` is used instead.
    static let maximumWords = 12

    /// Nil when the cue is empty, out of the text, or crosses a line break.
    public init?(scalars: [Unicode.Scalar], cue span: TextSpan) {
        guard span.start >= 0, span.end <= scalars.count, span.start < span.end else { return nil }
        let cue = Array(scalars[span.start..<span.end])
        guard !cue.contains(where: Self.isLineBreak), !cue.allSatisfy(\.properties.isWhitespace) else { return nil }
        var end = span.end
        var words = 0
        while true {
            let candidate = Array(scalars[span.start..<end])
            let hits = Self.occurrences(of: candidate, in: scalars)
            if hits == [span.start] || words >= Self.maximumWords || end >= scalars.count
                || Self.isLineBreak(scalars[end]) {
                guard let k = hits.firstIndex(of: span.start) else { return nil }
                self.anchor = Self.string(candidate)
                self.cue = Self.string(cue)
                self.n = hits.count == 1 ? nil : k + 1
                return
            }
            // One more word: the blanks, then the word, up to the line's end.
            while end < scalars.count, scalars[end].properties.isWhitespace, !Self.isLineBreak(scalars[end]) { end += 1 }
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            words += 1
        }
    }

    /// Starts of the non-overlapping occurrences of `needle`, left to right.
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var hits: [Int] = []
        var i = 0
        let first = needle[0]
        while i + needle.count <= haystack.count {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) {
                hits.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return hits
    }

    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}" || s == "\u{0B}" || s == "\u{0C}"
            || s == "\u{1C}" || s == "\u{1D}" || s == "\u{1E}"
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
