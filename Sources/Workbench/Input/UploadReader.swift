import Attribution
import Corpus
import Foundation

/// Turns uploads into articles with the command line's own readers, so that
/// the page, the API and `quotegraph analyze` read a file the same way and
/// refuse the same things with the same words: binary data, invalid UTF-8,
/// an empty file, a page without article text, a corpus with no article.
///
/// Text and HTML are read in memory. A corpus (`.jsonl`, `.jsonl.gz`) is
/// copied to the workspace's `.incoming/` folder, read there by
/// `InputReader` line by line, and removed; nothing is written elsewhere.
///
///     let reader = UploadReader(incoming: workspace.directory.appendingPathComponent(".incoming"))
///     let batch = try reader.read([Upload(name: "a.txt", bytes: Data("وقال الكرملين إن …".utf8))])
///     batch.documents[0].id     // "a"
public struct UploadReader: Sendable {
    /// Where a corpus is copied while it is read.
    public let incoming: URL
    /// Articles read from one request at most; the rest are counted as skipped.
    public var maximumDocuments = 1_000

    public init(incoming: URL) {
        self.incoming = incoming
    }

    /// The articles read, and the corpus lines that were skipped.
    public struct Batch: Sendable {
        public var documents: [SourceDocument] = []
        public var skipped: [String] = []
    }

    public func read(_ uploads: [Upload]) throws(InputError) -> Batch {
        guard !uploads.isEmpty else { throw InputError("nothing to analyse: paste a text or choose a file") }
        var batch = Batch()
        for upload in uploads {
            try read(upload, into: &batch)
        }
        guard !batch.documents.isEmpty else {
            throw InputError("no article could be read" + (batch.skipped.first.map { ": \($0)" } ?? ""))
        }
        return batch
    }

    private func read(_ upload: Upload, into batch: inout Batch) throws(InputError) {
        let name = Self.displayName(upload.name)
        guard let format = upload.format else {
            throw InputError("\(name): cannot read this kind of file (use .txt, .html, .jsonl or .jsonl.gz)")
        }
        guard !upload.bytes.isEmpty else { throw InputError("\(name): empty file") }
        switch format {
        case .text:
            let text = try ArticleTextDecoder.decode(upload.bytes, name: name)
            add(SourceDocument(id: upload.stem, text: text, title: Self.headline(of: text)), to: &batch)
        case .html:
            let html = try ArticleTextDecoder.decode(upload.bytes, name: name)
            let page = HTMLTextExtractor(html: html)
            guard !page.paragraphs.isEmpty else { throw InputError("\(name): no article text found in this page") }
            add(SourceDocument(id: upload.stem, text: page.text, title: page.title), to: &batch)
        case .jsonl, .jsonlGzip:
            try readCorpus(upload, format: format, name: name, into: &batch)
        }
    }

    private func add(_ document: SourceDocument, to batch: inout Batch) {
        if batch.documents.count < maximumDocuments {
            batch.documents.append(document)
        } else {
            if batch.skipped.count < 100 || document.id.isEmpty {
                batch.skipped.append("\(document.id): more than \(maximumDocuments) articles in one request")
            }
        }
    }

    private func readCorpus(_ upload: Upload, format: Upload.Format, name: String,
                            into batch: inout Batch) throws(InputError) {
        do {
            try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot prepare the workspace for reading \(name)")
        }
        let file = incoming.appendingPathComponent("\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try upload.bytes.write(to: file)
        } catch {
            throw InputError("cannot keep \(name) in the workspace while reading it")
        }
        let stem = ArticleID.sanitised(upload.stem)
        do {
            let reader = try InputReader(paths: [file.path])
            let iterator = reader.makeIterator()
            var line = 0
            while let item = try iterator.next() {
                line += 1
                switch item {
                case .document(var document):
                    // Lines without an id are named after the upload and their place in it.
                    if document.id.hasPrefix(file.deletingPathExtension().deletingPathExtension().lastPathComponent) {
                        document.id = "\(stem)-\(line)"
                    }
                    add(document, to: &batch)
                case .skipped(let skipped):
                    batch.skipped.append("\(name) line \(skipped.line): \(skipped.reason)")
                }
                if batch.documents.count >= maximumDocuments + 100 { break }
            }
        } catch {
            throw InputError(error.description.replacingOccurrences(of: file.path, with: name))
        }
    }

    /// The upload's name for messages: its last path component, printable.
    static func displayName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        let clean = String(base.unicodeScalars.filter { $0.properties.generalCategory != .control }.prefix(100))
        return clean.isEmpty ? "upload" : clean
    }

    /// The corpus layout's headline: line 1 when line 2 is blank.
    static func headline(of text: String) -> String? {
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[1].allSatisfy(\.isWhitespace) else { return nil }
        let title = lines[0].trimmingCharacters(in: .whitespacesAndNewlines)
        return title.isEmpty ? nil : title
    }
}
