import Foundation
import TestSupport
import Testing
@testable import Workbench

/// The pages through a real HTTP client: server-rendered, right to left,
/// every piece of article text escaped.
@Suite("Workbench pages end to end")
struct PageEndToEndTests {
    @Test("uploading the seed article through the form shows it marked in place")
    func uploadSeed() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let form = ServerHarness.multipart(files: [("asharq-moscow-idlib.txt", try Data(contentsOf: ServerHarness.seed))])
        let page = try await server.post("/analyze", body: form.body, type: form.type)
        // The 303 is followed to the article's page.
        #expect(page.status == 200)
        #expect(page.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(page.text.contains("<mark class=\"speaker anonymous\" data-st="))
        #expect(page.text.contains(">مصدر من موسكو</mark><span class=\"tag anonymous\" data-extra=\"\">مجهول</span>"))
        #expect(page.text.contains("<script src=\"/static/workbench.js\" defer></script>"))
        // No inline script at all: the only <script is the one with src.
        #expect(page.text.components(separatedBy: "<script").count == 2)
        for path in ["/", "/audit", "/graph", "/compare", "/compare?article=asharq-moscow-idlib"] {
            let reply = try await server.get(path)
            #expect(reply.status == (path.contains("article=") ? 422 : 200), "\(path)")
            #expect(reply.text.contains("dir=\"rtl\""), "\(path)")
        }
        let audit = try await server.get("/audit")
        #expect(audit.text.contains("<table class=\"sortable\" id=\"audit-articles\">"))
        #expect(audit.text.contains("<td><a href=\"/articles/asharq-moscow-idlib\">"))
    }

    @Test("script and attribute payloads in an article and its id render as text")
    func hostileArticle() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let text = """
        <script>alert("x")</script> عنوان" onload="alert(1)

        وقال المتحدث <img src=x onerror=alert(2)> إن "الهجوم" onload="alert(3)" <script>document.cookie</script> انتهى.
        """
        let form = ServerHarness.multipart(files: [("<script>a</script>\" onload=\"x.txt", Data(text.utf8))])
        let page = try await server.post("/analyze", body: form.body, type: form.type)
        #expect(page.status == 200)
        #expect(!page.text.contains("<script>alert"))
        #expect(!page.text.contains("<script>document"))
        #expect(!page.text.contains("<img"))
        #expect(!page.text.contains("\" onload=\"alert"))
        #expect(page.text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(page.text.contains("&quot; onload=&quot;alert(1)"))
        for path in ["/", "/audit", "/graph"] {
            let reply = try await server.get(path)
            #expect(!reply.text.contains("<script>"), "\(path)")
            #expect(!reply.text.contains("<img"), "\(path)")
        }
    }

    @Test("a bad upload through the form: the page says why, with a 4xx")
    func badUploadPage() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let form = ServerHarness.multipart(files: [("scan.txt", Data([0xFF, 0xD8, 0xFF, 0x00, 0x10]))])
        let page = try await server.post("/analyze", body: form.body, type: form.type)
        #expect(page.status == 422)
        #expect(page.text.contains("role=\"alert\">scan.txt: binary file (NUL byte at offset 3), not UTF-8 text</p>"))
        let empty = ServerHarness.multipart(fields: ["text": "  "])
        let nothing = try await server.post("/analyze", body: empty.body, type: empty.type)
        #expect(nothing.status == 422)
        #expect(nothing.text.contains("nothing to analyse"))
        let garbled = try await server.post("/analyze", body: Data("x".utf8), type: "multipart/form-data; boundary=zz")
        #expect(garbled.status == 400)
        #expect(try await server.get("/").status == 200)
    }

    @Test("a correction through the page form is stored and shown; a missed cue can be added by its text")
    func correctionForms() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let id = try await server.storeSeed()
        let reviewed = try await server.server.bench.reviewed(id)
        let target = try #require(reviewed.statements.first { $0.speaker == "مصدر من موسكو" })
        let body = "kind=not-a-statement&statement=\(target.id)&note=" + "تجربة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let page = try await server.post("/articles/\(id)/corrections", body: Data(body.utf8), type: "application/x-www-form-urlencoded")
        #expect(page.status == 200)
        #expect(page.text.contains("<li class=\"statement anonymous rejected corrected\" id=\"st-\(target.id)\""))
        let bad = try await server.post("/articles/\(id)/corrections", body: Data("kind=wrong-speaker&statement=\(target.id)".utf8),
                                        type: "application/x-www-form-urlencoded")
        #expect(bad.status == 422)
        #expect(bad.text.contains("choose the right speaker"))
        #expect(try await server.server.bench.workspace.corrections(of: id).count == 1)
    }

    @Test("a large workspace's graph is cut to the 40 speakers quoted most, each node with its panel",
          .enabled(if: FileManager.default.fileExists(atPath: TestSupport.shared.appendingPathComponent("corpus/dev-ant").path)))
    func graphTopN() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let dir = TestSupport.shared.appendingPathComponent("corpus/dev-ant")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let reply = try await server.post("/api/articles?name=\(name)", body: try Data(contentsOf: dir.appendingPathComponent(name)))
            #expect(reply.status == 201)
        }
        let page = try await server.get("/graph")
        #expect(page.status == 200)
        let total = try #require(page.text.firstMatch(of: /تُعرض أكثر 40 متحدثين اقتباساً من أصل (\d+)\./).map { Int($0.1)! })
        #expect(total > 60)
        #expect(page.text.components(separatedBy: "<section class=\"speaker-panel\"").count - 1 == 40)
        #expect(page.text.contains("<svg"))
        let all = try await server.get("/graph?top=500")
        #expect(all.text.components(separatedBy: "<section class=\"speaker-panel\"").count - 1 == total)
    }
}
