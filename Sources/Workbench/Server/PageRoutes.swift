import Attribution
import Compare
import Foundation
import Graph
import Hummingbird
import QuoteGraphCore

/// The pages: analyse (`/`, `POST /analyze`), an article (`/articles/{id}`
/// and its correction forms), `/audit`, `/graph`, `/compare`, and the
/// static script and stylesheet. Forms answer with 303 to the page that
/// shows the result, or with the same page, a message and a 4xx.
struct PageRoutes {
    let bench: Workbench

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in try await analysePage() }
        router.post("/analyze") { request, _ in try await analyse(request) }
        router.get("/articles/:id") { request, context in
            let id = try context.parameters.require("id")
            let order = ArticlePage.Order(rawValue: request.uri.queryParameters.get("order") ?? "") ?? .text
            return Responses.html(ArticlePage(reviewed: try await bench.reviewed(id), order: order).render())
        }
        router.post("/articles/:id/corrections") { request, context in
            try await correct(request, id: try context.parameters.require("id"))
        }
        router.post("/articles/:id/corrections/:n/delete") { _, context in
            let id = try context.parameters.require("id")
            guard let n = context.parameters.get("n", as: Int64.self) else {
                throw WorkbenchError(.badRequest, "a correction number is a whole number")
            }
            _ = try await bench.workspace.removeCorrection(n)
            return Responses.redirect("/articles/\(id)")
        }
        router.get("/audit") { request, _ in
            let ids = request.uri.queryParameters.getAll("article")
            let reviewed = try await bench.reviewed(ids)
            let report = bench.audit(reviewed.map { ($0.article.document, $0.analysed) })
            let headlines = Dictionary(reviewed.map { ($0.article.id, $0.article.headline) }, uniquingKeysWith: { a, _ in a })
            return Responses.html(AuditPage(report: report, headlines: headlines, selection: ids).render())
        }
        router.get("/graph") { request, _ in try await graphPage(request) }
        router.get("/compare") { request, _ in try await comparePage(request) }
        router.get("/static/:name") { _, context in
            guard let asset = StaticAssets.shared.asset(named: try context.parameters.require("name")) else {
                throw WorkbenchError(.notFound, "no such file")
            }
            var response = Responses.bytes(asset.data, type: asset.type)
            response.headers[.cacheControl] = "max-age=300"
            return response
        }
    }

    private func summaries() async throws -> [ArticleSummary] {
        try await bench.reviewed([]).map(ArticleSummary.init)
    }

    private func analysePage(message: (String, Bool)? = nil, added: [ArticleSummary] = [],
                             status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = AnalysePage(articles: try await summaries(), message: message.map { (text: $0.0, error: $0.1) },
                               added: added, maximumBody: bench.configuration.maximumBodySize)
        return Responses.html(page.render(), status: status)
    }

    /// The analyse form: pasted text and files, stored in the workspace.
    private func analyse(_ request: Request) async throws -> Response {
        do {
            let body = try await bench.body(of: request)
            let type = request.headers[.contentType] ?? ""
            var uploads: [Upload] = []
            if type.lowercased().hasPrefix("multipart/form-data") {
                let form: MultipartForm
                do {
                    form = try MultipartForm(body: body, contentType: type)
                } catch {
                    throw WorkbenchError(.badRequest, "the form could not be read: \(error.reason)")
                }
                if let text = form.fields["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    // Browsers send a textarea's line breaks as CRLF; the article is kept with LF.
                    let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
                    uploads.append(Upload(name: Workbench.pastedID(normalised) + ".txt", bytes: Data(normalised.utf8)))
                }
                uploads += form.files
            } else if type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
                let fields = FormFields(String(decoding: body, as: UTF8.self))
                if let text = fields["text"] {
                    let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
                    uploads.append(Upload(name: Workbench.pastedID(normalised) + ".txt", bytes: Data(normalised.utf8)))
                }
            } else {
                throw WorkbenchError(.unsupportedMediaType, "send the analyse form (multipart/form-data)")
            }
            let batch = try bench.read(uploads)
            let source = uploads.count == 1 ? UploadReader.displayName(uploads[0].name) : "upload"
            let stored = try await bench.store(batch, source: source)
            if stored.count == 1, batch.skipped.isEmpty {
                return Responses.redirect("/articles/\(stored[0].id)")
            }
            let added = try await bench.reviewed(stored.map(\.id)).map(ArticleSummary.init)
            var note = "أضيف \(stored.count) مقالاً إلى مساحة العمل."
            if !batch.skipped.isEmpty {
                note += " تُرك \(batch.skipped.count): " + batch.skipped.prefix(3).joined(separator: "؛ ")
            }
            return try await analysePage(message: (note, false), added: added)
        } catch let error as WorkbenchError {
            return try await analysePage(message: (error.message, true), status: error.status)
        }
    }

    private func correct(_ request: Request, id: String) async throws -> Response {
        let reviewed = try await bench.reviewed(id)
        do {
            let body = try await bench.body(of: request)
            let fields = FormFields(String(decoding: body, as: UTF8.self))
            let correction = try CorrectionRequest(form: fields).correction(for: reviewed)
            let stored = try await bench.workspace.add(correction)
            return Responses.redirect("/articles/\(id)" + (stored.statementID.map { "#st-\($0)" } ?? ""))
        } catch let error as WorkbenchError {
            let page = ArticlePage(reviewed: reviewed, message: (text: error.message, error: true))
            return Responses.html(page.render(), status: error.status)
        }
    }

    private func graphPage(_ request: Request) async throws -> Response {
        let ids = request.uri.queryParameters.getAll("article")
        let reviewed = try await bench.reviewed(ids)
        let documents = reviewed.map(\.analysed)
        let full = CitationGraph(documents: documents, lexicon: bench.analyzer.lexicon)
        let requested = request.uri.queryParameters.get("top", as: Int.self)
        if let requested, requested < 1 { throw WorkbenchError(.badRequest, "top must be at least 1") }
        let top = requested ?? GraphPage.defaultTop(speakers: full.speakers.count)
        let graph = full.filtered(top: top, minWeight: 1)
        var svg: String?
        var problem: String?
        if documents.isEmpty {
            problem = "لا مقالات في مساحة العمل بعد: حلّل مقالاً أولاً."
        } else {
            do {
                let data = try await bench.gate.run { try await exportGraph(graph, format: .svg, options: GraphOptions(top: top)) }
                svg = String(decoding: data, as: UTF8.self)
            } catch {
                problem = "تعذّر رسم الشبكة: \(error)"
            }
        }
        let page = GraphPage(graph: graph, svg: svg, problem: problem, articles: reviewed, top: top,
                             totalSpeakers: full.speakers.count, selection: ids)
        return Responses.html(page.render())
    }

    private func comparePage(_ request: Request) async throws -> Response {
        let ids = request.uri.queryParameters.getAll("article")
        let all = try await summaries()
        var comparison: StoryComparison?
        var message: (text: String, error: Bool)?
        var status = HTTPResponse.Status.ok
        if !ids.isEmpty {
            do {
                let reviewed = try await bench.reviewed(ids)
                comparison = try bench.comparison(reviewed.map { ($0.article.document, $0.analysed) }, by: .article)
            } catch let error as WorkbenchError {
                message = (error.message, true)
                status = error.status
            }
        }
        let page = ComparePage(articles: all, selected: ids, comparison: comparison, message: message)
        return Responses.html(page.render(), status: status)
    }
}
