import ArgumentParser
import Attribution
import Audit
import Foundation
import Graph

/// `quotegraph audit`: how much of each article rests on anonymous or vague
/// sources, and whether they come with a reason and a basis.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit anonymous and vague sources, per article or per outlet.",
        discussion: """
        For each article (or outlet): statements and speakers, the share of \
        statements by anonymity class (named, role, anonymous, vague), how many \
        quotations come from anonymous or vague speakers, whether the headline and \
        the lead rest on one, and whether each anonymous source is given a reason \
        for anonymity («لأنه غير مخول بالحديث لوسائل الإعلام») or a basis of \
        knowledge («مطلع على المحادثات»). Every anonymous or vague statement is \
        listed for review with its sentence and what it lacks.

        The anonymous share of an article is (statements by anonymous or vague \
        speakers) / (all statements, refusals such as «لم يعلق» not counted).

        Examples:
          quotegraph audit Samples/asharq-moscow-idlib.txt
          quotegraph audit ../shared/corpus/bench/articles.jsonl.gz --by outlet
          quotegraph audit Samples/ --format html -o out/audit.html
          quotegraph audit feed.jsonl --format csv -o audit.csv --fail-above 0.5

        Exit status: 0 done; 1 an input or output failure; 2 --fail-above: some \
        article's anonymous share is above the ratio (the report is still written); \
        64 a usage error.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Rows per article or per outlet (articles without an outlet: 'unknown').",
                               valueName: "article|outlet"))
    var by: AuditGrouping = .article

    @Option(help: ArgumentHelp("""
        table: for the terminal; json: everything, with the review list per article; \
        csv: one row per article or outlet; markdown, html: reports to read, with the \
        flagged statements and the articles marked in place (html: one self-contained \
        file with the quote graph).
        """, valueName: "format"))
    var format: AuditFormat = .table

    @OptionGroup var destination: OutputOptions
    var output: String? { destination.output }

    @Option(name: .customLong("fail-above"),
            help: ArgumentHelp("Exit with status 2 when any article's anonymous share is above this ratio (0 to 1).",
                               valueName: "ratio"))
    var failAbove: Double?

    @Option(name: .customLong("show-articles"), parsing: .unconditional,
            help: ArgumentHelp("Articles shown in place in markdown and html reports (the most flagged).",
                               valueName: "n"))
    var showArticles = 50

    func validate() throws {
        if let failAbove, !(failAbove >= 0 && failAbove <= 1) {
            throw ValidationError("--fail-above must be a ratio from 0 to 1, not \(failAbove)")
        }
        if showArticles < 0 {
            throw ValidationError("--show-articles must be 0 or more, not \(showArticles)")
        }
    }

    func run() async throws {
        let reader = try input.reader()
        var collector = AuditCollector(grouping: by, shownLimit: showArticles)
        var report: AuditReport?
        try await OutputTarget.write(to: output, reader: reader) { sink in
            var run = input.analysisRun(reader)
            run.task = "audit"
            let auditor = ArticleAuditor()
            // The audit needs each article's text as well as its analysis.
            try await run.run(processing: { document in
                let (audit, analysed) = auditor.audit(document)
                return AuditedArticle(audit: audit, text: document.text, analysed: analysed)
            }, emit: { article in
                collector.add(article.audit, text: article.text, analysed: article.analysed)
            })
            var collected = collector.finish()
            if format == .html {
                await drawGraph(into: &collected)
            }
            report = collected
            try sink.write(AuditWriter.write(collected, format: format))
        }
        guard let report else { return }
        if let failAbove, let message = AnonymityThreshold(failAbove).failureMessage(report.articles) {
            Diagnostics.error(message)
            Foundation.exit(2)
        }
    }

    /// The quote graph for the HTML report: of the articles shown in place
    /// (all of them when there are at most `--show-articles`), cut to the
    /// speakers quoted most when large. Graph building grows faster than
    /// linearly, so a 20,000-article corpus is not drawn whole; a report
    /// without a graph is better than none.
    private func drawGraph(into report: inout AuditReport) async {
        let documents = report.shown.map(\.analysed)
        guard !documents.isEmpty else { return }
        let speakers = documents.reduce(0) { $0 + $1.entities.count }
        let top: Int? = speakers > 60 ? 40 : nil
        do {
            let data = try await renderGraph(of: documents, format: .svg,
                                             options: GraphOptions(top: top, legend: true))
            report.graphSVG = String(decoding: data, as: UTF8.self)
            report.graphTop = top
            if let refusal = AuditHTMLWriter.graphRefusal(report) {
                Diagnostics.warning("the quote graph is left out of the report: \(refusal)")
            }
        } catch {
            Diagnostics.warning("the quote graph could not be drawn, the report has none: \(error)")
        }
    }
}

extension AuditGrouping: ExpressibleByArgument {}
extension AuditFormat: ExpressibleByArgument {}

/// One article as the audit collects it: its audit, text and analysis.
struct AuditedArticle: Sendable {
    let audit: ArticleAudit
    let text: String
    let analysed: AnalyzedDocument
}
