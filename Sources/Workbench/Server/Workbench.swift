import Attribution
import Audit
import Compare
import Foundation
import Hummingbird

/// What the routes share: the workspace, the analysis gate and the limits,
/// and the operations both the pages and the API are made of (read a body,
/// read uploads, analyse, audit, draw, compare).
///
///     let bench = try Workbench(configuration: WorkbenchConfiguration(workspace: dir))
///     let documents = try await bench.analyse(bench.reader.read([upload]).documents)
public final class Workbench: Sendable {
    public let configuration: WorkbenchConfiguration
    public let workspace: Workspace
    public let gate: AnalysisGate
    let reader: UploadReader
    let analyzer: Analyzer
    /// Compare's word lists, from the analyser's lexicon, made once.
    let matching: MatchingWords

    public init(configuration: WorkbenchConfiguration) throws(WorkspaceError) {
        self.configuration = configuration
        let analyzer = Analyzer()
        self.analyzer = analyzer
        matching = MatchingWords(lexicon: analyzer.lexicon)
        workspace = try Workspace(directory: configuration.workspace)
        gate = AnalysisGate(limit: configuration.concurrentAnalyses, queueLimit: configuration.waitingAnalyses)
        reader = UploadReader(incoming: configuration.workspace.appendingPathComponent(".incoming", isDirectory: true))
    }

    // MARK: - Requests

    /// The whole body, refused with 413 beyond the limit (by its declared
    /// length before reading, or as soon as the bytes pass it).
    func body(of request: Request) async throws -> Data {
        let limit = configuration.maximumBodySize
        let tooLarge = WorkbenchError(.contentTooLarge,
            "the request is larger than \(Self.size(limit)), the limit: send fewer or smaller files, "
            + "or analyse a large corpus with `quotegraph analyze`")
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw tooLarge
        }
        var data = Data()
        for try await chunk in request.body {
            guard data.count + chunk.readableBytes <= limit else { throw tooLarge }
            if let bytes = chunk.getBytes(at: chunk.readerIndex, length: chunk.readableBytes) {
                data.append(contentsOf: bytes)
            }
        }
        return data
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

    /// Uploads read into articles; an unreadable one is a 4xx with the reason.
    func read(_ uploads: [Upload]) throws(WorkbenchError) -> UploadReader.Batch {
        do {
            return try reader.read(uploads)
        } catch {
            let unsupported = error.description.contains("cannot read this kind of file")
            throw WorkbenchError(unsupported ? .unsupportedMediaType : .unprocessableContent, error.description)
        }
    }

    /// The body of an API request as articles; `?name=` says how to read it
    /// (`a.txt`, `feed.jsonl.gz`; default `article.txt`).
    func documents(from request: Request) async throws -> UploadReader.Batch {
        let name = request.uri.queryParameters.get("name") ?? "article.txt"
        let data = try await body(of: request)
        guard !data.isEmpty else {
            throw WorkbenchError(.badRequest, "the request body is empty: send the article's text (or a file's bytes with ?name=FILE)")
        }
        return try read([Upload(name: name, bytes: data)])
    }

    // MARK: - Analysis, bounded

    /// Analyses documents, at most `concurrentAnalyses` at a time across
    /// all requests.
    func analyse(_ documents: [SourceDocument]) async throws -> [AnalyzedDocument] {
        let analyzer = self.analyzer
        var out: [AnalyzedDocument] = []
        out.reserveCapacity(documents.count)
        for document in documents {
            out.append(try await gate.run { await Self.offPool { analyzer.analyze(document) } })
        }
        return out
    }

    /// Runs CPU-bound work on a Dispatch thread rather than on Swift's
    /// cooperative pool (one thread per core), so that while analyses run
    /// the pool stays free to read requests and write responses.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    /// Stored articles with their analyses and corrections: all, or the ids
    /// given (404 for one the workspace does not hold).
    func reviewed(_ ids: [String]) async throws -> [ReviewedArticle] {
        let all = try await workspace.articles()
        let chosen: [StoredArticle]
        if ids.isEmpty {
            chosen = all
        } else {
            let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var seen: Set<String> = []
            let unique = ids.filter { seen.insert($0).inserted }
            chosen = try unique.map { id throws(WorkbenchError) in
                guard let a = byID[id] else { throw WorkbenchError(.notFound, "no article with id '\(id)' in the workspace") }
                return a
            }
        }
        let corrections = try await workspace.corrections()
        var out: [ReviewedArticle] = []
        for article in chosen {
            let analysed = try await gate.run { [workspace] in await Self.offPool { workspace.analysis(of: article) } }
            out.append(ReviewedArticle(article: article, analysed: analysed,
                                       corrections: corrections.filter { $0.articleID == article.id }))
        }
        return out
    }

    func reviewed(_ id: String) async throws -> ReviewedArticle {
        guard let article = try await workspace.article(id) else {
            throw WorkbenchError(.notFound, "no article with id '\(id)' in the workspace")
        }
        let analysed = try await gate.run { [workspace] in await Self.offPool { workspace.analysis(of: article) } }
        return ReviewedArticle(article: article, analysed: analysed, corrections: try await workspace.corrections(of: id))
    }

    /// Stores articles read from uploads and returns them as stored.
    func store(_ batch: UploadReader.Batch, source: String) async throws -> [StoredArticle] {
        try await workspace.add(batch.documents.map { StoredArticle($0, source: source) })
    }

    // MARK: - Reports

    func audit(_ pairs: [(SourceDocument, AnalyzedDocument)]) -> AuditReport {
        let auditor = ArticleAuditor(analyzer: analyzer)
        var collector = AuditCollector(grouping: .article, shownLimit: 0)
        for (source, analysed) in pairs {
            collector.add(auditor.audit(source, analysed: analysed), text: source.text, analysed: analysed)
        }
        return collector.finish()
    }

    func comparison(_ pairs: [(SourceDocument, AnalyzedDocument)], by grouping: CompareGrouping) throws(WorkbenchError) -> StoryComparison {
        let digests = pairs.map { ArticleDigest(source: $0.0, analyzed: $0.1, matching: matching) }
        let sides = grouping == .article ? digests.count : Set(digests.map(\.outlet)).count
        guard sides >= 2 else {
            throw WorkbenchError(.unprocessableContent, grouping == .article
                ? "compare needs at least two articles (got \(digests.count))"
                : "compare by outlet needs articles from at least two outlets")
        }
        return StoryComparison(digests, by: grouping)
    }

    /// The pasted text's article id: `pasted-` and a hash of the text, so
    /// that the same text pasted twice is one article.
    static func pastedID(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "pasted-" + String(hash, radix: 16).prefix(10)
    }
}
