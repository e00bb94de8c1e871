/// The start page: paste a text or upload files, and the workspace's
/// articles listed by headline (sortable, filterable with scripts on).
///
///     AnalysePage(articles: summaries, message: ("أضيفت 3 مقالات", false)).render()
struct AnalysePage {
    var articles: [ArticleSummary]
    var message: (text: String, error: Bool)?
    var added: [ArticleSummary] = []
    var maximumBody: Int

    func render() -> Markup {
        let addedList: Markup = added.isEmpty ? .empty : """
        <ul class="added">\(added.map { a -> Markup in
            "<li><a href=\"/articles/\(a.id)\">\(a.headline)</a> — \(a.statements) تصريحاً</li>"
        })</ul>
        """
        let body: Markup = """
        <h1>تحليل مقال</h1>
        \(message.map { PageLayout.message($0.text, error: $0.error) } ?? .empty)
        \(addedList)
        <form method="post" action="/analyze" enctype="multipart/form-data" class="analyse">
        <label for="text">الصق نص المقال (السطر الأول عنوانه، ثم سطر فارغ)</label>
        <textarea id="text" name="text" rows="10" lang="ar" dir="rtl"></textarea>
        <label for="files">أو اختر ملفات: ‎.txt ‎.html ‎.jsonl ‎.jsonl.gz</label>
        <input type="file" id="files" name="files" multiple accept=".txt,.html,.htm,.jsonl,.gz">
        <p class="hint">الحد الأقصى للطلب \(maximumBody / 1_048_576) ميغابايت.</p>
        <button type="submit">حلّل</button>
        </form>
        <h2>مقالات مساحة العمل (\(articles.count))</h2>
        \(ArticleTable.render(articles, id: "articles", selectable: false))
        """
        return PageLayout.page(title: "تحليل", current: .analyse, body: body)
    }
}

/// The table of articles by headline, used by the analyse and compare pages.
enum ArticleTable {
    static func render(_ articles: [ArticleSummary], id: String, selectable: Bool, selected: Set<String> = []) -> Markup {
        guard !articles.isEmpty else { return "<p class=\"empty\">لا مقالات بعد.</p>" }
        let rows = articles.map { a -> Markup in
            let check: Markup = selectable
                ? "<td><input type=\"checkbox\" name=\"article\" value=\"\(a.id)\"\(selected.contains(a.id) ? Markup(raw: " checked") : Markup.empty) aria-label=\"\(a.headline)\"></td>"
                : .empty
            return """
            <tr>\(check)<td><a href="/articles/\(a.id)">\(a.headline)</a></td><td>\(a.outlet ?? "")</td>\
            <td>\(a.date ?? "")</td><td class="num">\(a.statements)</td><td class="num">\(a.hidden)</td>\
            <td class="num">\(PageLayout.percent(a.hiddenShare))</td><td class="num">\(a.corrections)</td>\
            <td class="id" dir="ltr">\(a.id)</td></tr>
            """
        }
        let checkHeader: Markup = selectable ? "<th>اختيار</th>" : .empty
        return """
        <p class="filter"><label>تصفية <input type="search" class="table-filter" data-table="\(id)" \
        placeholder="كلمة من العنوان أو المصدر"></label></p>
        <table class="sortable" id="\(id)">
        <thead><tr>\(checkHeader)<th>العنوان</th><th>المصدر</th><th>التاريخ</th><th>تصريحات</th>\
        <th>مجهولة أو مبهمة</th><th>النسبة</th><th>تصحيحات</th><th>المعرّف</th></tr></thead>
        <tbody>\(rows)</tbody>
        </table>
        """
    }
}
