import Attribution
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves the command line's INPUT arguments into documents, checking
/// everything that can be checked before any analysis starts.
///
/// - a file: `.txt` (or no known extension) is one article; `.html`/`.htm`
///   is one article extracted from the page; `.jsonl` and `.jsonl.gz` are
///   corpora of one article per line, streamed;
/// - a directory: its `.txt` files, sorted by name (not recursive);
/// - `-`: one article read from standard input, id `stdin`.
///
/// Single articles are read and validated here, in `init`, so that a binary,
/// non-UTF-8 or empty file stops the run before any work or output; they
/// are small. Corpora are only opened here and are read lazily by
/// `makeIterator()`, so a 20,000-article corpus never sits in memory.
///
/// No read goes past its limit (`InputFile`): an article is read up to
/// `maximumDocumentBytes` plus one byte, and one with more is skipped with
/// a warning, as over the limit, without being read whole. A named pipe
/// (`<(zcat …)`) is read like standard input, once; a device or a socket
/// is refused, so that `/dev/zero` never runs forever.
///
///     let reader = try InputReader(paths: ["Samples", "../shared/corpus/bench/articles.jsonl.gz"])
///     let documents = reader.makeIterator()
///     while let item = try documents.next() {
///         if case .document(let doc) = item { … }
///     }
public struct InputReader: Sendable {
    /// Every input, directories expanded, in the order given.
    public let sources: [DocumentSource]
    /// The articles read in `init`, by source (over the limit: skipped);
    /// corpora are not here.
    let articles: [DocumentSource: InputItem]
    /// Articles with more UTF-8 bytes than this are not read further, but skipped.
    public let maximumDocumentBytes: Int

    /// 1 MB, the analyser's default limit for one document.
    public static let defaultMaximumDocumentBytes = 1_000_000

    /// - Parameters:
    ///   - paths: INPUT arguments as typed.
    ///   - maximumDocumentBytes: how much of one article is read.
    ///   - standardInput: reads standard input (by default up to the limit
    ///     and one byte more); replaceable in tests.
    public init(paths: [String], maximumDocumentBytes: Int = InputReader.defaultMaximumDocumentBytes,
                standardInput: (() -> Data)? = nil) throws(InputError) {
        let limit = max(0, maximumDocumentBytes)
        self.maximumDocumentBytes = limit
        let standardInput = standardInput ?? { InputFile.readStandardInput(limit: limit) }
        guard !paths.isEmpty else { throw InputError("no input given") }
        guard paths.filter({ $0 == "-" }).count <= 1 else {
            throw InputError("'-' (standard input) can be given only once")
        }
        var sources: [DocumentSource] = []
        for path in paths {
            sources += try Self.expand(path)
        }
        var articles: [DocumentSource: InputItem] = [:]
        var kept = 0
        for source in sources {
            switch source {
            case .text, .html, .standardInput:
                let item = try Self.item(from: source, limit: limit, standardInput: standardInput)
                // Every article is read and checked now, so that a bad one
                // stops the run before any output; only the first
                // `keptTextLimit` bytes of them stay in memory, the rest
                // are read again when their turn comes. A pipe cannot be
                // read again: it is always kept.
                var size = 0
                if case .document(let document) = item { size = document.text.utf8.count }
                if source.url.map({ InputFile.kind(of: $0.path) == .fifo }) ?? true
                    || kept + size <= Self.keptTextLimit {
                    articles[source] = item
                    kept += size
                }
            case .corpus(let url):
                // A pipe is neither sized nor opened twice: opening it
                // here would wait for its writer, and its data is read once.
                guard InputFile.kind(of: url.path) != .fifo else { continue }
                if (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) == 0 {
                    throw InputError("\(source.displayName): empty file")
                }
                _ = try GzipLineReader(url: url, name: source.displayName)
            }
        }
        self.sources = sources
        self.articles = articles
    }

    /// How many bytes of article text (.txt, .html) `init` keeps; a
    /// directory of more is read again, file by file, as it is analysed,
    /// so that memory stays bounded however many files it holds.
    static let keptTextLimit = 32 << 20

    /// One article file (or standard input) checked, from its bytes read
    /// whole; throws the message that names it. Not for corpora.
    static func article(from source: DocumentSource, data: Data,
                        note: (String) -> Void = { _ in }) throws(InputError) -> SourceDocument {
        switch source {
        case .text:
            let text = try ArticleTextDecoder.decode(data, name: source.displayName, note: note)
            return SourceDocument(id: source.documentID, text: text, title: headline(of: text))
        case .html:
            let html = try ArticleTextDecoder.decode(data, name: source.displayName, note: note)
            let page = HTMLTextExtractor(html: html)
            guard !page.paragraphs.isEmpty else {
                throw InputError("\(source.displayName): no article text found in this page")
            }
            return SourceDocument(id: source.documentID, text: page.text, title: page.title)
        case .standardInput:
            let text = try ArticleTextDecoder.decode(data, name: source.displayName, note: note)
            return SourceDocument(id: source.documentID, text: text, title: headline(of: text))
        case .corpus:
            throw InputError("\(source.displayName): a corpus is read line by line, not as one article")
        }
    }

