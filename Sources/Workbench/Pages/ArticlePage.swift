import Attribution

/// One article: its text with every statement marked in place beside the
/// statement list (full quote, speaker with kind and class, form, relay
/// chain), and the editor's correction forms. The forms are plain HTML
/// forms, so corrections work with JavaScript off; the script only fills
/// the «missed statement» form from a selection in the text.
///
///     ArticlePage(reviewed: reviewed, order: .text, message: nil).render()
struct ArticlePage {
    enum Order: String { case text, review }

    var reviewed: ReviewedArticle
    var order: Order = .text
    var message: (text: String, error: Bool)?

    func render() -> Markup {
        let a = reviewed.article
        let id = a.id
        let statements = order == .review ? ReviewPriority.sorted(reviewed.statements) : reviewed.statements
        let kept = reviewed.statements.filter { !$0.rejected }
        let counted = kept.filter { !$0.negated }.count
        let hidden = kept.filter { !$0.negated && $0.anonymity.isHidden }.count
        let refusals = kept.count - counted
        var meta: [String] = ["المعرّف: \(id)"]
        if let outlet = a.outlet { meta.append("المصدر: \(outlet)") }
        if let date = a.date { meta.append("التاريخ: \(date)") }
        meta.append("الملف: \(a.source)")
        let orderLinks: Markup = order == .review
            ? "<a href=\"/articles/\(id)\">ترتيب النص</a> · <strong>ترتيب المراجعة</strong>"
            : "<strong>ترتيب النص</strong> · <a href=\"/articles/\(id)?order=review\">ترتيب المراجعة</a>"
        let body: Markup = """
        <h1 class="headline">\(a.headline)</h1>
        <p class="meta">\(meta.joined(separator: " · "))</p>
        \(message.map { PageLayout.message($0.text, error: $0.error) } ?? .empty)
        <p class="summary">\(counted) تصريحاً، منها \(hidden) لمصادر مجهولة أو مبهمة، و\(refusals) امتناعاً عن التعليق؛ \
        \(reviewed.corrections.count) تصحيحاً. <a href="/api/articles/\(id)">JSON</a> · \
        <a href="/audit?article=\(id)">تدقيق</a> · <a href="/graph?article=\(id)">الشبكة</a></p>
        \(Self.legend)
        <div class="article-view">
        <article class="text" id="article-text" data-article="\(id)" lang="ar">
        \(ArticleMarkup(reviewed).html)
        </article>
        <section class="statements" aria-label="التصريحات">
        <h2>التصريحات (\(counted))</h2>
        <p class="order">\(orderLinks)</p>
        <ol class="statement-list">
        \(statements.map(item))
        </ol>
        \(missedForm())
        \(correctionsList())
        </section>
        </div>
        """
        return PageLayout.page(title: a.headline, current: nil, body: body)
    }

    static let legend: Markup = """
    <p class="legend">المفتاح: <mark class="cue named">فعل القول</mark> \
    <mark class="speaker named">متحدث</mark><span class="tag named">مسمّى</span> \
    <mark class="speaker role">متحدث</mark><span class="tag role">بصفته</span> \
    <mark class="speaker anonymous">متحدث</mark><span class="tag anonymous">مجهول</span> \
    <mark class="speaker vague">متحدث</mark><span class="tag vague">مبهم</span> \
    <mark class="content named">المضمون</mark></p>
    """

    private func item(_ s: ReviewedStatement) -> Markup {
        let quote = s.content.map { reviewed.text($0) } ?? ""
        let relay: Markup = s.relayedBy.isEmpty ? .empty
            : "<div class=\"relay\">نقلاً عبر: \(s.relayedBy.joined(separator: " ← "))</div>"
        let reason = order == .review ? ReviewPriority.reason(s) : ""
        var classes = "statement \(SpeakerClass.css(s.anonymity))"
        if s.rejected { classes += " rejected" }
        if s.isCorrected { classes += " corrected" }
        let corrections: Markup = s.corrections.isEmpty ? .empty
            : "<div class=\"corrected-note\">صُحّح: \(s.corrections.map(\.kind.label).joined(separator: "، "))</div>"
        let original: Markup = {
            guard let o = s.original, s.isCorrected, let e = reviewed.analysed.speaker(of: o),
                  e.name != s.speaker || e.anonymity != s.anonymity else { return .empty }
            return "<div class=\"was\">كان: <del>\(e.name)</del> \(SpeakerClass.badge(e.anonymity))</div>"
        }()
        return """
        <li class="\(classes)" id="st-\(s.id)" data-st="\(s.id)" data-rank="\(ReviewPriority.rank(s))">
        <div class="line"><span class="num">\(s.id)</span> <span class="cue-word">«\(s.cueText)»</span> \
        \(s.negated ? "<span class=\"flag\">امتناع عن التعليق</span>" : Markup.empty) \
        \(reason.isEmpty ? Markup.empty : "<span class=\"flag review\">\(reason)</span>")</div>
        <div class="who"><span class="speaker-name">\(s.speaker)</span> \(SpeakerClass.badge(s.anonymity)) \
        <span class="kind">\(SpeakerClass.kind(s.kind))</span> · <span class="form">\(SpeakerClass.form(s.form))</span></div>
        \(original)
        \(relay)
        \(quote.isEmpty ? Markup.empty : "<blockquote class=\"quote\">\(quote)</blockquote>")
        \(corrections)
        \(s.original == nil || s.rejected ? Markup.empty : correctionForm(s))
        </li>
        """
    }

