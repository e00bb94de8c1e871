import Attribution
import Audit
import Compare
import Corpus
import Foundation
import Graph
import Hummingbird

/// The JSON API under `/api/`, described in `docs/openapi.yaml`.
///
/// `POST /api/analyze` answers with the bytes `quotegraph analyze --format
/// json` writes. Audit, graph and compare mirror their commands: with
/// `GET` they work on the workspace's articles (all, or `?article=ID`
/// repeated), with `POST` on the articles in the body (read as `?name=`
/// says, like an INPUT file). Errors are `{"error": "…"}` with a 4xx.
struct APIRoutes {
    let bench: Workbench

    func register(on router: Router<BasicRequestContext>) {
        router.post("/api/analyze") { request, _ in
            let batch = try await bench.documents(from: request)
            return Responses.json(try Self.documentsJSON(try await bench.analyse(batch.documents)))
        }
        router.get("/api/articles") { _, _ in
            let reviewed = try await bench.reviewed([])
            return Responses.json(["articles": reviewed.map(ArticleListing.init)])
        }
        router.post("/api/articles") { request, _ in
            let batch = try await bench.documents(from: request)
            let name = UploadReader.displayName(request.uri.queryParameters.get("name") ?? "article.txt")
            let stored = try await bench.store(batch, source: name)
            let reviewed = try await bench.reviewed(stored.map(\.id))
            return Responses.json(StoredResponse(articles: reviewed.map(ArticleListing.init), skipped: batch.skipped),
                                  status: .created)
        }
        router.get("/api/articles/:id") { _, context in
            let reviewed = try await bench.reviewed(try context.parameters.require("id"))
            return Responses.json(try Self.articleJSON(reviewed))
        }
        router.get("/api/articles/:id/corrections") { _, context in
            let id = try context.parameters.require("id")
            _ = try await bench.reviewed(id)
            return Responses.json(["corrections": try await bench.workspace.corrections(of: id)])
        }
        router.post("/api/articles/:id/corrections") { request, context in
            let reviewed = try await bench.reviewed(try context.parameters.require("id"))
            let body = try await bench.body(of: request)
            let asked: CorrectionRequest
            do {
                asked = try JSONDecoder().decode(CorrectionRequest.self, from: body)
            } catch {
                throw WorkbenchError(.badRequest, "the body must be a JSON object such as {\"kind\": \"not-a-statement\", \"statement\": \"s3\"}")
            }
            let stored = try await bench.workspace.add(try asked.correction(for: reviewed))
            return Responses.json(stored, status: .created)
        }
        router.delete("/api/corrections/:n") { _, context in
            guard let n = context.parameters.get("n", as: Int64.self) else {
                throw WorkbenchError(.badRequest, "a correction number is a whole number")
            }
            guard try await bench.workspace.removeCorrection(n) else {
                throw WorkbenchError(.notFound, "no correction \(n)")
            }
            return Response(status: .noContent)
        }
        for method in [HTTPRequest.Method.get, .post] {
            router.on("/api/audit", method: method) { request, _ in try await audit(request) }
            router.on("/api/graph", method: method) { request, _ in try await graph(request) }
            router.on("/api/compare", method: method) { request, _ in try await compare(request) }
        }
        router.get("/api/status") { _, _ in
            Responses.json(Status(articles: try await bench.workspace.articles().count,
                                  analyses: .init(limit: bench.gate.limit, running: bench.gate.running, peak: bench.gate.peak),
                                  maximumBodySize: bench.configuration.maximumBodySize))
        }
    }

    /// The articles a report is about: the body's (POST) or the workspace's.
    private func pairs(_ request: Request) async throws -> [(SourceDocument, AnalyzedDocument)] {
        if request.method == .post {
            let documents = try await bench.documents(from: request).documents
            return zip(documents, try await bench.analyse(documents)).map { ($0, $1) }
        }
        return try await bench.reviewed(request.uri.queryParameters.getAll("article")).map { ($0.article.document, $0.analysed) }
    }

    private func audit(_ request: Request) async throws -> Response {
        let name = request.uri.queryParameters.get("format") ?? "json"
        guard let format = AuditFormat(rawValue: name), format != .html else {
            throw WorkbenchError(.badRequest, "format must be json, csv, markdown or table")
        }
        let report = bench.audit(try await pairs(request))
        let types: [AuditFormat: String] = [.json: "application/json", .csv: "text/csv", .markdown: "text/markdown",
                                            .table: "text/plain"]
        return Responses.bytes(Data(AuditWriter.write(report, format: format).utf8),
                               type: "\(types[format] ?? "text/plain"); charset=utf-8")
    }

