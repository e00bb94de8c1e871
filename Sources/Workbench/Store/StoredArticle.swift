import Attribution
import Foundation
import GRDB

/// One article kept in the workspace: its text exactly as read (statement
/// offsets count its Unicode scalars) and its metadata. The analysis is not
/// stored; it is made again from the text, so that a newer analyser and the
/// editor's corrections always meet the same text.
///
///     let article = StoredArticle(id: "asharq-moscow-idlib", text: "…", title: "…", source: "upload")
///     try await workspace.add([article])
public struct StoredArticle: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "article"

    public var id: String
    public var text: String
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    /// Where it came from: the uploaded file's name, or `pasted`.
    public var source: String
    public var addedAt: Date

    public init(id: String, text: String, title: String? = nil, outlet: String? = nil, date: String? = nil,
                url: String? = nil, source: String, addedAt: Date = Date()) {
        self.id = id
        self.text = text
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.source = source
        self.addedAt = addedAt
    }

    public init(_ document: SourceDocument, source: String) {
        self.init(id: document.id, text: document.text, title: document.title, outlet: document.outlet,
                  date: document.date, url: document.url, source: source)
    }

    /// The article as the analyser reads it.
    public var document: SourceDocument {
        SourceDocument(id: id, text: text, title: title, outlet: outlet, date: date, url: url)
    }

    /// The headline, or the first words of the text when there is none.
    public var headline: String {
        if let title, !title.isEmpty { return title }
        let words = text.split(whereSeparator: \.isWhitespace).prefix(10)
        return words.isEmpty ? id : words.joined(separator: " ") + "…"
    }
}
