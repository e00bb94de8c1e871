import Attribution
import Audit

/// The audit of what the workspace holds (or of the articles chosen):
/// summary cards, the articles by headline, and every anonymous or vague
/// statement to review, statements failing a criterion first. Both tables
/// can be sorted and filtered when scripts run; without them they read in
/// the server's order.
///
///     AuditPage(report: report, headlines: ["asharq-moscow-idlib": "…"]).render()
struct AuditPage {
    var report: AuditReport
    var headlines: [String: String]
    var selection: [String]

    func render() -> Markup {
        let t = report.total
        func card(_ value: String, _ label: String, alert: Bool = false) -> Markup {
            "<div class=\"card\(alert ? Markup(raw: " alert") : Markup.empty)\"><div class=\"value\" dir=\"ltr\">\(value)</div><div class=\"label\">\(label)</div></div>"
        }
        let cards: Markup = [
            card(String(t.articles), "مقالات"),
            card(String(t.statements), "تصريحات"),
            card(PageLayout.percent(t.anonymousShare), "من مصادر مجهولة أو مبهمة", alert: (t.anonymousShare ?? 0) > 0.25),
            card("\(t.hiddenQuotations)/\(t.quotations)", "اقتباسات من مصادر مخفية"),
            card("\(t.headlinesHidden)/\(t.headlinesWithStatements)", "عناوين تستند إلى مصدر مخفي"),
            card(String(t.hiddenWithNeither), "تصريحات مخفية بلا سبب ولا أساس", alert: t.hiddenWithNeither > 0),
        ].joined()
        let rows = report.articles.map { a -> Markup in
            let share = a.anonymousShare ?? 0
            let cls: Markup = share > 0.5 ? " high" : share > 0.25 ? " mid" : .empty
            return """
            <tr><td><a href="/articles/\(a.id)">\(headlines[a.id] ?? a.title ?? a.id)</a></td><td>\(a.outlet ?? "")</td>\
            <td class="num">\(a.statements)</td><td class="num">\(a.classes.named)</td><td class="num">\(a.classes.role)</td>\
            <td class="num">\(a.classes.anonymous)</td><td class="num">\(a.classes.vague)</td>\
            <td class="num\(cls)">\(PageLayout.percent(a.anonymousShare))</td>\
            <td class="num">\(a.hiddenQuotations)/\(a.quotations)</td>\
            <td>\(a.headline.map { $0.restsOnHidden ? "نعم" : "لا" } ?? "–")</td>\
            <td>\(a.lead.map { $0.restsOnHidden ? "نعم" : "لا" } ?? "–")</td>\
            <td class="num">\(a.hiddenWithNeither)</td></tr>
            """
        }
        let review = report.review.enumerated().sorted { x, y in
            let fx = x.element.failures.count, fy = y.element.failures.count
            return fx != fy ? fx > fy : x.offset < y.offset
        }.map(\.element)
        let reviewRows = review.prefix(2000).map { r -> Markup in
            """
            <tr class="\(r.anonymity.rawValue)"><td><a href="/articles/\(r.article)#st-\(r.statement)">\(headlines[r.article] ?? r.article)</a></td>\
            <td>\(SpeakerClass.badge(r.anonymity))</td><td class="speaker-name">\(r.speaker)</td>\
            <td>«\(r.cue)»</td><td>\(r.issues.map { Self.issueLabel($0) }.joined(separator: "، "))</td>\
            <td>\([r.reasonPhrase.map { "السبب: «\($0)»" }, r.basisPhrase.map { "الأساس: «\($0)»" }].compactMap { $0 }.joined(separator: " · "))</td>\
            <td class="sentence">\(r.sentence)</td></tr>
            """
        }
        let scope: Markup = selection.isEmpty ? "كل مقالات مساحة العمل."
            : "المقالات المختارة فقط (\(selection.count)). <a href=\"/audit\">كل المقالات</a>"
        let body: Markup = """
        <h1>تدقيق المصادر المجهولة</h1>
        <p class="meta">\(scope) التدقيق لما وجده المحلل؛ تظهر التصحيحات في صفحات المقالات. \
        <a href="/api/audit\(selection.isEmpty ? "" : "?" + selection.map { "article=\($0)" }.joined(separator: "&"))">JSON</a></p>
        <section class="cards">\(cards)</section>
        <h2>المقالات</h2>
        <p class="filter"><label>تصفية <input type="search" class="table-filter" data-table="audit-articles" placeholder="كلمة من العنوان أو المصدر"></label></p>
        <div class="scroll"><table class="sortable" id="audit-articles">
        <thead><tr><th>العنوان</th><th>المصدر</th><th>تصريحات</th><th>مسمّى</th><th>بصفته</th><th>مجهول</th><th>مبهم</th>\
        <th>النسبة المخفية</th><th>اقتباسات مخفية</th><th>العنوان مخفي</th><th>المقدمة مخفية</th><th>بلا سبب ولا أساس</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <h2>تصريحات للمراجعة (\(review.count))</h2>
        <p class="meta">كل تصريح لمصدر مجهول أو مبهم، وما ينقصه: سبب لإخفاء الاسم، أو أساس لمعرفة المصدر. ما يخالف معياراً أولاً.</p>
        <p class="filter"><label>تصفية <input type="search" class="table-filter" data-table="audit-review" placeholder="متحدث أو كلمة"></label></p>
        <div class="scroll"><table class="sortable" id="audit-review">
        <thead><tr><th>المقال</th><th>التصنيف</th><th>المتحدث</th><th>فعل القول</th><th>الملاحظات</th><th>ما وُجد</th><th>الجملة</th></tr></thead>
        <tbody>\(Array(reviewRows))</tbody></table></div>
        """
        return PageLayout.page(title: "تدقيق", current: .audit, body: body)
    }

    static func issueLabel(_ issue: AuditIssue) -> String {
        switch issue {
        case .noReason: "لا سبب لإخفاء الاسم"
        case .formulaOnly: "طلب عدم ذكر اسمه فقط"
        case .noBasis: "لا أساس للمعرفة"
        case .quoted: "اقتباس مباشر"
        case .headline: "في العنوان"
        case .lead: "في المقدمة"
        }
    }
}
