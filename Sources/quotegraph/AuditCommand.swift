import ArgumentParser
import Attribution
import Foundation
import QuoteGraph

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

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file instead of standard output; it appears only when complete.",
                               valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-above"),
            help: ArgumentHelp("Exit with status 2 when any article's anonymous share is above this ratio (0 to 1).",
                               valueName: "ratio"))
    var failAbove: Double?

    @Option(name: .customLong("show-articles"),
            help: ArgumentHelp("Articles shown in place in markdown and html reports (the most flagged).",
                               valueName: "n"))
    var showArticles = 50

    func validate() throws {
        if let output, output.isEmpty {
            throw ValidationError("the output file name is empty")
        }
        if let failAbove, !(failAbove >= 0 && failAbove <= 1) {
            throw ValidationError("--fail-above must be a ratio from 0 to 1, not \(failAbove)")
        }
        if showArticles < 0 {
            throw ValidationError("--show-articles must be 0 or more, not \(showArticles)")
        }
    }

    func run() async throws {
        let reader = try InputReader(paths: input.inputs)
        var collector = AuditCollector(grouping: by, shownLimit: showArticles)
        var report: AuditReport?
        try await OutputTarget.write(to: output, reader: reader) { sink in
            var run = AuditRun(reader: reader)
            run.jobs = input.jobs
            try await run.run { audit, text, analysed in
                collector.add(audit, text: text, analysed: analysed)
            }
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
        } catch {
            Diagnostics.warning("the quote graph could not be drawn, the report has none: \(error)")
        }
    }
}

extension AuditGrouping: ExpressibleByArgument {}
extension AuditFormat: ExpressibleByArgument {}

/// Reads every input, analyses and audits it, handing results on in input
/// order. Like `AnalysisRun`, but the audit needs each article's text too,
/// and it is done on the worker threads along with the analysis (and the
/// parsing of corpus lines).
///
/// Up to `inFlight` documents are worked on at once (`--jobs`: four per
/// worker, one at a time with `--jobs 1`), a new one starting as soon as
/// any finishes (no batch waits for its slowest article); results, skipped
/// lines included, are handed on in input order. Reading stays
/// sequential, so a corpus streams.
struct AuditRun {
    let reader: InputReader
    var auditor = ArticleAuditor()
    var jobs = AnalysisRun.defaultJobs
    var inFlight: Int { jobs <= 1 ? 1 : 4 * jobs }
    var shownSkips = 20

    typealias Result = (audit: ArticleAudit, text: String, analysed: AnalyzedDocument)

    enum Outcome: Sendable {
        case audited(ArticleAudit, text: String, analysed: AnalyzedDocument)
        case skipped(SkippedDocument)
    }

    @discardableResult
    func run(_ emit: (ArticleAudit, String, AnalyzedDocument) throws -> Void) async throws -> AnalysisRun.Summary {
        let progress = ProgressReporter()
        defer { progress.clear() }
        let documents = reader.makeIterator()
        var summary = AnalysisRun.Summary()
        let auditor = self.auditor
        let limit = inFlight

        try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0            // index of the next document read
            var emitted = 0         // index of the next result to hand on
            var running = 0
            var done: [Int: Outcome] = [:]

            func handle(_ outcome: Outcome) throws {
                switch outcome {
                case .audited(let audit, let text, let analysed):
                    try emit(audit, text, analysed)
                    summary.documents += 1
                case .skipped(let skipped):
                    summary.skipped += 1
                    if summary.skipped <= shownSkips {
                        progress.clear()
                        Diagnostics.warning(skipped.description)
                    } else if summary.skipped == shownSkips + 1 {
                        progress.clear()
                        Diagnostics.warning("further skipped lines are counted but not shown")
                    }
                }
            }

            func collect() async throws {
                guard let (index, outcome) = try await group.next() else { return }
                running -= 1
                done[index] = outcome
                while let ready = done.removeValue(forKey: emitted) {
                    try handle(ready)
                    emitted += 1
                }
                progress.update(documents: summary.documents, skipped: summary.skipped)
            }

            while let pending = try documents.nextPending() {
                let index = next
                next += 1
                group.addTask {
                    switch pending.resolve() {
                    case .document(let document):
                        let (audit, analysed) = auditor.audit(document)
                        return (index, .audited(audit, text: document.text, analysed: analysed))
                    case .skipped(let skipped):
                        return (index, .skipped(skipped))
                    }
                }
                running += 1
                if running >= limit { try await collect() }
            }
            while running > 0 { try await collect() }
        }

        if summary.documents == 0 {
            throw RunError("no documents to audit: all \(summary.skipped) corpus lines were skipped")
        }
        if summary.skipped > 0 {
            progress.clear()
            Diagnostics.warning("skipped \(summary.skipped) of \(summary.documents + summary.skipped) documents")
        }
        return summary
    }
}
