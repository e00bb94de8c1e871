import Attribution
import Foundation
import TestSupport
import Testing
@testable import Workbench

@Suite("Workbench parts")
struct UnitTests {
    @Test("Markup escapes interpolated text, also inside attribute values")
    func markupEscapes() {
        let hostile = "<script>alert('x')</script>\" onload=\"y"
        let m: Markup = "<p title=\"\(hostile)\">\(hostile)</p>"
        #expect(m.html == "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onload=&quot;y\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onload=&quot;y</p>")
        let nested: Markup = "<div>\(m)</div>"
        #expect(nested.html.hasPrefix("<div><p title="))
        #expect(Markup.escape("a\u{0}b\u{7}c") == "abc")
    }

    @Test("gold anchors run on until unique, and count repeated ones as re.finditer does")
    func anchors() throws {
        let text = "وقال الكرملين إن الأمر انتهى.\nوقال الكرملين إن الأمر انتهى.\nوقال مصدر إن شيئاً لم يحدث."
        let scalars = Array(text.unicodeScalars)
        let third = try #require(GoldAnchor(scalars: scalars, cue: TextSpan(60, 64)))
        #expect(third.cue == "وقال")
        #expect(third.anchor == "وقال مصدر")
        #expect(third.n == nil)
        let second = try #require(GoldAnchor(scalars: scalars, cue: TextSpan(30, 34)))
        #expect(second.anchor == "وقال الكرملين إن الأمر انتهى.")
        #expect(second.n == 2)
        #expect(GoldAnchor(scalars: scalars, cue: TextSpan(28, 32)) == nil)   // crosses the line break
        #expect(GoldAnchor.occurrences(of: Array("aa".unicodeScalars), in: Array("aaaa a".unicodeScalars)) == [0, 2])
    }

    @Test("article ids are safe as file names and URL paths")
    func articleIDs() {
        #expect(ArticleID.sanitised("asharq-moscow-idlib") == "asharq-moscow-idlib")
        #expect(ArticleID.sanitised("../../etc/passwd") == "etc-passwd")
        #expect(ArticleID.sanitised("<script>a</script>\" onload=\"x") == "script-a-script-onload-x")
        #expect(ArticleID.sanitised("مقال") == "article")
        #expect(ArticleID.sanitised("مقال 1.txt") == "1-txt")
    }

    @Test("multipart forms: fields, files, and an empty file input left out")
    func multipart() throws {
        let (body, type) = ServerHarness.multipart(fields: ["text": "وقال الكرملين"],
                                                   files: [("a.txt", Data([0, 1, 2, 0x0D, 0x0A])), ("", Data())])
        let form = try MultipartForm(body: body, contentType: type)
        #expect(form.fields["text"] == "وقال الكرملين")
        #expect(form.files.count == 1)
        #expect(form.files.first?.bytes == Data([0, 1, 2, 0x0D, 0x0A]))
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: body, contentType: "multipart/form-data") }
    }

    @Test("the analysis gate never runs more than its limit and refuses beyond its queue")
    func gate() async throws {
        let gate = AnalysisGate(limit: 2, queueLimit: 100)
        let counter = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    try await gate.run {
                        counter.enter()
                        try await Task.sleep(for: .milliseconds(20))
                        counter.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(counter.peak == 2)
        #expect(gate.peak == 2)
        #expect(gate.running == 0)
        let tight = AnalysisGate(limit: 1, queueLimit: 0)
        async let held: Void = tight.run { try await Task.sleep(for: .milliseconds(300)) }
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: AnalysisGate.Busy.self) { try await tight.run { 1 } }
        try await held
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var peak = 0
        func enter() { lock.lock(); now += 1; peak = max(peak, now); lock.unlock() }
        func leave() { lock.lock(); now -= 1; lock.unlock() }
    }

    @Test("docs/openapi.yaml describes every API route the server registers")
    func openAPIDescribesTheRoutes() throws {
        let yaml = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        let documented = Set(yaml.split(separator: "\n").filter { $0.hasPrefix("  /api/") }
            .map { String($0.dropFirst(2).dropLast()) })
        let source = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Sources/Workbench/Server/APIRoutes.swift"),
                                encoding: .utf8)
        // Every "/api/…" path literal in the routes, `:id` written `{id}` as OpenAPI does.
        let registered = Set(source.matches(of: /"(\/api\/[a-z\/:]+)"/).map {
            String($0.1).replacingOccurrences(of: #":([a-z]+)"#, with: "{$1}", options: .regularExpression)
        })
        #expect(registered.count >= 9)
        #expect(registered == documented)
    }
}