    private func entityOptions(selected: String?) -> Markup {
        reviewed.analysed.entities.map { e -> Markup in
            let sel: Markup = e.name == selected ? " selected" : .empty
            return "<option value=\"\(e.name)\"\(sel)>\(e.name) — \(SpeakerClass.label(e.anonymity))</option>"
        }.joined()
    }

    private static func anonymityOptions(_ selected: Anonymity?, blank: Bool) -> Markup {
        let first: Markup = blank ? "<option value=\"\">—</option>" : .empty
        return first + Anonymity.allCases.map { a -> Markup in
            let sel: Markup = a == selected ? " selected" : .empty
            return "<option value=\"\(a.rawValue)\"\(sel)>\(SpeakerClass.label(a))</option>"
        }.joined()
    }

    private static func kindOptions() -> Markup {
        "<option value=\"\">—</option>" + EntityKind.allCases.map { k -> Markup in
            "<option value=\"\(k.rawValue)\">\(SpeakerClass.kind(k))</option>"
        }.joined()
    }

    private func correctionForm(_ s: ReviewedStatement) -> Markup {
        let id = reviewed.article.id
        return """
        <details class="correct"><summary>تصحيح</summary>
        <form method="post" action="/articles/\(id)/corrections" class="correction">
        <input type="hidden" name="statement" value="\(s.id)">
        <fieldset><legend>ما الخطأ؟</legend>
        <label><input type="radio" name="kind" value="wrong-speaker" checked> متحدث خاطئ</label>
        <label><input type="radio" name="kind" value="wrong-anonymity"> تصنيف خاطئ</label>
        <label><input type="radio" name="kind" value="not-a-statement"> ليس تصريحاً</label>
        </fieldset>
        <label>المتحدث من المقال <select name="entity"><option value="">—</option>\(entityOptions(selected: nil))</select></label>
        <label>أو اكتب اسمه <input type="text" name="speaker" maxlength="200"></label>
        <label>التصنيف <select name="anonymity">\(Self.anonymityOptions(nil, blank: true))</select></label>
        <label>ملاحظة <input type="text" name="note" maxlength="500"></label>
        <button type="submit">حفظ التصحيح</button>
        </form>
        </details>
        """
    }

    private func missedForm() -> Markup {
        let id = reviewed.article.id
        return """
        <details class="missed" id="missed"><summary>إضافة تصريح فائت</summary>
        <form method="post" action="/articles/\(id)/corrections" class="correction" id="missed-form">
        <input type="hidden" name="kind" value="missed">
        <p class="hint">حدّد فعل القول في النص فيُملأ الحقل، أو اكتبه كما ورد.</p>
        <label>فعل القول <input type="text" name="cue" id="missed-cue" required maxlength="100"></label>
        <label>ورودُه رقم <input type="number" name="occurrence" id="missed-occurrence" min="1" value="1"></label>
        <input type="hidden" name="cueStart" id="missed-start">
        <input type="hidden" name="cueEnd" id="missed-end">
        <label>المتحدث من المقال <select name="entity"><option value="">—</option>\(entityOptions(selected: nil))</select></label>
        <label>أو اكتب اسمه <input type="text" name="speaker" maxlength="200"></label>
        <label>التصنيف <select name="anonymity">\(Self.anonymityOptions(.named, blank: false))</select></label>
        <label>النوع <select name="entityKind">\(Self.kindOptions())</select></label>
        <label>الصيغة <select name="form"><option value="indirect">غير مباشر</option>\
        <option value="direct">مباشر</option><option value="mixed">مختلط</option></select></label>
        <label><input type="checkbox" name="negated" value="true"> امتناع عن التعليق</label>
        <button type="submit">إضافة</button>
        </form>
        </details>
        """
    }

    private func correctionsList() -> Markup {
        guard !reviewed.corrections.isEmpty else { return .empty }
        let id = reviewed.article.id
        let rows = reviewed.corrections.map { c -> Markup in
            let what = [c.speaker, c.anonymity.map { SpeakerClass.label($0) }, c.note].compactMap { $0 }
                .joined(separator: " · ")
            let stale: Markup = reviewed.unmatched.contains(c) ? " <span class=\"flag\">لم يعد مطابقاً</span>" : .empty
            return """
            <li>\(c.kind.label) — \(c.statementID ?? "«\(reviewed.text(c.cueSpan))»") \(what)\(stale)
            <form method="post" action="/articles/\(id)/corrections/\(Int(c.id ?? 0))/delete" class="inline">\
            <button type="submit">حذف</button></form></li>
            """
        }
        return "<h3>التصحيحات</h3><ul class=\"corrections\">\(rows)</ul>"
    }
}
