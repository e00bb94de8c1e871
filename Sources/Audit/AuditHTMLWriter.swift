import Attribution
import Foundation
import Plot

/// `--format html`: one self-contained page (styles inline, no scripts, no
/// external resources): the summary, the table by article or outlet, the
/// statements to review, the quote graph as inline SVG, then each shown
/// article with cue, speaker and content marked in place.
///
/// Every piece of text from the input goes through Plot's `.text`, which
/// escapes it; attribute values are only constants and generated ids,
/// because Plot does not escape attributes. The one raw insertion is the
/// SVG that Graphviz drew (it escapes the labels it writes), cut to its
/// `<svg>` element and refused, with a note in its place, if one of its
/// tags could run a script.
///
/// Text is shown as written: Plot's `.text` escapes `<` and `>` but keeps
/// character references, so `&` is escaped first (`.literal`), and an
/// article saying `&lt;script&gt;` shows `&lt;script&gt;`, not `<script>`.
/// English labels read left to right; every Arabic block is marked
/// `dir="rtl" lang="ar"`.
public struct AuditHTMLWriter {
    public init() {}

    public func write(_ report: AuditReport) -> String {
        let html = HTML(
            .lang(.english),
            .head(
                .encoding(.utf8),
                .title("quotegraph — anonymous-source audit"),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .style(Self.css)
            ),
            .body(
                .h1("Anonymous-source audit"),
                summary(report),
                groupTable(report),
                reviewSection(report),
                graphSection(report),
                articlesSection(report),
                .element(named: "footer", nodes: [
                    .literal("Made by quotegraph audit. Criteria: AP, Reuters, NYT and BBC rules on anonymous sources; "
                          + "phrases from anonymity.tsv."),
                ])
            )
        )
        return html.render(indentedBy: nil) + "\n"
    }

    // MARK: - Sections

    private func summary(_ report: AuditReport) -> Node<HTML.BodyContext> {
        let t = report.total
        func card(_ value: String, _ label: String, alert: Bool = false) -> Node<HTML.BodyContext> {
            .div(.class(alert ? "card alert" : "card"),
                 .div(.class("value"), .literal(value)),
                 .div(.class("label"), .literal(label)))
        }
        return .section(
            .class("summary"),
            .h2("Summary"),
            .div(.class("cards"),
                 card(String(t.articles), "articles"),
                 card(String(t.statements), "statements"),
                 card(AuditNumber.percent(t.anonymousShare), "from anonymous or vague speakers",
                      alert: (t.anonymousShare ?? 0) > 0.25),
                 card(AuditNumber.fraction(t.hiddenQuotations, t.quotations), "quotations from hidden speakers"),
                 card(AuditNumber.fraction(t.headlinesHidden, t.headlinesWithStatements), "headlines on a hidden source"),
                 card(AuditNumber.fraction(t.leadsHidden, t.leadsWithStatements), "leads on a hidden source"),
                 card(String(t.hiddenWithNeither), "hidden statements with no reason and no basis",
                      alert: t.hiddenWithNeither > 0),
                 card(String(t.articlesHiddenMajority), "articles where hidden outnumber on-the-record")),
            .p(.literal("Of the \(t.hidden) anonymous or vague statements, \(t.hiddenWithReason) give a reason for "
                     + "the anonymity (\(t.hiddenFormulaOnly) of them only «asked not to be named»), "
                     + "\(t.hiddenWithBasis) say how the source knows, and \(t.hiddenWithNeither) give neither. "
                     + "Statements by anonymity class: named \(t.classes.named), role \(t.classes.role), "
                     + "anonymous \(t.classes.anonymous), vague \(t.classes.vague)."))
        )
    }

