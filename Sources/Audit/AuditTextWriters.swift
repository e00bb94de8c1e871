import Attribution
import Foundation
import QuoteGraphCore

/// Output formats of `quotegraph audit`.
public enum AuditFormat: String, Sendable, CaseIterable {
    case table, json, csv, markdown, html
}

/// Writes a report in a format. HTML needs the graph (see `AuditHTMLWriter`).
public enum AuditWriter {
    public static func write(_ report: AuditReport, format: AuditFormat) -> String {
        switch format {
        case .table: AuditTableWriter().write(report)
        case .csv: AuditCSVWriter().write(report)
        case .json: AuditJSONWriter().write(report)
        case .markdown: AuditMarkdownWriter().write(report)
        case .html: AuditHTMLWriter().write(report)
        }
    }
}

/// Column values of one group row, shared by the table, CSV and Markdown.
struct GroupRow {
    let group: GroupAudit

    var headline: String { AuditNumber.fraction(group.headlinesHidden, group.headlinesWithStatements) }
    var lead: String { AuditNumber.fraction(group.leadsHidden, group.leadsWithStatements) }
    var quotes: String { AuditNumber.fraction(group.hiddenQuotations, group.quotations) }
}

// MARK: - Table

/// `--format table`: one row per article or outlet, numbers first and the
/// name last (Arabic names then cannot break the alignment), then the
/// total and, by article, the first statements to review.
public struct AuditTableWriter {
    public var reviewLimit = 20

    public init() {}

    static let columns = ["articles", "stmts", "named", "role", "anon", "vague", "hidden",
                          "hid.quotes", "headline", "lead", "reason", "basis", "neither", "hid>named"]

    public func write(_ report: AuditReport) -> String {
        var rows: [[String]] = [Self.columns + [report.grouping.rawValue]]
        for group in report.groups { rows.append(cells(group)) }
        rows.append(cells(report.total))
        var widths = [Int](repeating: 0, count: Self.columns.count)
        for row in rows { for i in widths.indices { widths[i] = max(widths[i], row[i].count) } }
        var out = ""
        for (n, row) in rows.enumerated() {
            if n == rows.count - 1 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
            let numbers = widths.indices.map { i in
                String(repeating: " ", count: widths[i] - row[i].count) + row[i]
            }
            out += numbers.joined(separator: "  ") + "  " + BidiText.isolate(row.last!) + "\n"
        }
        out += "\n" + summary(report)
        let review = report.review
        if report.grouping == .article, !review.isEmpty {
            out += "\nTo review (anonymous or vague statements):\n\n"
            for item in review.prefix(reviewLimit) {
                out += "  \(BidiText.isolate(item.article))/\(item.statement)  \(item.anonymity.rawValue)  "
                    + "\(BidiText.isolate(ReportText.oneLine(item.speaker, limit: 80)))\n"
                out += "      \(item.issues.map(\.label).joined(separator: "; "))\n"
                out += "      \(BidiText.isolate(ReportText.oneLine(item.sentence, limit: 240)))\n\n"
            }
            if review.count > reviewLimit {
                out += "  … and \(review.count - reviewLimit) more: --format markdown, html, json or csv lists them all.\n"
            }
        }
        return out
    }

    func cells(_ group: GroupAudit) -> [String] {
        let row = GroupRow(group: group)
        return [String(group.articles), String(group.statements),
                AuditNumber.percent(group.share(of: .named)), AuditNumber.percent(group.share(of: .role)),
                AuditNumber.percent(group.share(of: .anonymous)), AuditNumber.percent(group.share(of: .vague)),
                AuditNumber.percent(group.anonymousShare), row.quotes, row.headline, row.lead,
                String(group.hiddenWithReason), String(group.hiddenWithBasis), String(group.hiddenWithNeither),
                String(group.articlesHiddenMajority), group.key]
    }

