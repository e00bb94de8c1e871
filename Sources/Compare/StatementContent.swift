import Attribution

/// A statement with what `compare` needs of its content: the words as
/// written (for display) and their shingles (for matching), cut from the
/// article text by the content's Unicode-scalar offsets.
///
/// The analyser's `content.text` holds only the first words; two outlets'
/// versions of a claim usually differ there («، فضّل عدم ذكر اسمه، إن …»)
/// and agree further on, so the whole span is needed.
public struct StatementContent: Sendable, Hashable {
    /// The statement's id in its document.
    public var statement: String
    /// The content as written, whitespace collapsed.
    public var text: String
    /// Word-pair shingles of the content (`MatchingWords`).
    var shingles: Set<UInt64>
    /// Number of content words: short contents match by accident.
    var wordCount: Int

    /// The contents of `document`'s statements, refusals left out, from the
    /// `scalars` of its text, words reduced by `matching`.
    static func all(of document: AnalyzedDocument, scalars: [Unicode.Scalar], matching: MatchingWords) -> [StatementContent] {
        document.statements.compactMap { statement in
            guard !statement.negated else { return nil }
            let start = max(0, min(statement.content.start, scalars.count))
            let end = max(start, min(statement.content.end, scalars.count))
            let raw = String(String.UnicodeScalarView(scalars[start..<end]))
            let words = matching.words(raw)
            let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return StatementContent(statement: statement.id, text: text, shingles: MatchingWords.pairs(words),
                                    wordCount: words.count)
        }
    }
}