    private func groupTable(_ report: AuditReport) -> Node<HTML.BodyContext> {
        let limit = 500
        let headers = [report.grouping.rawValue, "articles", "statements", "named", "role", "anonymous", "vague",
                       "hidden share", "hidden quotes", "headline", "lead", "reason", "basis", "neither",
                       "hidden > named"]
        return .section(
            .h2(.literal("By \(report.grouping.rawValue)")),
            .div(.class("scroll"),
                 .table(
                    .class("groups"),
                    .thead(.tr(.forEach(headers) { .th(.literal($0)) })),
                    .tbody(
                        .forEach(report.groups.prefix(limit)) { groupRow($0, total: false) },
                        groupRow(report.total, total: true)
                    ))),
            .if(report.groups.count > limit,
                .p(.class("note"), .literal("\(report.groups.count - limit) more rows: see --format csv."))),
            .p(.class("note"), .literal("Headline, lead and hidden quotes: hidden / all that have a statement. "
                                     + "Reason, basis, neither: anonymous or vague statements. Hidden > named: "
                                     + "articles where anonymous and vague statements outnumber named and role ones."))
        )
    }

    private func groupRow(_ g: GroupAudit, total: Bool) -> Node<HTML.TableContext> {
        let r = GroupRow(group: g)
        let share = g.anonymousShare ?? 0
        let numbers = [String(g.articles), String(g.statements),
                       AuditNumber.percent(g.share(of: .named)), AuditNumber.percent(g.share(of: .role)),
                       AuditNumber.percent(g.share(of: .anonymous)), AuditNumber.percent(g.share(of: .vague))]
        let rest = [r.quotes, r.headline, r.lead, String(g.hiddenWithReason), String(g.hiddenWithBasis),
                    String(g.hiddenWithNeither), String(g.articlesHiddenMajority)]
        return .tr(
            .class(total ? "total" : "row"),
            .td(.attribute(named: "dir", value: "auto"), .literal(total ? "all" : g.key)),
            .forEach(numbers) { .td(.class("num"), .literal($0)) },
            .td(.class(share > 0.5 ? "num high" : share > 0.25 ? "num mid" : "num"),
                .literal(AuditNumber.percent(g.anonymousShare))),
            .forEach(rest) { .td(.class("num"), .literal($0)) }
        )
    }

    private func reviewSection(_ report: AuditReport) -> Node<HTML.BodyContext> {
        let review = report.review
        let limit = 1000
        return .section(
            .id("review"),
            .h2(.literal("Statements to review (\(review.count))")),
            .p(.class("note"), .literal("Each statement by an anonymous or vague speaker, with what it lacks. "
                                     + "A reason for anonymity: why the source is not named. A basis: how "
                                     + "the source knows. «Asked not to be named» alone is a weak reason.")),
            .if(review.isEmpty, .p(.literal("No anonymous or vague statements."))),
            .ul(.class("review"), .forEach(review.prefix(limit)) { item in
                .li(
                    .div(.class("meta"),
                         .span(.class("id"), .literal("\(item.article) · \(item.statement)")),
                         .span(.class("badge \(item.anonymity.rawValue)"), .literal(item.anonymity.rawValue)),
                         .span(.class("speaker"), .attribute(named: "dir", value: "rtl"),
                               .attribute(named: "lang", value: "ar"), .literal(item.speaker)),
                         .forEach(item.issues) { issue in
                             .span(.class(issue.isFailure ? "issue fail" : "issue"), .literal(issue.label))
                         },
                         .unwrap(item.reasonPhrase) { .span(.class("found"), .literal("reason: «\($0)»")) },
                         .unwrap(item.basisPhrase) { .span(.class("found"), .literal("basis: «\($0)»")) }),
                    .blockquote(.attribute(named: "dir", value: "rtl"), .attribute(named: "lang", value: "ar"),
                                .literal(item.sentence))
                )
            }),
            .if(review.count > limit,
                .p(.class("note"), .literal("… and \(review.count - limit) more: see --format json or csv.")))
        )
    }

