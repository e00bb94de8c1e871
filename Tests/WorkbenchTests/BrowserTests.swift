import Attribution
import Foundation
import TestSupport
import Testing
@testable import Workbench

/// The pages in headless Chromium (Debian's `chromium`, installed by
/// scripts/install-deps.sh), after their scripts ran: `--dump-dom` with a
/// virtual time budget, and a real mouse click through the DevTools
/// protocol over a pipe (Browser/click_node.py). Every subprocess has a
/// time limit.
@Suite("Workbench in headless Chromium", .serialized)
struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let clickScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Browser/click_node.py")

    /// The DOM after the page's scripts ran.
    static func dumpDOM(_ url: URL) async throws -> String {
        let (status, dom) = try await Subprocess.run(chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--virtual-time-budget=5000", "--dump-dom", url.absoluteString,
        ], timeout: 180, errors: false)
        #expect(status == 0)
        return dom
    }

    @Test("the seed article is highlighted, «مصدر من موسكو» marked anonymous",
          .enabled(if: chromium != nil, "chromium is not installed: run scripts/install-deps.sh"))
    func seedHighlighted() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let id = try await server.storeSeed()
        let dom = try await Self.dumpDOM(server.base.appendingPathComponent("articles/\(id)"))
        // The script ran (it marks the root), and the marks are in the DOM.
        #expect(dom.contains("<html lang=\"ar\" dir=\"rtl\" class=\"js\">"))
        #expect(dom.contains("<mark class=\"cue "))
        #expect(dom.contains(">مصدر من موسكو</mark><span class=\"tag anonymous\" data-extra=\"\">مجهول</span>"))
        #expect(dom.contains("<mark class=\"speaker anonymous\" data-st="))
        #expect(dom.contains("<mark class=\"content "))
        #expect(dom.contains("<span class=\"badge anonymous\" title=\"anonymous\">مجهول</span>"))
    }

    @Test("clicking «إيغر كوناشينكوف» in the graph lists his statements",
          .enabled(if: chromium != nil, "chromium is not installed: run scripts/install-deps.sh"))
    func clickNode() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let id = try await server.storeSeed()
        let (status, output) = try await Subprocess.run("/usr/bin/env", [
            "python3", Self.clickScript.path, Self.chromium!, server.base.appendingPathComponent("graph").absoluteString,
            "إيغر كوناشينكوف",
        ], timeout: 180, errors: false)
        #expect(status == 0)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        #expect(result["error"] == nil, "\(output)")
        let before = try #require(result["before"] as? [String: Any], "\(output)")
        #expect(before["visibleBefore"] as? Int == 0)
        let shown = try #require(result["after"] as? [[String: Any]], "\(output)")
        #expect(shown.count == 1)
        #expect(shown.first?["speaker"] as? String == "إيغر كوناشينكوف")
        let statements = try #require(shown.first?["statements"] as? [String])
        let reviewed = try await server.server.bench.reviewed(id)
        let his = reviewed.statements.filter { s in
            reviewed.analysed.speaker(of: s.original!)?.name == "إيغر كوناشينكوف"
        }
        #expect(!his.isEmpty)
        #expect(statements.count == his.count)
        let links = try #require(shown.first?["links"] as? [String])
        #expect(Set(links) == Set(his.map { "/articles/\(id)#st-\($0.id)" }))
    }

    @Test("an article holding <script> and \" onload= payloads renders them as text",
          .enabled(if: chromium != nil, "chromium is not installed: run scripts/install-deps.sh"))
    func payloadsAsText() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let text = """
        <script>document.title='PWNED'</script> عنوان

        وقال المتحدث" onload="document.body.setAttribute('data-pwned','1')" إن <img src=x onerror="document.body.setAttribute('data-pwned','2')"> الأمر انتهى.
        """
        let reply = try await server.post("/api/articles?name=payload.txt", body: Data(text.utf8))
        #expect(reply.status == 201)
        for path in ["/articles/payload", "/", "/audit", "/graph", "/compare"] {
            let dom = try await Self.dumpDOM(URL(string: path, relativeTo: server.base)!)
            #expect(!dom.contains("<title>PWNED"), "\(path)")
            #expect(!dom.contains("<body data-pwned"), "\(path)")
            #expect(!dom.contains("<img"), "\(path)")
            #expect(dom.components(separatedBy: "<script").count == 2, "\(path)")
            if path == "/" || path.hasPrefix("/articles") {
                #expect(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"), "\(path)")
            }
        }
        // The article's text, read back from the DOM without its marks and class labels, holds the payloads whole.
        let article = try await Self.dumpDOM(server.base.appendingPathComponent("articles/payload"))
        let readBack = article
            .replacingOccurrences(of: #"<span class="tag [a-z]+" data-extra="">[^<]*</span>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        #expect(readBack.contains("وقال المتحدث\" onload=\"document.body.setAttribute('data-pwned','1')\" إن &lt;img src=x"))
    }

    @Test("the audit's article table sorts by a clicked header and filters by typed words",
          .enabled(if: chromium != nil, "chromium is not installed: run scripts/install-deps.sh"))
    func sortAndFilter() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        // Stored so that the server's order (17, 15, 17 statements) is sorted neither way.
        for name in ["asharq-moscow-idlib", "anon-sources-idlib", "named-sources-idlib"] {
            let data = try Data(contentsOf: ServerHarness.samples.appendingPathComponent("\(name).txt"))
            #expect(try await server.post("/api/articles?name=\(name).txt", body: data).status == 201)
        }
        let script = Self.clickScript.deletingLastPathComponent().appendingPathComponent("sort_filter.py")
        let (status, output) = try await Subprocess.run("/usr/bin/env", [
            "python3", script.path, Self.chromium!, server.base.appendingPathComponent("audit").absoluteString, "لافروف",
        ], timeout: 180, errors: false)
        #expect(status == 0)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        #expect(result["error"] == nil, "\(output)")
        func column(_ key: String) -> [Int] {
            ((result[key] as? [[String]]) ?? []).compactMap { Int($0[2]) }
        }
        let initial = column("initial")
        #expect(initial.count == 3)
        #expect(initial != initial.sorted() && initial != initial.sorted(by: >))
        #expect(column("ascending") == initial.sorted())
        #expect(column("descending") == initial.sorted(by: >))
        let filtered = try #require(result["filtered"] as? [[String]], "\(output)")
        #expect(filtered.count == 1)
        #expect(filtered.first?.first?.contains("لافروف") == true)
    }

    @Test("double-clicking a missed cue in the text fills the form with its offsets, and the button stores it",
          .enabled(if: chromium != nil, "chromium is not installed: run scripts/install-deps.sh"))
    func selectMissedCue() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let id = try await server.storeSeed()
        let reviewed = try await server.server.bench.reviewed(id)
        // «التزمت وزارة الدفاع الروسية الصمت»: a refusal the analyser does not find.
        let scalars = Array(reviewed.article.text.unicodeScalars)
        let start = try #require(GoldAnchor.occurrences(of: Array("التزمت".unicodeScalars), in: scalars).first)
        let span = TextSpan(start, start + 6)
        try #require(!reviewed.statements.contains { $0.cue.overlaps(span) }, "the analyser now finds «التزمت»")
        let script = Self.clickScript.deletingLastPathComponent().appendingPathComponent("select_cue.py")
        let (status, output) = try await Subprocess.run("/usr/bin/env", [
            "python3", script.path, Self.chromium!, server.base.appendingPathComponent("articles/\(id)").absoluteString, "التزمت",
        ], timeout: 180, errors: false)
        #expect(status == 0)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        #expect(result["error"] == nil, "\(output)")
        let form = try #require(result["form"] as? [String: Any], "\(output)")
        #expect(form["cue"] as? String == "التزمت")
        #expect(form["start"] as? String == String(span.start))
        #expect(form["end"] as? String == String(span.end))
        #expect(form["open"] as? Bool == true)
        let corrections = try await server.server.bench.workspace.corrections(of: id)
        #expect(corrections.count == 1)
        #expect(corrections.first?.kind == .missed)
        #expect(corrections.first?.cueSpan == span)
        #expect(result["after"] as? String == "/articles/\(id)")
    }
}
