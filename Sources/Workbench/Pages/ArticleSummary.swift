import Attribution

/// One line of the workspace's article list: what the tables show without
/// keeping the text.
///
///     ArticleSummary(reviewed)   // headline, 17 statements, 7 hidden, 1 correction
struct ArticleSummary: Sendable {
    var id: String
    var headline: String
    var outlet: String?
    var date: String?
    var statements: Int
    var hidden: Int
    var corrections: Int

    init(_ reviewed: ReviewedArticle) {
        let a = reviewed.article
        id = a.id
        headline = a.headline
        outlet = a.outlet
        date = a.date
        let kept = reviewed.statements.filter { !$0.rejected && !$0.negated }
        statements = kept.count
        hidden = kept.filter(\.anonymity.isHidden).count
        corrections = reviewed.corrections.count
    }

    var hiddenShare: Double? { statements == 0 ? nil : Double(hidden) / Double(statements) }
}
