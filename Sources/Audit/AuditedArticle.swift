import Attribution

/// One article as the audit collects it from a run: its audit, its text
/// and its analysis (made on a worker, collected in input order).
///
///     let article = AuditedArticle(auditing: SourceDocument(id: "a", text: "وقال مصدر مطلع إن …"),
///                                  with: ArticleAuditor())
///     collector.add(article)
public struct AuditedArticle: Sendable {
    public let audit: ArticleAudit
    public let text: String
    public let analysed: AnalyzedDocument

    /// Analyses and audits `document`.
    public init(auditing document: SourceDocument, with auditor: ArticleAuditor) {
        (audit, analysed) = auditor.audit(document)
        text = document.text
    }
}

extension AuditCollector {
    public mutating func add(_ article: AuditedArticle) {
        add(article.audit, text: article.text, analysed: article.analysed)
    }
}
