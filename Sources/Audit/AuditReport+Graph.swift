import Attribution

extension AuditReport {
    /// What the HTML report's quote graph is drawn from: the articles shown
    /// in place (all of them when there are at most `--show-articles`),
    /// and, when they have over 60 speakers, only the 40 quoted most. Graph
    /// building grows faster than linearly, so a 20,000-article corpus is
    /// not drawn whole. nil when no article is shown.
    ///
    ///     if let (documents, top) = report.graphSource { … draw them, then attachGraph(svg:top:) }
    public var graphSource: (documents: [AnalyzedDocument], top: Int?)? {
        let documents = shown.map(\.analysed)
        guard !documents.isEmpty else { return nil }
        let speakers = documents.reduce(0) { $0 + $1.entities.count }
        return (documents, speakers > 60 ? 40 : nil)
    }

    /// Puts the drawn graph in the report; returns why the HTML report
    /// leaves it out after all (`AuditHTMLWriter.graphRefusal`), if it does.
    public mutating func attachGraph(svg: String, top: Int?) -> String? {
        graphSVG = svg
        graphTop = top
        return AuditHTMLWriter.graphRefusal(self)
    }
}
