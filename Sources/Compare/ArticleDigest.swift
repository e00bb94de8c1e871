import Attribution
import Foundation

/// One analysed article with what comparing it needs, computed once on the
/// worker that analysed it: its statements' contents, the shingles of its
/// whole text (for finding articles about the same event) and its day.
///
/// The article text itself is not kept: at corpus scale (20,000 articles)
/// only the statements' contents and the shingles are.
public struct ArticleDigest: Sendable {
    public var document: AnalyzedDocument
    /// Contents of the statements actually made, in document order.
    public var contents: [StatementContent]
    /// Word-pair shingles of title and text, for `SameStoryFinder`.
    var storyShingles: [UInt64]
    /// Days since 1970-01-01 of `ArticleDate`, when known.
    public var day: Int?

    /// The lexicon the article was read with: its names are compared by it.
    let lexicon: Lexicon

    /// Analyses `source` and digests it. `matching` (made once for a
    /// corpus) defaults to the analyser's lexicon.
    public init(analyzing source: SourceDocument, with analyzer: Analyzer = Analyzer(), matching: MatchingWords? = nil) {
        self.init(source: source, analyzed: analyzer.analyze(source),
                  matching: matching ?? MatchingWords(lexicon: analyzer.lexicon))
    }

    /// Digests `source` as `analyzed`, its words reduced by `matching`
    /// (built from the lexicon `analyzed` was made with).
    public init(source: SourceDocument, analyzed: AnalyzedDocument, matching: MatchingWords) {
        document = analyzed
        lexicon = matching.lexicon
        let scalars = Array(source.text.unicodeScalars)
        contents = StatementContent.all(of: analyzed, scalars: scalars, matching: matching)
        let words = matching.words((source.title ?? "") + "\n" + source.text)
        storyShingles = Array(MatchingWords.pairs(words)).sorted()
        day = ArticleDate.day(of: source)
    }

    public var id: String { document.id }

    /// The outlet, or «unknown».
    public var outlet: String {
        guard let outlet = document.outlet?.trimmingCharacters(in: .whitespacesAndNewlines), !outlet.isEmpty
        else { return "unknown" }
        return outlet
    }

    /// The content of statement `id`, if it made one.
    func content(of id: String) -> StatementContent? { contents.first { $0.statement == id } }
}