    func summary(_ report: AuditReport) -> String {
        let t = report.total
        return """
        \(t.articles) articles, \(t.statements) statements, \(t.hidden) (\(AuditNumber.percent(t.anonymousShare))) \
        from anonymous or vague speakers; of these \(t.hiddenWithReason) give a reason for anonymity \
        (\(t.hiddenFormulaOnly) only the formula), \(t.hiddenWithBasis) a basis of knowledge, \
        \(t.hiddenWithNeither) neither.
        hidden = anonymous + vague share of statements; hid.quotes, headline, lead = hidden/all; \
        reason, basis, neither = hidden statements; hid>named = articles where hidden statements \
        outnumber named and role ones.

        """
    }
}

// MARK: - CSV

/// `--format csv`: one row per article or outlet with every figure (RFC 4180).
public struct AuditCSVWriter {
    public init() {}

    public static let header = [
        "group", "outlet", "articles", "statements", "negated", "speakers",
        "named", "role", "anonymous", "vague",
        "named_share", "role_share", "anonymous_class_share", "vague_share", "anonymous_share",
        "quotations", "hidden_quotations", "hidden_quotation_share",
        "headlines_with_statements", "headlines_hidden", "leads_with_statements", "leads_hidden",
        "hidden", "hidden_with_reason", "hidden_formula_only", "hidden_with_basis", "hidden_with_neither",
        "articles_hidden_majority", "max_article_share", "max_share_article",
    ]

    public func write(_ report: AuditReport) -> String {
        var out = Self.header.joined(separator: ",") + "\r\n"
        let outlets = Dictionary(report.articles.map { ($0.id, $0.outlet ?? "") }, uniquingKeysWith: { a, _ in a })
        for group in report.groups {
            let outlet = report.grouping == .outlet ? group.key : outlets[group.key] ?? ""
            out += row(group, outlet: outlet)
        }
        return out
    }

    func row(_ g: GroupAudit, outlet: String) -> String {
        func r(_ v: Double?) -> String { v.map(AuditNumber.ratio) ?? "" }
        let fields: [String] = [
            g.key, outlet, String(g.articles), String(g.statements), String(g.negated), String(g.speakers),
            String(g.classes.named), String(g.classes.role), String(g.classes.anonymous), String(g.classes.vague),
            r(g.share(of: .named)), r(g.share(of: .role)), r(g.share(of: .anonymous)), r(g.share(of: .vague)),
            r(g.anonymousShare),
            String(g.quotations), String(g.hiddenQuotations), r(g.hiddenQuotationShare),
            String(g.headlinesWithStatements), String(g.headlinesHidden),
            String(g.leadsWithStatements), String(g.leadsHidden),
            String(g.hidden), String(g.hiddenWithReason), String(g.hiddenFormulaOnly),
            String(g.hiddenWithBasis), String(g.hiddenWithNeither),
            String(g.articlesHiddenMajority), r(g.maxShare), g.maxShareArticle ?? "",
        ]
        return fields.map(Self.quote).joined(separator: ",") + "\r\n"
    }