    private func graph(_ request: Request) async throws -> Response {
        let q = request.uri.queryParameters
        let name = q.get("format") ?? "svg"
        guard let format = GraphFormat(rawValue: name), [.svg, .dot, .json, .graphml, .gexf].contains(format) else {
            throw WorkbenchError(.badRequest, "format must be svg, dot, json, graphml or gexf")
        }
        let top = q.get("top", as: Int.self)
        if q.get("top") != nil, (top ?? 0) < 1 { throw WorkbenchError(.badRequest, "top must be a whole number, at least 1") }
        let minWeight = q.get("minWeight", as: Int.self) ?? 1
        guard minWeight >= 1 else { throw WorkbenchError(.badRequest, "minWeight must be at least 1") }
        let documents = try await pairs(request).map(\.1)
        guard !documents.isEmpty else { throw WorkbenchError(.unprocessableContent, "no articles to draw") }
        let options = GraphOptions(top: top, minWeight: minWeight, edgeLabels: q.get("edgeLabels") == "true")
        let data = try await bench.gate.run { try await renderGraph(of: documents, format: format, options: options, lexicon: bench.analyzer.lexicon) }
        let types: [GraphFormat: String] = [.svg: "image/svg+xml", .dot: "text/vnd.graphviz; charset=utf-8",
                                            .json: "application/json", .graphml: "application/xml", .gexf: "application/xml"]
        return Responses.bytes(data, type: types[format] ?? "application/octet-stream")
    }

    private func compare(_ request: Request) async throws -> Response {
        let q = request.uri.queryParameters
        guard let grouping = CompareGrouping(rawValue: q.get("by") ?? "article") else {
            throw WorkbenchError(.badRequest, "by must be article or outlet")
        }
        let format = q.get("format") ?? "json"
        guard ["json", "markdown"].contains(format) else { throw WorkbenchError(.badRequest, "format must be json or markdown") }
        let comparison = try bench.comparison(try await pairs(request), by: grouping)
        if format == "markdown" {
            return Responses.bytes(Data(ComparisonMarkdown().render(comparison, heading: "#").utf8), type: "text/markdown; charset=utf-8")
        }
        return Responses.json(try ComparisonJSON.encode(comparison))
    }

    // MARK: - JSON shapes

    /// `{"documents": [...]}` exactly as `analyze --format json` writes it.
    static func documentsJSON(_ documents: [AnalyzedDocument]) throws -> Data {
        let sink = MemorySink()
        var formatter = JSONDocumentsFormatter()
        try formatter.begin(sink)
        for document in documents { try formatter.add(document, to: sink) }
        try formatter.end(sink)
        return sink.data
    }

    static func articleJSON(_ reviewed: ReviewedArticle) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var out = Data("{\"article\":".utf8)
        out += try encoder.encode(ArticleListing(reviewed))
        out += Data(",\"corrections\":".utf8)
        out += try encoder.encode(reviewed.corrections)
        out += Data(",\"document\":".utf8)
        out += try DocumentJSONEncoder().encode(reviewed.analysed)
        out += Data(",\"reviewed\":".utf8)
        out += try encoder.encode(reviewed.statements.map { ReviewedListing($0, content: $0.content.map(reviewed.text) ?? "") })
        out += Data(",\"text\":".utf8)
        out += try encoder.encode(reviewed.article.text)
        out += Data("}\n".utf8)
        return out
    }

    struct ArticleListing: Encodable {
        var id: String
        var title: String?
        var headline: String
        var outlet: String?
        var date: String?
        var url: String?
        var source: String
        var statements: Int
        var hidden: Int
        var corrections: Int

        init(_ r: ReviewedArticle) {
            let s = ArticleSummary(r)
            id = r.article.id
            title = r.article.title
            headline = r.article.headline
            outlet = r.article.outlet
            date = r.article.date
            url = r.article.url
            source = r.article.source
            statements = s.statements
            hidden = s.hidden
            corrections = s.corrections
        }
    }

    /// A statement with the corrections applied, its content given whole.
    struct ReviewedListing: Encodable {
        var id: String
        var cue: String
        var cueStart: Int
        var cueEnd: Int
        var speaker: String
        var anonymity: Anonymity
        var kind: EntityKind
        var form: ContentForm
        var negated: Bool
        var rejected: Bool
        var corrected: Bool
        var relayedBy: [String]
        /// The whole content, cut from the text by its offsets.
        var content: String

        init(_ s: ReviewedStatement, content: String) {
            self.content = content
            id = s.id
            cue = s.cueText
            cueStart = s.cue.start
            cueEnd = s.cue.end
            speaker = s.speaker
            anonymity = s.anonymity
            kind = s.kind
            form = s.form
            negated = s.negated
            rejected = s.rejected
            corrected = s.isCorrected
            relayedBy = s.relayedBy
        }
    }

    struct StoredResponse: Encodable {
        var articles: [ArticleListing]
        var skipped: [String]
    }

    struct Status: Encodable {
        struct Analyses: Encodable {
            var limit: Int
            var running: Int
            var peak: Int
        }
        var articles: Int
        var analyses: Analyses
        var maximumBodySize: Int
    }
}
