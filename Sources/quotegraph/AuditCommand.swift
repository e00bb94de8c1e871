import ArgumentParser
import Attribution
import Audit
import Corpus
import Foundation
import Graph
import QuoteGraphCore

/// `quotegraph audit`: how much of each article rests on anonymous or vague
/// sources, and whether they come with a reason and a basis.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: AuditHelp.abstract,
        discussion: AuditHelp.discussion
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
        try usage { try AnonymityThreshold.validate(failAbove: failAbove, showArticles: showArticles) }
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
            try await run.run(processing: { AuditedArticle(auditing: $0, with: auditor) },
                              emit: { collector.add($0) })
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

    /// The quote graph for the HTML report (`AuditReport.graphSource`); a
    /// report without a graph is better than none.
    private func drawGraph(into report: inout AuditReport) async {
        guard let (documents, top) = report.graphSource else { return }
        do {
            let data = try await renderGraph(of: documents, format: .svg,
                                             options: GraphOptions(top: top, legend: true))
            if let refusal = report.attachGraph(svg: String(decoding: data, as: UTF8.self), top: top) {
                Diagnostics.warning("the quote graph is left out of the report: \(refusal)")
            }
        } catch {
            Diagnostics.warning("the quote graph could not be drawn, the report has none: \(error)")
        }
    }
}

extension AuditGrouping: ExpressibleByArgument {}
extension AuditFormat: ExpressibleByArgument {}
