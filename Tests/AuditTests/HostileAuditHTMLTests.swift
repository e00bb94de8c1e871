import Attribution
@testable import Audit
import Foundation
import Testing

/// The HTML audit shows the article text as written and keeps its quote
/// graph unless the SVG really holds something that could run (issue #17,
/// items 8 and 9).
@Suite struct HostileAuditHTMLTests {
    @Test func headlinesThatMentionJavascriptKeepTheGraph() async throws {
        let text = "دليل javascript: للمبتدئين و onclick= في المتصفح\n\n"
            + "وقال وزير الخارجية سيرغي لافروف إن المحادثات مستمرة. وقال مصدر مطلع إن الوفد سيعود."
        let document = SourceDocument(id: "js-guide", text: text, title: "دليل javascript: للمبتدئين onclick=x")
        let report = try await AuditSupport.report([document], graph: true)
        let svg = try #require(report.graphSVG)
        #expect(svg.contains("javascript:") || svg.contains("لافروف"))
        #expect(AuditHTMLWriter.graphRefusal(report) == nil)
        let html = AuditHTMLWriter().write(report)
        #expect(html.contains("<svg"), "the graph is inlined")
        #expect(!html.contains("The quote graph is left out"))
    }

    @Test func onlyRealTagsAndAttributesAreRefused() {
        let safe = [
            "<svg><title>دليل javascript: للمبتدئين</title><text>onclick=\"x\" &lt;script&gt;</text></svg>",
            "<svg><g id=\"node1\" class=\"node\"><title>a onload=b</title></g></svg>",
            "<svg><!-- <script> in a comment --><g/></svg>",
            "<svg><a xlink:title=\"javascript: guide\"><text>x</text></a></svg>",
        ]
        for svg in safe { #expect(AuditHTMLWriter.inlineSVG(svg) == svg, "\(svg)") }
        let unsafe = [
            "<svg><script>alert(1)</script></svg>",
            "<svg><SCRIPT>alert(1)</SCRIPT></svg>",
            "<svg><svg:script/></svg>",
            "<svg><g onload=\"alert(1)\"/></svg>",
            "<svg><g\nONCLICK = 'alert(1)'/></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<svg><a href=\" java&#x73;cript:alert(1)\"/></svg>",
            "<svg><a href=\"JaVaScRiPt&colon;alert(1)\"/></svg>".replacingOccurrences(of: "&colon;", with: "&#58;"),
            "<svg><foreignObject><iframe/></foreignObject></svg>",
            "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        ]
        for svg in unsafe { #expect(AuditHTMLWriter.inlineSVG(svg) == nil, "\(svg)") }
    }

    @Test func aRefusedGraphIsReplacedByANote() async throws {
        var report = try await AuditSupport.report([AuditSupport.seed()])
        report.graphSVG = "<svg><g onmouseover=\"alert(1)\"/></svg>"
        let html = AuditHTMLWriter().write(report)
        #expect(!html.contains("onmouseover=") && !html.contains("alert(1)"))
        #expect(html.contains("The quote graph is left out: its SVG holds an event attribute (onmouseover)."))
    }

    @Test func entitiesInTheTextAreShownAsWritten() async throws {
        let text = "عنوان &lt;script&gt; &amp; &#1602;\n\n"
            + "وقال مصدر مطلع إن «&lt;script&gt;alert(1)&lt;/script&gt;» ليس إلا نصاً &copy;."
        let document = SourceDocument(id: "ent&lt;id", text: text, title: "عنوان &lt;script&gt; &amp; &#1602;")
        let report = try await AuditSupport.report([document])
        let html = AuditHTMLWriter().write(report)
        #expect(html.contains("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;"))
        #expect(html.contains("عنوان &amp;lt;script&amp;gt; &amp;amp; &amp;#1602;"))
        #expect(html.contains("ent&amp;lt;id"))
        #expect(html.contains("&amp;copy;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("&lt;script&gt;alert"), "no entity left for the browser to decode")
    }
}
