import Attribution
import Foundation
import GRDB
import Synchronization

/// The workbench's one place on disk: a directory holding `workbench.sqlite`
/// (articles and corrections, through GRDB) and, while an uploaded corpus is
/// being read, its temporary copy under `.incoming/`. The server writes
/// nothing anywhere else.
///
///     let workspace = try Workspace(directory: URL(fileURLWithPath: "newsroom"))
///     let added = try await workspace.add([StoredArticle(document, source: "pasted")])
///     let analysed = try await workspace.analysis(of: added[0].id)
public final class Workspace: Sendable {
    public let directory: URL
    let database: DatabaseQueue
    private let analyzer = Analyzer()
    /// Analyses by article id; articles never change once stored.
    private let cache = Mutex<[String: AnalyzedDocument]>([:])

    public static let databaseName = "workbench.sqlite"

    /// Opens the workspace in `directory`, creating the directory (not its
    /// parents) and the database when `create` is true.
    public init(directory: URL, create: Bool = true, readOnly: Bool = false) throws(WorkspaceError) {
        let path = directory.path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw WorkspaceError("\(path): not a directory")
        }
        let databaseURL = directory.appendingPathComponent(Self.databaseName)
        if !exists || !FileManager.default.fileExists(atPath: databaseURL.path) {
            guard create else {
                throw WorkspaceError("\(path): not a quotegraph workspace (no \(Self.databaseName))")
            }
            if !exists {
                do {
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
                } catch {
                    throw WorkspaceError("\(path): cannot create the workspace directory (\((error as NSError).localizedDescription))")
                }
            }
        }
        self.directory = directory
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(5)
        do {
            database = try DatabaseQueue(path: databaseURL.path, configuration: configuration)
            if !readOnly {
                try Self.migrator.migrate(database)
            }
        } catch {
            throw WorkspaceError("\(databaseURL.path): cannot open the workspace database (\(error))")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("articles and corrections") { db in
            try db.create(table: StoredArticle.databaseTableName) { t in
                t.primaryKey("id", .text)
                t.column("text", .text).notNull()
                t.column("title", .text)
                t.column("outlet", .text)
                t.column("date", .text)
                t.column("url", .text)
                t.column("source", .text).notNull()
                t.column("addedAt", .datetime).notNull()
            }
            try db.create(table: Correction.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleID", .text).notNull().indexed()
                    .references(StoredArticle.databaseTableName, onDelete: .cascade)
                t.column("statementID", .text)
                t.column("kind", .text).notNull()
                t.column("cueStart", .integer).notNull()
                t.column("cueEnd", .integer).notNull()
                t.column("speaker", .text)
                t.column("anonymity", .text)
                t.column("entityKind", .text)
                t.column("form", .text)
                t.column("negated", .boolean).notNull()
                t.column("note", .text)
                t.column("createdAt", .datetime).notNull()
            }
        }
        return migrator
    }

    // MARK: - Articles

    /// Stores articles; an id already taken by a different text gets a
    /// suffix (`-2`, `-3` …), and the same text under the same id is kept
    /// once. Returns the articles as stored, in order.
    public func add(_ articles: [StoredArticle]) async throws(WorkspaceError) -> [StoredArticle] {
        try await write { db in
            var stored: [StoredArticle] = []
            for var article in articles {
                let base = ArticleID.sanitised(article.id)
                article.id = base
                var n = 1
                while let existing = try StoredArticle.fetchOne(db, key: article.id) {
                    if existing.text == article.text { break }
                    n += 1
                    article.id = "\(base)-\(n)"
                }
                if try StoredArticle.fetchOne(db, key: article.id) == nil {
                    try article.insert(db)
                }
                stored.append(article)
            }
            return stored
        }
    }

    /// Every article, in the order added.
    public func articles() async throws(WorkspaceError) -> [StoredArticle] {
        try await read { db in
            try StoredArticle.order(Column("addedAt"), Column("id")).fetchAll(db)
        }
    }

    public func article(_ id: String) async throws(WorkspaceError) -> StoredArticle? {
        try await read { db in try StoredArticle.fetchOne(db, key: id) }
    }

    /// The analyser's result for a stored article, made once.
    public func analysis(of article: StoredArticle) -> AnalyzedDocument {
        if let cached = cache.withLock({ $0[article.id] }) { return cached }
        let analysed = analyzer.analyze(article.document)
        cache.withLock { $0[article.id] = analysed }
        return analysed
    }

    // MARK: - Corrections

    /// Stores a correction and returns it with its id.
    public func add(_ correction: Correction) async throws(WorkspaceError) -> Correction {
        try await write { db in
            var correction = correction
            try correction.insert(db)
            return correction
        }
    }

    /// The corrections of one article, or of all when `articleID` is nil,
    /// oldest first.
    public func corrections(of articleID: String? = nil) async throws(WorkspaceError) -> [Correction] {
        try await read { db in
            var request = Correction.order(Column("id"))
            if let articleID { request = request.filter(Column("articleID") == articleID) }
            return try request.fetchAll(db)
        }
    }

    /// Removes a correction; false when there was none with that id.
    public func removeCorrection(_ id: Int64) async throws(WorkspaceError) -> Bool {
        try await write { db in try Correction.deleteOne(db, key: id) }
    }

    // MARK: - Database access with one error type

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(WorkspaceError) -> T {
        do {
            return try await database.read(body)
        } catch {
            throw WorkspaceError("workspace database: \(error)")
        }
    }

    private func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(WorkspaceError) -> T {
        do {
            return try await database.write(body)
        } catch {
            throw WorkspaceError("workspace database: \(error)")
        }
    }
}