    /// Quotes a field when it holds a comma, a quote or a line break. A
    /// field starting with = + - @, a tab or a carriage return (which some
    /// spreadsheets skip before reading a formula) is prefixed with ' so
    /// that a spreadsheet does not run it: `\t=cmd` → `'\t=cmd`.
    static func quote(_ field: String) -> String {
        var value = field
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

// MARK: - JSON

/// `--format json`: the whole report. Each article carries its speakers and
/// its review list (`jq '.articles[].review[]'` lists every flagged statement).
public struct AuditJSONWriter {
    public init() {}

    struct Output: Encodable {
        var groupBy: AuditGrouping
        var definitions: [String: String]
        var total: GroupOutput
        var groups: [GroupOutput]
        var articles: [ArticleOutput]
    }

    struct GroupOutput: Encodable {
        var group: GroupAudit
        var shares: [String: Double?]

        init(_ group: GroupAudit) {
            self.group = group
            var shares: [String: Double?] = [:]
            for c in Anonymity.allCases { shares[c.rawValue] = group.share(of: c) }
            shares["anonymousOrVague"] = group.anonymousShare
            shares["hiddenQuotations"] = group.hiddenQuotationShare
            self.shares = shares
        }

        func encode(to encoder: Encoder) throws {
            try group.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(shares, forKey: Key("shares"))
        }
    }

    struct ArticleOutput: Encodable {
        var article: ArticleAudit

        func encode(to encoder: Encoder) throws {
            try article.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(article.anonymousShare, forKey: Key("anonymousShare"))
            try c.encode(article.hiddenOutnumberIdentified, forKey: Key("hiddenOutnumberIdentified"))
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func write(_ report: AuditReport) -> String {
        let output = Output(
            groupBy: report.grouping,
            definitions: AuditDefinitions.json,
            total: GroupOutput(report.total),
            groups: report.groups.map(GroupOutput.init),
            articles: report.articles.map(ArticleOutput.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// What each figure means, for the JSON and the reports.
enum AuditDefinitions {
    static let json: [String: String] = [
        "anonymousShare": "(statements whose speaker is anonymous or vague) / (all non-negated statements)",
        "hidden": "statements whose speaker is anonymous or vague",
        "quotations": "statements in direct or mixed form (quoted words)",
        "headline": "a headline rests on a hidden source when one of its statements has an anonymous or vague speaker",
        "lead": "the first paragraph after the headline (the first two sentences when the body is one line)",
        "hiddenWithReason": "hidden statements whose source is given a reason for anonymity, or at least the anonymity formula (طلب عدم الكشف عن اسمه)",
        "hiddenFormulaOnly": "hidden statements whose source has only the anonymity formula, no reason why",
        "hiddenWithBasis": "hidden statements whose source is given a basis of knowledge (مطلع على، شارك في الاجتماع …)",
        "hiddenWithNeither": "hidden statements with neither a reason (nor the formula) nor a basis",
        "articlesHiddenMajority": "articles where hidden statements outnumber named and role (on-the-record) ones",
        "speakers": "distinct speakers per article, summed over a group's articles",
    ]
}

// MARK: - Markdown

/// `--format markdown`: a report to read: the summary, the criteria, the
/// flagged statements, then each shown article with its statements marked
/// in place (cue **bold**, speaker _italic_, ⚠ before a hidden speaker,
/// content between ⟦ ⟧).
public struct AuditMarkdownWriter {
    public var reviewLimit = 500
    public var groupLimit = 500

    public init() {}

    public func write(_ report: AuditReport) -> String {
        let t = report.total
        var out = "# Anonymous-source audit\n\n"
        out += "**\(t.articles)** articles · **\(t.statements)** statements · "
            + "**\(AuditNumber.percent(t.anonymousShare))** from anonymous or vague speakers "
            + "(\(t.hidden)) · **\(report.flaggedArticles)** articles with at least one · "
            + "**\(t.articlesHiddenMajority)** where they outnumber on-the-record ones\n\n"
        out += "- Quotations from hidden speakers: \(AuditNumber.fraction(t.hiddenQuotations, t.quotations)) "
            + "(\(AuditNumber.percent(t.hiddenQuotationShare)))\n"
        out += "- Headlines resting on a hidden source: \(AuditNumber.fraction(t.headlinesHidden, t.headlinesWithStatements)) "
            + "headlines with a statement\n"
        out += "- Leads resting on a hidden source: \(AuditNumber.fraction(t.leadsHidden, t.leadsWithStatements)) "
            + "leads with a statement\n"
        out += "- Hidden statements with a reason for anonymity: \(t.hiddenWithReason) "
            + "(of which formula only: \(t.hiddenFormulaOnly)); with a basis of knowledge: \(t.hiddenWithBasis); "
            + "with neither: \(t.hiddenWithNeither)\n\n"

        out += "## By \(report.grouping.rawValue)\n\n"
        out += "| \(report.grouping.rawValue) | articles | statements | named | role | anonymous | vague | "
            + "hidden share | hidden quotes | headline | lead | reason | basis | neither | hidden > named |\n"
        out += "|---|" + String(repeating: "---:|", count: 14) + "\n"
        for group in report.groups.prefix(groupLimit) { out += row(group, key: Self.escape(group.key)) }
        out += row(report.total, key: "**all**")
        if report.groups.count > groupLimit {
            out += "\n\(report.groups.count - groupLimit) more rows: see --format csv.\n"
        }
        out += "\nHeadline, lead, hidden quotes: hidden / all with a statement. Reason, basis, neither: "
            + "counts of hidden statements. Hidden > named: articles where anonymous and vague statements "
            + "outnumber named and role ones.\n\n"

        let review = report.review
        out += "## Statements to review (\(review.count))\n\n"
        if review.isEmpty { out += "No anonymous or vague statements.\n\n" }
        for item in review.prefix(reviewLimit) {
            out += "- **\(Self.escape(item.article)) \(item.statement)** · \(item.anonymity.rawValue) · "
                + "\(Self.escape(item.speaker)) · \(item.issues.map(\.label).joined(separator: ", "))"
            if let phrase = item.reasonPhrase { out += " · reason: «\(Self.escape(phrase))»" }
            if let phrase = item.basisPhrase { out += " · basis: «\(Self.escape(phrase))»" }
            out += "\n\n  > \(Self.escape(ReportText.oneLine(item.sentence, limit: 700)))\n\n"
        }
        if review.count > reviewLimit {
            out += "… and \(review.count - reviewLimit) more (see --format json or html).\n\n"
        }

        out += "## Articles in context\n\n"
        if report.articles.count > report.shownLimit {
            out += "Only the \(report.shown.count) articles with the most flagged statements are shown "
                + "(at most \(report.shownLimit) of \(report.articles.count)).\n\n"
        }
        out += "Cue in **bold**, speaker in _italics_ (⚠ before an anonymous or vague one), content between ⟦ ⟧.\n\n"
        for article in report.shown {
            out += "### \(Self.escape(article.audit.id))"
            if let title = article.audit.title { out += " — \(Self.escape(ReportText.oneLine(title)))" }
            out += "\n\n"
            let a = article.audit
            out += "\(a.statements) statements, \(a.hidden) hidden (\(AuditNumber.percent(a.anonymousShare)))\n\n"
            for paragraph in InPlaceMarkup(text: article.text, document: article.analysed).paragraphs {
                out += "> " + paragraph.map(markdown).joined() + "\n>\n"
            }
            out += "\n"
        }
        return out
    }

    private func row(_ g: GroupAudit, key: String) -> String {
        let r = GroupRow(group: g)
        let cells = [key, String(g.articles), String(g.statements),
                     AuditNumber.percent(g.share(of: .named)), AuditNumber.percent(g.share(of: .role)),
                     AuditNumber.percent(g.share(of: .anonymous)), AuditNumber.percent(g.share(of: .vague)),
                     AuditNumber.percent(g.anonymousShare), r.quotes, r.headline, r.lead,
                     String(g.hiddenWithReason), String(g.hiddenWithBasis), String(g.hiddenWithNeither),
                     String(g.articlesHiddenMajority)]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    private func markdown(_ run: InPlaceMarkup.Run) -> String {
        let text = Self.escape(run.text)
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty, run.mark != .none else { return text }
        // Emphasis must hug its words: blanks stay outside the marks.
        let lead = text.prefix(while: { $0 == " " }), trail = String(text.reversed().prefix(while: { $0 == " " }))
        let marked: String
        switch run.mark {
        case .none: marked = core
        case .cue: marked = "**\(core)**"
        case .speaker: marked = run.hidden ? "⚠_\(core)_" : "_\(core)_"
        case .content: marked = "⟦\(core)⟧"
        }
        return lead + marked + trail
    }

    /// Backslash-escapes Markdown's ASCII punctuation and writes < > & as
    /// entities, so that text never becomes markup or raw HTML; line breaks
    /// become spaces (`MarkdownText.escape`).
    static func escape(_ s: String) -> String {
        MarkdownText.escape(s)
    }
}
