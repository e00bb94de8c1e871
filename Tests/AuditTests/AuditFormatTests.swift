import Attribution
@testable import Audit
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shapes of the audit's outputs, and their safety with hostile text.
@Suite struct AuditFormatTests {
    static let hostileText = """
    وقال مصدر مطلع <script>alert(1)</script> إن «الحكومة <img src=x onerror=alert(2)> ستستقيل غدا».
    وقال وزير الخارجية سيرغي لافروف إن المحادثات "مستمرة" & ناجحة.
    """

    static func documents() throws -> [SourceDocument] {
        [try AuditSupport.seed(),
         SourceDocument(id: "hostile\"><script>x</script>", text: hostileText,
                        title: "عنوان <b>عريض</b>", outlet: "o\"utlet,with=comma")]
    }

    @Test func csvHasOneRowPerGroupWithEveryColumn() async throws {
        for grouping in AuditGrouping.allCases {
            let report = try await AuditSupport.report(try Self.documents(), by: grouping)
            let csv = AuditCSVWriter().write(report)
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == AuditCSVWriter.header.joined(separator: ","))
            #expect(lines.count == report.groups.count + 1)
            for line in lines.dropFirst() {
                #expect(Self.csvFields(line).count == AuditCSVWriter.header.count, "\(line)")
            }
        }
        let byOutlet = try await AuditSupport.report(try Self.documents(), by: .outlet)
        #expect(byOutlet.groups.map(\.key) == ["o\"utlet,with=comma", "unknown"])
    }

    @Test func jsonHasTotalsGroupsAndReviewPerArticle() async throws {
        let report = try await AuditSupport.report(try Self.documents())
        let data = Data(AuditJSONWriter().write(report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["groupBy"] as? String == "article")
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 2)
        let seed = try #require(articles.first)
        #expect(seed["id"] as? String == "asharq-moscow-idlib")
        #expect((seed["anonymousShare"] as? Double ?? 0) > 0.3)
        let review = try #require(seed["review"] as? [[String: Any]])
        #expect(review.first?["speaker"] as? String == "مصدر من موسكو")
        #expect((review.first?["issues"] as? [String])?.contains("no-reason") == true)
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["articles"] as? Int == 2)
        #expect((total["shares"] as? [String: Any])?["anonymousOrVague"] != nil)
    }

    @Test func markdownPutsTheSummaryFirstThenReviewThenArticles() async throws {
        let report = try await AuditSupport.report(try Self.documents())
        let md = AuditMarkdownWriter().write(report)
        #expect(md.hasPrefix("# Anonymous-source audit\n"))
        let summary = try #require(md.range(of: "## By article"))
        let review = try #require(md.range(of: "## Statements to review"))
        let articles = try #require(md.range(of: "## Articles in context"))
        #expect(summary.lowerBound < review.lowerBound && review.lowerBound < articles.lowerBound)
        #expect(md.contains("⚠_مصدر من موسكو_"))
        // Input text cannot become Markdown or HTML.
        #expect(!md.contains("<script"))
        #expect(md.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"))
    }

    @Test func tableHasOneRowPerOutletAndATotal() async throws {
        let report = try await AuditSupport.report(try Self.documents(), by: .outlet)
        let table = AuditTableWriter().write(report)
        let lines = table.split(separator: "\n")
        #expect(lines.first?.hasSuffix("outlet") == true)
        #expect(lines.count >= 5)
        #expect(lines[3].hasPrefix("--------"))
        #expect(lines[4].hasSuffix("all"))
    }

    @Test func htmlIsOneSafeRightToLeftFileWithTheGraph() async throws {
        let report = try await AuditSupport.report(try Self.documents(), graph: true)
        let html = AuditHTMLWriter().write(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<html").count == 2)
        #expect(html.contains("dir=\"rtl\" lang=\"ar\""))
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<link") && !html.contains("src=\"http"), "self-contained")
        #expect(html.contains("<mark class=\"speaker hidden\">مصدر من موسكو</mark>"))
        #expect(html.contains("<mark class=\"speaker\">الكرملين</mark>"))
        #expect(html.contains("<mark class=\"cue\">"))
        #expect(html.contains("<mark class=\"content"))
        // Summary first, then the review list, then the graph, then the articles.
        let order = ["Summary", "Statements to review", "Who is quoted", "Articles in context"]
            .map { html.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! })
        #if canImport(FoundationXML)
        // Plot writes well-formed markup: it parses as XML.
        let xml = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        #expect(throws: Never.self) { _ = try XMLDocument(xmlString: xml, options: []) }
        #endif
    }

    @Test func svgWithAScriptIsNotEmbedded() {
        #expect(AuditHTMLWriter.inlineSVG("<?xml version=\"1.0\"?>\n<svg><g/></svg>") == "<svg><g/></svg>")
        #expect(AuditHTMLWriter.inlineSVG("<svg><script>alert(1)</script></svg>") == nil)
        #expect(AuditHTMLWriter.inlineSVG("<svg><g onload=\"alert(1)\"/></svg>") == nil)
    }

    @Test func manyArticlesShowOnlyTheMostFlaggedInPlace() throws {
        var collector = AuditCollector(grouping: .outlet, shownLimit: 3)
        for i in 0..<20 {
            let text = i % 4 == 0 ? "وقال مصدر إن الحكومة ستستقيل. وأضاف المصدر أن القرار نهائي."
                                  : "وقال وزير الخارجية سيرغي لافروف إن المحادثات مستمرة."
            let document = SourceDocument(id: "a\(i)", text: text)
            let (audit, analysed) = AuditSupport.auditor.audit(document)
            collector.add(audit, text: text, analysed: analysed)
        }
        let report = collector.finish()
        #expect(report.shown.count == 3)
        #expect(report.shown.allSatisfy { $0.audit.hidden > 0 })
        #expect(report.shown.map(\.audit.id) == report.shown.map(\.audit.id).sorted { Int($0.dropFirst())! < Int($1.dropFirst())! })
        #expect(AuditHTMLWriter().write(report).contains("Only the 3 articles with the most flagged statements"))
    }

    /// RFC 4180 fields of one line.
    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, chars = Array(line), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { fields.append(field); field = "" }
            else { field.append(c) }
            i += 1
        }
        fields.append(field)
        return fields
    }
}
