import Attribution
import Compare

/// Two or more articles side by side: each side's profile and the speakers
/// only it quotes, the speakers they share, and the statements whose
/// wording matches but whose speakers differ (`StoryComparison`, as
/// `quotegraph compare` reports it).
///
///     ComparePage(articles: summaries, selected: ["a", "b"], comparison: StoryComparison(digests, by: .article)).render()
struct ComparePage {
    var articles: [ArticleSummary]
    var selected: [String]
    var comparison: StoryComparison?
    var message: (text: String, error: Bool)?

    func render() -> Markup {
        let headlines = Dictionary(articles.map { ($0.id, $0.headline) }, uniquingKeysWith: { a, _ in a })
        var result: Markup = .empty
        if let c = comparison {
            let sides = c.sides.map { side -> Markup in
                let p = side.anonymity
                let voices = side.voices.prefix(8).map { v -> Markup in
                    "<li>\(c.speaker(v.speaker)?.name ?? v.speaker) (\(v.statements))</li>"
                }
                let unique = side.unique.compactMap { c.speaker($0)?.name }.prefix(12).map { n -> Markup in "<li>\(n)</li>" }
                let id = side.articles.first ?? side.name
                return """
                <section class="side"><h3><a href="/articles/\(id)">\(headlines[id] ?? side.title ?? side.name)</a></h3>
                <p class="meta">\(side.statements) تصريحاً · مسمّى \(p.statements["named"] ?? 0) · بصفته \(p.statements["role"] ?? 0) · \
                مجهول \(p.statements["anonymous"] ?? 0) · مبهم \(p.statements["vague"] ?? 0) · \
                \(PageLayout.percent(p.hiddenShare)) مجهولة أو مبهمة</p>
                <h4>الأكثر اقتباساً</h4><ul>\(Array(voices))</ul>
                <h4>لا يقتبسهم غيره</h4><ul>\(Array(unique))</ul>
                </section>
                """
            }
            let shared = c.shared.compactMap { c.speaker($0) }.map { s -> Markup in
                "<li><span class=\"speaker-name\">\(s.name)</span> \(SpeakerClass.badge(s.anonymity))</li>"
            }
            let divergences = c.divergences.map { d -> Markup in
                """
                <tr><td>\(d.kind == .anonymousVersusNamed ? "مجهول هنا، مسمّى هناك" : "متحدثان مختلفان")</td>\
                <td><a href="/articles/\(d.first.article)#st-\(d.first.statement)">\(headlines[d.first.article] ?? d.first.article)</a><br>\
                <span class="speaker-name">\(d.first.speakerName)</span> \(SpeakerClass.badge(d.first.anonymity))\
                <blockquote class="quote">\(d.first.content)</blockquote></td>\
                <td><a href="/articles/\(d.second.article)#st-\(d.second.statement)">\(headlines[d.second.article] ?? d.second.article)</a><br>\
                <span class="speaker-name">\(d.second.speakerName)</span> \(SpeakerClass.badge(d.second.anonymity))\
                <blockquote class="quote">\(d.second.content)</blockquote></td></tr>
                """
            }
            result = """
            <h2>جنباً إلى جنب</h2>
            <div class="sides">\(sides)</div>
            <h2>متحدثون مشتركون (\(shared.count))</h2>
            <ul class="shared">\(shared)</ul>
            <h2>التصريح نفسه منسوباً إلى متحدث مختلف (\(c.divergences.count))</h2>
            <div class="scroll"><table class="sortable" id="divergences">
            <thead><tr><th>الفرق</th><th>هنا</th><th>هناك</th></tr></thead>
            <tbody>\(divergences)</tbody></table></div>
            <p><a href="/api/compare?\(selected.map { "article=\($0)" }.joined(separator: "&"))">JSON</a></p>
            """
        }
        let body: Markup = """
        <h1>مقارنة المقالات</h1>
        \(message.map { PageLayout.message($0.text, error: $0.error) } ?? .empty)
        <form method="get" action="/compare" class="compare">
        <p>اختر مقالين أو أكثر عن القصة نفسها.</p>
        \(ArticleTable.render(articles, id: "compare-articles", selectable: true, selected: Set(selected)))
        <button type="submit">قارن</button>
        </form>
        \(result)
        """
        return PageLayout.page(title: "مقارنة", current: .compare, body: body)
    }
}