    private func graphSection(_ report: AuditReport) -> Node<HTML.BodyContext> {
        guard report.graphSVG != nil else { return .empty }
        guard let svg = report.graphSVG.flatMap(Self.inlineSVG) else {
            return .section(
                .id("graph"),
                .h2("Who is quoted"),
                .p(.class("note"), .literal("The quote graph is left out: \(Self.graphRefusal(report) ?? "it cannot be inlined")."))
            )
        }
        return .section(
            .id("graph"),
            .h2("Who is quoted"),
            .p(.class("note"), .literal(graphNote(report))),
            .div(.class("graph"), .raw(svg))
        )
    }

    private func graphNote(_ report: AuditReport) -> String {
        var note = report.articles.count > report.shown.count
            ? "Speakers of the \(report.shown.count) articles shown below, not of all \(report.articles.count)."
            : "Speakers of all \(report.articles.count) articles."
        if let top = report.graphTop { note += " The \(top) quoted most." }
        return note + " Articles cite speakers; a speaker relaying another cites it."
    }

    private func articlesSection(_ report: AuditReport) -> Node<HTML.BodyContext> {
        .section(
            .id("articles"),
            .h2("Articles in context"),
            .if(report.articles.count > report.shownLimit,
                .p(.class("note"), .literal("Only the \(report.shown.count) articles with the most flagged statements "
                                         + "are shown (at most \(report.shownLimit) of \(report.articles.count))."))),
            .p(.class("legend"),
               .literal("Marks: "),
               .element(named: "mark", nodes: [.class("cue"), .literal("cue")]), .literal(" "),
               .element(named: "mark", nodes: [.class("speaker"), .literal("named or role speaker")]), .literal(" "),
               .element(named: "mark", nodes: [.class("speaker hidden"), .literal("anonymous or vague speaker")]),
               .literal(" "),
               .element(named: "mark", nodes: [.class("content"), .literal("content")]), .literal(" "),
               .element(named: "mark", nodes: [.class("content hidden"), .literal("content from a hidden speaker")])),
            .forEach(report.shown) { article($0) }
        )
    }

    private func article(_ shown: ShownArticle) -> Node<HTML.BodyContext> {
        let a = shown.audit
        let markup = InPlaceMarkup(text: shown.text, document: shown.analysed)
        return .element(named: "article", nodes: [
            .h3(.span(.class("id"), .literal(a.id)),
                .unwrap(a.title) { .span(.class("title"), .attribute(named: "dir", value: "rtl"),
                                         .attribute(named: "lang", value: "ar"), .literal($0)) }),
            .p(.class("meta"),
               .literal("\(a.statements) statements, \(a.hidden) from anonymous or vague speakers "
                     + "(\(AuditNumber.percent(a.anonymousShare)))"),
               .unwrap(a.outlet) { .literal(" · \($0)") }),
            .div(.class("text"), .attribute(named: "dir", value: "rtl"), .attribute(named: "lang", value: "ar"),
                 .forEach(markup.paragraphs) { paragraph in
                     .p(.forEach(paragraph) { run in Self.node(run) })
                 }),
        ])
    }

    private static func node(_ run: InPlaceMarkup.Run) -> Node<HTML.BodyContext> {
        let hidden = run.hidden ? " hidden" : ""
        switch run.mark {
        case .none: return .literal(run.text)
        case .cue: return .element(named: "mark", nodes: [.class("cue" + hidden), .literal(run.text)])
        case .speaker: return .element(named: "mark", nodes: [.class("speaker" + hidden), .literal(run.text)])
        case .content: return .element(named: "mark", nodes: [.class("content" + hidden), .literal(run.text)])
        }
    }

    /// Graphviz's SVG document cut to its `<svg>` element (no XML prolog or
    /// doctype, which cannot stand inside HTML), or nil if it holds
    /// anything that could run (`SVGScriptCheck`: real tags and attributes
    /// only, not the labels' text).
    static func inlineSVG(_ svg: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        let element = String(svg[start.lowerBound...])
        return SVGScriptCheck.risk(in: element) == nil ? element : nil
    }

