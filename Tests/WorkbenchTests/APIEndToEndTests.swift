import Attribution
import Compare
import Corpus
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing
@testable import Workbench

/// The JSON API through a real HTTP client on a real loopback port.
@Suite("Workbench API end to end")
struct APIEndToEndTests {
    @Test("/api/analyze gives the bytes of `analyze --format json`, with the security headers")
    func analyzeMatchesTheCommand() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let data = try Data(contentsOf: ServerHarness.seed)
        let reply = try await server.post("/api/analyze?name=asharq-moscow-idlib.txt", body: data)
        #expect(reply.status == 200)
        let text = try ArticleTextDecoder.decode(data, name: "seed")
        let expected = try APIRoutes.documentsJSON([Analyzer().analyze(
            SourceDocument(id: "asharq-moscow-idlib", text: text, title: UploadReader.headline(of: text)))])
        #expect(reply.body == expected)
        #expect(reply.text.hasPrefix("{\n  \"documents\" : ["))
        #expect(reply.text.contains("\"name\" : \"مصدر من موسكو\""))
        let csp = try #require(reply.header("Content-Security-Policy"))
        #expect(csp.contains("script-src 'self'"))
        #expect(!csp.contains("unsafe-inline"))
        #expect(reply.header("X-Content-Type-Options") == "nosniff")
    }

    @Test("bad uploads get a 4xx and one clear message, and the server keeps serving")
    func badUploads() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let binary = try await server.post("/api/analyze?name=a.txt", body: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]))
        #expect(binary.status == 422)
        #expect(try binary.json()["error"] as? String == "a.txt: binary file (NUL byte at offset 4), not UTF-8 text")
        let invalid = try await server.post("/api/analyze?name=b.txt", body: Data([0x71, 0x61, 0xD9, 0x28, 0x20]))
        #expect(invalid.status == 422)
        #expect((try invalid.json()["error"] as? String)?.contains("not valid UTF-8") == true)
        let empty = try await server.post("/api/analyze", body: Data())
        #expect(empty.status == 400)
        let blank = try await server.post("/api/analyze?name=c.txt", body: Data(" \n\t\n".utf8))
        #expect(blank.status == 422)
        #expect(try blank.json()["error"] as? String == "c.txt: contains only whitespace")
        let zip = try await server.post("/api/analyze?name=d.zip", body: Data([1, 2, 3]))
        #expect(zip.status == 415)
        let corpus = try await server.post("/api/analyze?name=e.jsonl", body: Data("{\"id\": 3}\nnot json\n".utf8))
        #expect(corpus.status == 422)
        #expect((try corpus.json()["error"] as? String)?.contains("no article could be read") == true)
        // Still serving.
        let ok = try await server.post("/api/analyze?name=f.txt", body: Data("وقال الكرملين إن المحادثات كانت بناءة".utf8))
        #expect(ok.status == 200)
        // Nothing was stored by /api/analyze, and .incoming holds no leftover.
        #expect(try await server.server.bench.workspace.articles().isEmpty)
        let incoming = server.workspace.appendingPathComponent(".incoming").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: incoming)) ?? []).isEmpty)
    }

    @Test("a body over the limit gets 413 with a clear message")
    func bodyLimit() async throws {
        let server = try await ServerHarness.start(maximumBodySize: 64 << 10)
        defer { server.stop() }
        let big = Data(String(repeating: "وقال الكرملين إن المحادثات كانت بناءة. ", count: 3_000).utf8)
        #expect(big.count > 64 << 10)
        let api = try await server.post("/api/analyze?name=big.txt", body: big)
        #expect(api.status == 413)
        #expect((try api.json()["error"] as? String)?.contains("larger than 64 KB") == true)
        let form = ServerHarness.multipart(files: [("big.txt", big)])
        let page = try await server.post("/analyze", body: form.body, type: form.type)
        #expect(page.status == 413)
        #expect(page.text.contains("larger than 64 KB"))
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(try await server.get("/api/status").status == 200)
    }

    @Test("analyses are bounded: 12 at once through a gate of 1 run one at a time, all answered")
    func boundedAnalyses() async throws {
        let server = try await ServerHarness.start(concurrentAnalyses: 1)
        defer { server.stop() }
        let data = try Data(contentsOf: ServerHarness.seed)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<12 {
                group.addTask { try await server.post("/api/analyze?name=seed-\(i).txt", body: data).status }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 12))
        let status = try await server.get("/api/status").json()
        let analyses = try #require(status["analyses"] as? [String: Any])
        #expect(analyses["limit"] as? Int == 1)
        #expect(analyses["peak"] as? Int == 1)
    }

    @Test("a full queue is refused with 503 and Retry-After, not piled up")
    func fullQueue() async throws {
        let server = try await ServerHarness.start(concurrentAnalyses: 1, waitingAnalyses: 0)
        defer { server.stop() }
        let text = Data(String(repeating: "وقال مصدر مطلع إن العملية بدأت، مضيفاً أن القوات تقدمت. ", count: 400).utf8)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask { try await server.post("/api/analyze?name=q\(i).txt", body: text).status }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0 == 200 || $0 == 503 })
        #expect(statuses.contains(200))
        #expect(server.server.bench.gate.peak == 1)
    }

    @Test("articles, corrections and their errors through the API")
    func correctionsAPI() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let id = try await server.storeSeed()
        #expect(id == "asharq-moscow-idlib")
        let article = try await server.get("/api/articles/\(id)").json()
        let document = try #require(article["document"] as? [String: Any])
        let statements = try #require(document["statements"] as? [[String: Any]])
        let entities = try #require(document["entities"] as? [[String: Any]])
        let moscow = try #require(entities.first { $0["name"] as? String == "مصدر من موسكو" })
        #expect(moscow["anonymity"] as? String == "anonymous")
        let byMoscow = try #require(statements.first {
            ($0["speaker"] as? [String: Any])?["entity"] as? String == moscow["id"] as? String
        })
        let sid = try #require(byMoscow["id"] as? String)
        // The reviewed statements carry the whole content, cut from the text.
        let reviewed = try #require(article["reviewed"] as? [[String: Any]])
        let full = try #require(reviewed.first { $0["id"] as? String == sid }?["content"] as? String)
        let short = try #require((byMoscow["content"] as? [String: Any])?["text"] as? String)
        #expect(full.count >= short.count)

        let made = try await server.postJSON("/api/articles/\(id)/corrections",
                                             ["kind": "wrong-anonymity", "statement": sid, "anonymity": "role"])
        #expect(made.status == 201)
        #expect(try made.json()["anonymity"] as? String == "role")
        let after = try await server.get("/api/articles/\(id)").json()
        let corrected = try #require((after["reviewed"] as? [[String: Any]])?.first { $0["id"] as? String == sid })
        #expect(corrected["anonymity"] as? String == "role")
        #expect(corrected["corrected"] as? Bool == true)

        let unknownKind = try await server.postJSON("/api/articles/\(id)/corrections", ["kind": "rename", "statement": sid])
        #expect(unknownKind.status == 422)
        let noStatement = try await server.postJSON("/api/articles/\(id)/corrections", ["kind": "not-a-statement", "statement": "s999"])
        #expect(noStatement.status == 404)
        let notJSON = try await server.post("/api/articles/\(id)/corrections", body: Data("kind=x".utf8))
        #expect(notJSON.status == 400)
        let missing = try await server.get("/api/articles/no-such-article")
        #expect(missing.status == 404)
        #expect(try missing.json()["error"] as? String == "no article with id 'no-such-article' in the workspace")
        let notHere = try await server.get("/api/nothing")
        #expect(notHere.status == 404)
        #expect(notHere.header("Content-Security-Policy") != nil)
    }

    @Test("audit, graph and compare mirror their commands")
    func reports() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        var ids: [String] = []
        for name in ["anon-sources-idlib", "asharq-moscow-idlib", "named-sources-idlib"] {
            let data = try Data(contentsOf: ServerHarness.samples.appendingPathComponent("\(name).txt"))
            let reply = try await server.post("/api/articles?name=\(name).txt", body: data)
            #expect(reply.status == 201)
            ids.append(name)
        }
        let audit = try await server.get("/api/audit").json()
        #expect((audit["articles"] as? [Any])?.count == 3)
        let csv = try await server.get("/api/audit?format=csv")
        #expect(csv.header("Content-Type")?.hasPrefix("text/csv") == true)
        #expect(try await server.get("/api/audit?format=pdf").status == 400)

        let svg = try await server.get("/api/graph?format=svg")
        #expect(svg.status == 200)
        #expect(svg.text.contains("<svg"))
        let dot = try await server.get("/api/graph?format=dot&top=5")
        #expect(dot.text.hasPrefix("digraph") || dot.text.contains("digraph"))
        let json = try await server.get("/api/graph?format=json&article=asharq-moscow-idlib")
        #expect((try json.json()["nodes"] as? [Any]) != nil)
        #expect(try await server.get("/api/graph?format=png").status == 400)
        #expect(try await server.get("/api/graph?top=0").status == 400)

        // Compare: the same comparison the command computes in process.
        let compare = try await server.get("/api/compare?" + ids.map { "article=\($0)" }.joined(separator: "&"))
        #expect(compare.status == 200)
        var digests: [ArticleDigest] = []
        for id in ids {
            let data = try Data(contentsOf: ServerHarness.samples.appendingPathComponent("\(id).txt"))
            let text = try ArticleTextDecoder.decode(data, name: id)
            digests.append(ArticleDigest(analyzing: SourceDocument(id: id, text: text, title: UploadReader.headline(of: text))))
        }
        #expect(compare.body == (try ComparisonJSON.encode(StoryComparison(digests, by: .article))))
        let one = try await server.get("/api/compare?article=asharq-moscow-idlib")
        #expect(one.status == 422)
        // POST: the articles in the body, a corpus here.
        let lines = try ids.map { id -> String in
            let text = try String(contentsOf: ServerHarness.samples.appendingPathComponent("\(id).txt"), encoding: .utf8)
            let object = try JSONSerialization.data(withJSONObject: ["id": id, "text": text])
            return String(decoding: object, as: UTF8.self)
        }.joined(separator: "\n")
        let posted = try await server.post("/api/compare?name=three.jsonl", body: Data(lines.utf8))
        #expect(posted.status == 200)
        #expect((try posted.json()["sides"] as? [Any])?.count == 3)
    }

    @Test("a .jsonl.gz upload is read through the workspace and leaves nothing behind")
    func gzipCorpus() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let scratch = try ServerHarness.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plain = scratch.appendingPathComponent("feed.jsonl")
        let lines = [
            #"{"id": "one", "title": "الكرملين: المحادثات بناءة", "text": "وقال الكرملين إن المحادثات كانت بناءة"}"#,
            #"{"text": "وقال مصدر مطلع إن العملية بدأت"}"#,
            "not json",
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain.path]
        guard (try? gzip.run()) != nil else { return }
        gzip.waitUntilExit()
        let data = try Data(contentsOf: scratch.appendingPathComponent("feed.jsonl.gz"))
        let reply = try await server.post("/api/articles?name=feed.jsonl.gz", body: data, type: "application/gzip")
        #expect(reply.status == 201)
        let json = try reply.json()
        let ids = (json["articles"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["one", "feed-2"])
        #expect((json["skipped"] as? [String])?.count == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: server.workspace.path).sorted()
        #expect(files.allSatisfy { $0 == ".incoming" || $0.hasPrefix(Workspace.databaseName) })
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.workspace.appendingPathComponent(".incoming").path).isEmpty)
    }

    @Test("a saved web page is read as the command line reads it: article text kept, scripts dropped")
    func htmlUpload() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let page = """
        <html><head><title>الكرملين: المحادثات بناءة</title><script>var x = "وقال مصدر مطلع";</script></head>
        <body><nav>الرئيسية</nav><article><h1>الكرملين: المحادثات بناءة</h1>
        <p>وقال الكرملين إن المحادثات كانت &laquo;بناءة&raquo;.</p></article></body></html>
        """
        let reply = try await server.post("/api/analyze?name=kremlin.html", body: Data(page.utf8), type: "text/html")
        #expect(reply.status == 200)
        let documents = try #require(try reply.json()["documents"] as? [[String: Any]])
        #expect(documents.first?["id"] as? String == "kremlin")
        let entities = (documents.first?["entities"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(entities.contains("الكرملين"))
        #expect(!entities.contains("مصدر مطلع"))
        let empty = try await server.post("/api/analyze?name=menu.html", body: Data("<html><body><nav>القائمة</nav></body></html>".utf8))
        #expect(empty.status == 422)
        #expect(try empty.json()["error"] as? String == "menu.html: no article text found in this page")
    }

    @Test("another site cannot post to the workbench, nor reach it through another host name")
    func crossSite() async throws {
        let server = try await ServerHarness.start()
        defer { server.stop() }
        let seed = try Data(contentsOf: ServerHarness.seed)
        var request = URLRequest(url: server.base.appendingPathComponent("api/articles"))
        request.httpMethod = "POST"
        request.httpBody = seed
        request.setValue("http://evil.example", forHTTPHeaderField: "Origin")
        let (body, response) = try await server.session.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 403)
        #expect(String(decoding: body, as: UTF8.self).contains("a request from another site ('http://evil.example') cannot change the workspace"))
        request.setValue("null", forHTTPHeaderField: "Origin")
        #expect(((try await server.session.data(for: request)).1 as? HTTPURLResponse)?.statusCode == 403)
        // Its own origin is welcome, as are clients that send none.
        request.setValue("http://\(server.base.host!):\(server.base.port!)", forHTTPHeaderField: "Origin")
        #expect(((try await server.session.data(for: request)).1 as? HTTPURLResponse)?.statusCode == 201)
        #expect(try await server.server.bench.workspace.articles().count == 1)
        // DNS rebinding: a name that resolves to loopback is still not ours (curl sets Host as given).
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { return }
        let (status, output) = try await Subprocess.run("/usr/bin/curl", [
            "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Host: evil.example:\(server.base.port!)",
            server.base.appendingPathComponent("api/status").absoluteString,
        ], timeout: 60, errors: false)
        #expect(status == 0)
        #expect(output == "403")
    }
}
