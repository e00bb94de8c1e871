import Attribution
import Foundation
import QuoteGraphCore

/// The quote graph, drawn through the project's Graphviz path
/// (`exportGraph`), with one panel per speaker node listing what that
/// speaker said, each statement linked back into its article. Without
/// scripts every panel is shown, in the graph's order; with them, clicking
/// a node shows its panel alone (the SVG node's `<title>` is the DOT node
/// id, which the panel carries as `data-node`).
///
/// Large inputs are cut to the speakers quoted most: 40 when there are
/// more than 60, or `?top=N`.
///
///     GraphPage(graph: graph, svg: svg, articles: reviewed, top: 40, total: 312).render()
struct GraphPage {
    var graph: CitationGraph
    var svg: String?
    var problem: String?
    var articles: [ReviewedArticle]
    var top: Int?
    var totalSpeakers: Int
    var selection: [String]

    /// The default cut for large graphs.
    static func defaultTop(speakers: Int) -> Int? { speakers > 60 ? 40 : nil }

    func render() -> Markup {
        let byID = Dictionary(articles.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
        let speakers = graph.speakers.sorted { $0.statements != $1.statements ? $0.statements > $1.statements : $0.id < $1.id }
        let panels = speakers.map { node -> Markup in
            var items: [Markup] = []
            for reference in node.entities {
                guard let slash = reference.lastIndex(of: "/") else { continue }
                let doc = String(reference[..<slash]), entity = String(reference[reference.index(after: slash)...])
                guard let article = byID[doc] else { continue }
                for s in article.statements where s.original?.speaker.entity == entity {
                    let quote = s.content.map { article.text($0) } ?? ""
                    items.append("""
                    <li><a href="/articles/\(doc)#st-\(s.id)">\(article.article.headline)</a> — «\(s.cueText)»\
                    \(s.negated ? " (امتناع عن التعليق)" : "")\
                    \(quote.isEmpty ? Markup.empty : "<blockquote class=\"quote\">\(quote)</blockquote>")</li>
                    """)
                }
            }
            let aliases: Markup = node.aliases.isEmpty ? .empty
                : "<p class=\"meta\">يُكتب أيضاً: \(node.aliases.joined(separator: " | "))</p>"
            return """
            <section class="speaker-panel" id="node-\(node.id)" data-node="\(node.id)">
            <h3><span class="speaker-name">\(node.label)</span> \(SpeakerClass.badge(node.anonymity ?? .vague)) \
            <span class="kind">\(SpeakerClass.kind(node.kind ?? .unspecified))</span></h3>
            \(aliases)
            <p class="meta">\(node.statements) تصريحاً في \(node.documents.count) مقالاً</p>
            <ol>\(items)</ol>
            </section>
            """
        }
        let cut: Markup = top.map { "<p class=\"meta\">تُعرض أكثر \($0) متحدثين اقتباساً من أصل \(totalSpeakers).</p>" }
            ?? "<p class=\"meta\">كل المتحدثين (\(totalSpeakers)).</p>"
        let query = selection.map { "article=\($0)" }
        let drawing: Markup
        if let svg, let inline = Self.inlineSVG(svg) {
            drawing = "<div class=\"graph\" id=\"graph\">\(Markup(raw: inline))</div>"
        } else {
            drawing = PageLayout.message(problem ?? "تعذّر رسم الشبكة.", error: true)
        }
        let body: Markup = """
        <h1>شبكة الاقتباس</h1>
        <p class="meta">المقالات تقتبس المتحدثين؛ والمتحدث الذي ينقل عن غيره يشير إليه. انقر عقدة لترى تصريحات صاحبها.</p>
        \(cut)
        <form method="get" action="/graph" class="inline">
        \(selection.map { "<input type=\"hidden\" name=\"article\" value=\"\($0)\">" as Markup })
        <label>عدد المتحدثين <input type="number" name="top" min="1" max="500" value="\(top.map(String.init) ?? "")"></label>
        <button type="submit">أعد الرسم</button>
        <a href="/api/graph?\((query + ["format=svg"]).joined(separator: "&"))">SVG</a> ·
        <a href="/api/graph?\((query + ["format=dot"]).joined(separator: "&"))">DOT</a> ·
        <a href="/api/graph?\((query + ["format=json"]).joined(separator: "&"))">JSON</a>
        </form>
        \(drawing)
        <h2 id="speakers">المتحدثون</h2>
        <p class="meta" id="panel-hint">اختر متحدثاً من الشبكة.</p>
        <div class="panels">\(panels)</div>
        """
        return PageLayout.page(title: "شبكة الاقتباس", current: .graph, body: body)
    }

    /// Graphviz's SVG cut to its `<svg>` element, or nil if any of its
    /// tags holds anything that could run. Graphviz escapes the labels it
    /// writes (`<` as `&lt;`), so text between tags is only text: the
    /// check reads the tags alone, and an article quoting «onload=» still
    /// gets its graph.
    static func inlineSVG(_ svg: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        let element = String(svg[start.lowerBound...])
        let tags = element.replacingOccurrences(of: #">[^<]*<"#, with: "><", options: .regularExpression).lowercased()
        for risky in ["<script", "javascript:", "<foreignobject", "<iframe", "<use", "href=\"http", "<image"] where tags.contains(risky) {
            return nil
        }
        // Event-handler attributes, by name: quoted values (escaped by Graphviz) set aside.
        let names = tags.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
        if names.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil { return nil }
        return element
    }
}
