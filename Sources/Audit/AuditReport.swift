import Attribution
import QuoteGraphCore

/// How `quotegraph audit` groups its rows.
public enum AuditGrouping: String, Sendable, Codable, CaseIterable {
    case article, outlet
}

/// An article kept whole for the in-place view of the Markdown and HTML
/// reports: its text, its analysis and its audit.
public struct ShownArticle: Sendable {
    public var text: String
    public var analysed: AnalyzedDocument
    public var audit: ArticleAudit
    /// Position in the input, to show articles in input order.
    var index: Int
}

/// The whole audit of a run.
public struct AuditReport: Sendable {
    public var grouping: AuditGrouping
    public var total: GroupAudit
    /// One per article, or one per outlet (sorted by name, "unknown" last).
    public var groups: [GroupAudit]
    public var articles: [ArticleAudit]
    /// Articles for the in-place view: all when there are at most
    /// `shownLimit`, otherwise the `shownLimit` with the most flagged
    /// statements, in input order.
    public var shown: [ShownArticle]
    public var shownLimit: Int
    /// Articles with at least one anonymous or vague statement.
    public var flaggedArticles: Int
    /// The quote graph as inline SVG (HTML report), when drawn.
    public var graphSVG: String?
    /// Speakers kept in the drawn graph, when it was cut down.
    public var graphTop: Int?

    /// Every anonymous or vague statement, in input order.
    public var review: [ReviewItem] { articles.flatMap(\.review) }
}

/// Collects article audits as a run streams them and makes the report.
public struct AuditCollector {
    public let grouping: AuditGrouping
    public let shownLimit: Int
    private var articles: [ArticleAudit] = []
    private var groups: [String: GroupAudit] = [:]
    private var total = GroupAudit(key: "all")
    private var shown: [ShownArticle] = []
    private var flagged = 0

    /// The group of an article without an outlet.
    public static let unknownOutlet = "unknown"

    public init(grouping: AuditGrouping, shownLimit: Int = 50) {
        self.grouping = grouping
        self.shownLimit = shownLimit
    }

    /// Adds one article; `text` and `analysed` are kept only if it may be
    /// shown in place.
    public mutating func add(_ audit: ArticleAudit, text: String, analysed: AnalyzedDocument) {
        let index = articles.count
        articles.append(audit)
        total.add(audit)
        if grouping == .outlet {
            let key = audit.outlet.flatMap { $0.isEmpty ? nil : $0 } ?? Self.unknownOutlet
            groups[key, default: GroupAudit(key: key)].add(audit)
        }
        if audit.hidden > 0 { flagged += 1 }
        if articles.count <= shownLimit || audit.hidden > 0 {
            shown.append(ShownArticle(text: text, analysed: analysed, audit: audit, index: index))
            if shown.count - shownLimit > shownLimit { trimShown() }   // not 2 * shownLimit: --show-articles may be Int.max
        }
    }

    /// The most flagged articles first: failing statements, then share.
    private mutating func trimShown() {
        shown = shown.filter { $0.audit.hidden > 0 }
        shown.sort { a, b in
            let fa = a.audit.review.filter { !$0.failures.isEmpty }.count
            let fb = b.audit.review.filter { !$0.failures.isEmpty }.count
            if fa != fb { return fa > fb }
            let sa = a.audit.anonymousShare ?? 0, sb = b.audit.anonymousShare ?? 0
            return sa != sb ? sa > sb : a.index < b.index
        }
        shown = Array(shown.prefix(shownLimit))
    }

    public mutating func finish() -> AuditReport {
        if articles.count > shownLimit { trimShown() }
        shown.sort { $0.index < $1.index }
        let groupList: [GroupAudit]
        switch grouping {
        case .article:
            groupList = articles.map { article in
                var group = GroupAudit(key: article.id)
                group.add(article)
                return group
            }
        case .outlet:
            groupList = groups.values.sorted { a, b in
                if (a.key == Self.unknownOutlet) != (b.key == Self.unknownOutlet) { return b.key == Self.unknownOutlet }
                return Array(a.key.utf8).lexicographicallyPrecedes(Array(b.key.utf8))
            }
        }
        return AuditReport(grouping: grouping, total: total, groups: groupList, articles: articles,
                           shown: shown, shownLimit: shownLimit, flaggedArticles: flagged,
                           graphSVG: nil, graphTop: nil)
    }
}

/// `--fail-above RATIO`: the articles whose anonymous share is above it.
public struct AnonymityThreshold: Sendable {
    public var ratio: Double

    public init(_ ratio: Double) {
        self.ratio = ratio
    }

    /// Articles over the threshold (articles without statements never are).
    public func exceeding(_ articles: [ArticleAudit]) -> [ArticleAudit] {
        articles.filter { ($0.anonymousShare ?? 0) > ratio }
    }

    /// The one-line message for a failed check, or nil when all pass.
    public func failureMessage(_ articles: [ArticleAudit]) -> String? {
        let over = exceeding(articles)
        guard let worst = over.max(by: { ($0.anonymousShare ?? 0) < ($1.anonymousShare ?? 0) }) else { return nil }
        let noun = over.count == 1 ? "article has" : "articles have"
        return "\(over.count) \(noun) an anonymous share above \(AuditNumber.ratio(ratio)) "
            + "(highest: \(ReportText.oneLine(worst.id, limit: 80)) at \(AuditNumber.ratio(worst.anonymousShare ?? 0)))"
    }
}

/// Number formats shared by the writers.
enum AuditNumber {
    /// 0.4286 → "43%"; nil → "–".
    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// A ratio with up to four decimals, no trailing zeros: 0.5, 0.4286.
    static func ratio(_ value: Double) -> String {
        var s = String(Int((value * 10000).rounded()))
        while s.count < 5 { s = "0" + s }
        var whole = String(s.dropLast(4)), frac = String(s.suffix(4))
        while frac.hasSuffix("0") { frac.removeLast() }
        if whole.isEmpty { whole = "0" }
        return frac.isEmpty ? whole : "\(whole).\(frac)"
    }

    /// "hidden/with" for headline and lead columns, "–" when none.
    static func fraction(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(part)/\(whole)"
    }
}

extension AnonymityThreshold {
    /// `--fail-above` (a ratio, if given) and `--show-articles`, as the
    /// one-line message the command line shows.
    ///
    ///     try AnonymityThreshold.validate(failAbove: 0.5, showArticles: 50)
    public static func validate(failAbove: Double?, showArticles: Int) throws(RunError) {
        if let failAbove, !(failAbove >= 0 && failAbove <= 1) {
            throw RunError("--fail-above must be a ratio from 0 to 1, not \(failAbove)")
        }
        if showArticles < 0 {
            throw RunError("--show-articles must be 0 or more, not \(showArticles)")
        }
    }
}