    /// One article file (or standard input) read up to `limit` bytes and
    /// checked: the document, or, when it holds more, a skip that says so
    /// (it is never read whole). Throws the message that names it.
    static func item(from source: DocumentSource, limit: Int,
                     standardInput: () -> Data) throws(InputError) -> InputItem {
        let name = source.displayName
        // An HTML page holds more than its text: it may be read to 16 times the limit.
        var isHTML = false
        if case .html = source { isHTML = true }
        let readLimit = isHTML ? (limit > Int.max / 32 ? Int.max / 2 : max(limit * 16, 16 << 20)) : limit
        let contents: InputFile.Contents
        if let url = source.url {
            contents = try InputFile.read(url.path, name: name, limit: readLimit)
        } else {
            let data = standardInput()
            contents = InputFile.Contents(data: data, isTruncated: data.count > readLimit, size: nil)
        }
        guard contents.isTruncated else {
            let document = try article(from: source, data: contents.data, note: printNote)
            let bytes = document.text.utf8.count
            guard bytes <= limit else { return .skipped(overLimit(source, bytes: bytes, limit: limit)) }
            return .document(document)
        }
        // Binary data is refused as it would be whole; anything else is only too long.
        if let nul = contents.data.firstIndex(of: 0) {
            throw InputError("\(name): binary file (NUL byte at offset \(nul - contents.data.startIndex)), not UTF-8 text")
        }
        return .skipped(overLimit(source, bytes: contents.size, limit: limit, html: isHTML ? readLimit : nil))
    }

    /// The skip of an article over the limit: its size when known.
    static func overLimit(_ source: DocumentSource, bytes: Int?, limit: Int, html: Int? = nil) -> SkippedDocument {
        let size = bytes.map(PendingDocument.size) ?? "more than \(PendingDocument.size(html ?? limit))"
        let what = html != nil ? "page" : "of text"
        return SkippedDocument(source: source.displayName, line: 0, id: source.documentID,
                               reason: "\(html != nil ? "a page of " + size : size + " " + what), over the "
                                   + "\(PendingDocument.size(limit)) limit for one document "
                                   + "(split it, or raise --max-document-size)")
    }

    /// A note about an input (its encoding) on standard error, once, when
    /// the input is first read.
    static func printNote(_ message: String) {
        FileHandle.standardError.write(Data("quotegraph: note: \(message)\n".utf8))
    }

    /// The input files, for refusing to write output over one of them.
    public var inputFiles: [URL] {
        sources.compactMap(\.url)
    }

    /// A fresh pass over the documents, in input order.
    public func makeIterator() -> DocumentIterator {
        DocumentIterator(sources: sources, articles: articles, maximumDocumentBytes: maximumDocumentBytes)
    }

    /// One argument as sources: a directory becomes its sorted `.txt` files.
    static func expand(_ path: String) throws(InputError) -> [DocumentSource] {
        if path == "-" { return [.standardInput] }
        if path.isEmpty { throw InputError("an input path is empty") }
        let kind = InputFile.kind(of: path)
        if let refusal = InputFile.refusal(kind, name: path) { throw InputError(refusal) }
        guard kind == .directory else {
            // A pipe is opened when read (opening waits for its writer).
            if kind != .fifo && access(path, R_OK) != 0 {
                throw InputError("\(path): \(InputFile.reason(errno))")
            }
            if let refusal = UnsupportedInput.message(for: path) { throw InputError(refusal) }
            let name = path.lowercased()
            if name.hasSuffix(".gz") && !name.hasSuffix(".jsonl.gz") {
                throw InputError("\(path): only .jsonl.gz corpora can be read compressed")
            }
            return [DocumentSource(path: path)]
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw InputError("\(path): cannot list this directory")
        }
        // Byte order of the UTF-8 names: the same on every machine and locale.
        let texts = names
            .filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".txt") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let directory = URL(fileURLWithPath: path, isDirectory: true)
        // Regular files only: a device or pipe named *.txt in a directory is passed over.
        let files = texts.map { directory.appendingPathComponent($0) }.filter { url in
            if case .regular = InputFile.kind(of: url.path) { return true }
            return false
        }
        guard !files.isEmpty else {
            throw InputError("\(path): no .txt files in this directory")
        }
        return files.map { DocumentSource.text($0) }
    }

    /// The corpus layout puts the headline on line 1 and leaves line 2
    /// blank; only then is line 1 taken as the title. Lines end in LF or
    /// CRLF (split on scalars: "\r\n" is one Character, never equal to "\n").
    static func headline(of text: String) -> String? {
        let lines = text.unicodeScalars.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[1].allSatisfy(ArticleTextDecoder.isBlank) else { return nil }
        let title = String(String.UnicodeScalarView(lines[0])).trimmingBlanks()
        return title.isEmpty ? nil : title
    }
}