    /// Why the quote graph cannot be shown, or nil when it can (or there is none).
    public static func graphRefusal(_ report: AuditReport) -> String? {
        guard let svg = report.graphSVG else { return nil }
        guard let start = svg.range(of: "<svg") else { return "Graphviz's output holds no <svg> element" }
        return SVGScriptCheck.risk(in: String(svg[start.lowerBound...])).map { "its SVG holds \($0)" }
    }

    static let css = """
    :root { --anon: #b3261e; --anon-bg: #fde2df; --named: #1d4ed8; --named-bg: #dbeafe; --cue: #6b21a8; \
    --content-bg: #fef9c3; --content-hidden-bg: #fde68a; --muted: #555; }
    body { font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 2rem auto; \
    max-width: 70rem; padding: 0 1rem; color: #111; line-height: 1.5; }
    h1 { margin-bottom: .2rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.5rem; }
    .cards { display: flex; flex-wrap: wrap; gap: .8rem; }
    .card { border: 1px solid #ccc; border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; background: #fafafa; }
    .card .value { font-size: 1.6rem; font-weight: 700; } .card .label { font-size: .85rem; color: var(--muted); }
    .card.alert { border-color: var(--anon); background: var(--anon-bg); } .card.alert .value { color: var(--anon); }
    .scroll { overflow-x: auto; }
    table.groups { border-collapse: collapse; font-size: .9rem; }
    table.groups th, table.groups td { border: 1px solid #ddd; padding: .25rem .5rem; }
    table.groups th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.mid { background: #fff3cd; } td.high { background: var(--anon-bg); color: var(--anon); font-weight: 700; }
    tr.total td { font-weight: 700; border-top: 2px solid #999; }
    .note, .meta { color: var(--muted); font-size: .9rem; }
    ul.review { list-style: none; padding: 0; } ul.review li { border-left: 4px solid var(--anon); \
    padding: .3rem .8rem; margin: .8rem 0; background: #fcfcfc; }
    ul.review .meta span { margin-right: .5rem; }
    .badge { border-radius: 4px; padding: 0 .4rem; color: #fff; font-size: .8rem; }
    .badge.anonymous { background: var(--anon); } .badge.vague { background: #9a3412; }
    .issue { border: 1px solid #999; border-radius: 4px; padding: 0 .3rem; font-size: .8rem; }
    .issue.fail { border-color: var(--anon); color: var(--anon); } .found { font-size: .8rem; color: #166534; }
    blockquote { margin: .3rem 0; font-size: 1.1rem; }
    [lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; }
    .speaker[lang="ar"] { font-weight: 700; }
    .graph { overflow: auto; border: 1px solid #ddd; padding: .5rem; }
    .graph svg { max-width: 100%; height: auto; }
    article { border: 1px solid #ddd; border-radius: 8px; padding: .5rem 1.2rem; margin: 1.2rem 0; }
    article h3 .id { color: var(--muted); font-size: .9rem; margin-right: .8rem; }
    article .text { font-size: 1.15rem; line-height: 2; }
    mark { background: none; color: inherit; padding: 0 .1rem; border-radius: 3px; }
    mark.cue { color: var(--cue); font-weight: 700; text-decoration: underline; }
    mark.speaker { background: var(--named-bg); color: var(--named); font-weight: 700; }
    mark.speaker.hidden { background: var(--anon); color: #fff; }
    mark.content { background: var(--content-bg); }
    mark.content.hidden { background: var(--content-hidden-bg); border-bottom: 2px dotted var(--anon); }
    mark.cue.hidden { color: var(--anon); }
    .legend mark { margin: 0 .2rem; }
    footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
    """
}

extension Node {
    /// Text shown exactly as written, `&lt;` included: Plot's `.text`
    /// escapes `<` and `>` but passes character references through.
    static func literal(_ text: String) -> Node {
        .text(text.replacingOccurrences(of: "&", with: "&amp;"))
    }
}
