/// The frame every page shares: right-to-left Arabic, the navigation, one
/// stylesheet and one script, both served from `/static/` (the
/// Content-Security-Policy allows no other script).
///
///     PageLayout.page(title: "تدقيق", current: .audit, body: "<h1>تدقيق</h1>")
enum PageLayout {
    enum Section: String, CaseIterable {
        case analyse, audit, graph, compare

        var path: String {
            switch self {
            case .analyse: "/"
            case .audit: "/audit"
            case .graph: "/graph"
            case .compare: "/compare"
            }
        }

        var label: String {
            switch self {
            case .analyse: "تحليل"
            case .audit: "تدقيق المصادر"
            case .graph: "شبكة الاقتباس"
            case .compare: "مقارنة"
            }
        }
    }

    static func page(title: String, current: Section?, body: Markup) -> Markup {
        let nav = Section.allCases.map { section -> Markup in
            let here = section == current ? " aria-current=\"page\"" : ""
            return "<a href=\"\(section.path)\"\(Markup(raw: here))>\(section.label)</a>"
        }.joined()
        return """
        <!doctype html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) — quotegraph</title>
        <link rel="stylesheet" href="/static/workbench.css">
        <script src="/static/workbench.js" defer></script>
        </head>
        <body>
        <header class="top"><span class="brand" dir="ltr">quotegraph</span><nav>\(nav)</nav></header>
        <main>
        \(body)
        </main>
        <footer>quotegraph serve — من قال ماذا في الأخبار العربية، ونقلاً عن مَن</footer>
        </body>
        </html>

        """
    }

    /// A message box: an error (`role="alert"`) or a notice.
    static func message(_ text: String, error: Bool) -> Markup {
        error ? "<p class=\"message error\" role=\"alert\">\(text)</p>" : "<p class=\"message notice\">\(text)</p>"
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return "\(Int((value * 100).rounded()))%"
    }
}
