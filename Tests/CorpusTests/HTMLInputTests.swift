import Attribution
@testable import Corpus
import Foundation
@testable import QuoteGraphCore
import TestSupport
import Testing

/// Saved web pages: the article's paragraphs, without the page around them.
@Suite struct HTMLInputTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head>
        <meta charset="utf-8"><title>موسكو تعلن مقتل «دواعش» | الشرق الأوسط</title>
        <style>p { color: red; } /* <p>not text</p> */</style>
        <script>var html = "<p>وقال المتسلل إن</p>"; if (a < b) {}</script>
        </head><body>
        <header><a href="/">الرئيسية</a> <nav><ul><li>سياسة</li><li>اقتصاد</li></ul></nav></header>
        <!-- <p>وقال معلق مخفي إن</p> -->
        <h1>موسكو تعلن مقتل &laquo;دواعش&raquo; من القوقاز</h1>
        <p>وقال الكرملين إن&nbsp;المشاركين
           في الاجتماع تبادلوا وجهات النظر.</p>
        <p>وقال مصدر من موسكو لـ&#171;الشرق الأوسط&#187; إن &quot;العملية&quot; &#x062C;زء &amp; &unknown; ترتيبات<br>وأضاف أن …</p>
        <div class="share"><form><button>شارك</button></form></div>
        <aside><p>الأكثر قراءة</p></aside>
        <footer><p>جميع الحقوق محفوظة</p></footer>
        </body></html>
        """

    @Test func keepsParagraphsAndDropsBoilerplate() {
        let page = HTMLTextExtractor(html: Self.page)
        #expect(page.title == "موسكو تعلن مقتل «دواعش» | الشرق الأوسط")
        #expect(page.paragraphs == [
            "موسكو تعلن مقتل «دواعش» من القوقاز",
            "وقال الكرملين إن\u{00A0}المشاركين في الاجتماع تبادلوا وجهات النظر.",
            "وقال مصدر من موسكو لـ«الشرق الأوسط» إن \"العملية\" جزء & &unknown; ترتيبات",
            "وأضاف أن …",
        ])
        #expect(page.text == page.paragraphs.joined(separator: "\n"))
    }

    @Test func prefersTheArticleElement() {
        let page = HTMLTextExtractor(html: """
            <body><div>روابط ذات صلة</div>
            <article><h1>العنوان</h1><p>وقال المتحدث إن …</p><aside>إعلان</aside></article>
            <div>تعليقات القراء</div></body>
            """)
        #expect(page.paragraphs == ["العنوان", "وقال المتحدث إن …"])
        #expect(page.title == "العنوان")
    }

    @Test func nestedDroppedElementsAndOddMarkup() {
        let page = HTMLTextExtractor(html: """
            <p>أ</p><nav><nav>داخلي</nav>لا يزال في القائمة</nav><p>ب < ج</p>
            <p title="a > b">د</p><P>هـ</P><img src="x.png"/><p>و</p>
            """)
        #expect(page.paragraphs == ["أ", "ب < ج", "د", "هـ", "و"])
    }

    @Test func readsHTMLFileWithIdFromName() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = try TestSupport.write(Self.page, to: dir.appendingPathComponent("aawsat-1234.html"))
        let iterator = try InputReader(paths: [file.path]).makeIterator()
        guard case .document(let doc) = try iterator.next() else {
            Issue.record("no document")
            return
        }
        #expect(doc.id == "aawsat-1234")
        #expect(doc.title == "موسكو تعلن مقتل «دواعش» | الشرق الأوسط")
        #expect(doc.text.hasPrefix("موسكو تعلن مقتل «دواعش» من القوقاز\nوقال الكرملين"))
        #expect(!doc.text.contains("الرئيسية"))
        #expect(!doc.text.contains("المتسلل"))
        #expect(!doc.text.contains("الحقوق"))
    }

    @Test func pageWithoutTextIsRejected() throws {
        let dir = try TestSupport.scratchDirectory()
        defer { TestSupport.remove(dir) }
        let file = try TestSupport.write("<html><script>x()</script><nav>قائمة</nav></html>", to: dir.appendingPathComponent("empty.htm"))
        #expect(throws: InputError("\(file.path): no article text found in this page")) {
            _ = try InputReader(paths: [file.path])
        }
    }

    @Test func entities() {
        #expect(HTMLEntities.decode("&lt;p&gt; &#1602;&#X0627;&#x644; &rlm;&hellip;") == "<p> قال \u{200F}…")
        #expect(HTMLEntities.decode("AT&T & co") == "AT&T & co")
    }
}
