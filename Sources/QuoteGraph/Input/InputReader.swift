import Attribution
import Foundation

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
///     let reader = try InputReader(paths: ["Samples", "../shared/corpus/bench/articles.jsonl.gz"])
///     let documents = reader.makeIterator()
///     while let item = try documents.next() {
///         if case .document(let doc) = item { … }
///     }
public struct InputReader: Sendable {
    /// Every input, directories expanded, in the order given.
    public let sources: [DocumentSource]
    /// The articles read in `init`, by source; corpora are not here.
    let articles: [DocumentSource: SourceDocument]

    /// - Parameters:
    ///   - paths: INPUT arguments as typed.
    ///   - standardInput: reads all of standard input; replaceable in tests.
    public init(paths: [String],
                standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws(InputError) {
        guard !paths.isEmpty else { throw InputError("no input given") }
        guard paths.filter({ $0 == "-" }).count <= 1 else {
            throw InputError("'-' (standard input) can be given only once")
        }
        var sources: [DocumentSource] = []
        for path in paths {
            sources += try Self.expand(path)
        }
        var articles: [DocumentSource: SourceDocument] = [:]
        var kept = 0
        for source in sources {
            switch source {
            case .text, .html, .standardInput:
                let article = try Self.article(from: source, standardInput: standardInput, note: Self.printNote)
                // Every article is read and checked now, so that a bad one
                // stops the run before any output; only the first
                // `keptTextLimit` bytes of them stay in memory, the rest
                // are read again when their turn comes.
                let size = article.text.utf8.count
                if source == .standardInput || kept + size <= Self.keptTextLimit {
                    articles[source] = article
                    kept += size
                }
            case .corpus(let url):
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

    /// One article file (or standard input) read and checked; throws the
    /// message that names it. Not for corpora.
    static func article(from source: DocumentSource, standardInput: () -> Data,
                        note: (String) -> Void = { _ in }) throws(InputError) -> SourceDocument {
        switch source {
        case .text(let url):
            let data = try contents(of: url, name: source.displayName)
            let text = try ArticleTextDecoder.decode(data, name: source.displayName, note: note)
            return SourceDocument(id: source.documentID, text: text, title: headline(of: text))
        case .html(let url):
            let data = try contents(of: url, name: source.displayName)
            let html = try ArticleTextDecoder.decode(data, name: source.displayName, note: note)
            let page = HTMLTextExtractor(html: html)
            guard !page.paragraphs.isEmpty else {
                throw InputError("\(source.displayName): no article text found in this page")
            }
            return SourceDocument(id: source.documentID, text: page.text, title: page.title)
        case .standardInput:
            let text = try ArticleTextDecoder.decode(standardInput(), name: source.displayName, note: note)
            return SourceDocument(id: source.documentID, text: text, title: headline(of: text))
        case .corpus:
            throw InputError("\(source.displayName): a corpus is read line by line, not as one article")
        }
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
        DocumentIterator(sources: sources, articles: articles)
    }

    /// One argument as sources: a directory becomes its sorted `.txt` files.
    static func expand(_ path: String) throws(InputError) -> [DocumentSource] {
        if path == "-" { return [.standardInput] }
        if path.isEmpty { throw InputError("an input path is empty") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("\(path): no such file or directory")
        }
        guard isDirectory.boolValue else {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw InputError("\(path): permission denied")
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
        let files = texts.map { directory.appendingPathComponent($0) }.filter { url in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
        }
        guard !files.isEmpty else {
            throw InputError("\(path): no .txt files in this directory")
        }
        return files.map { DocumentSource.text($0) }
    }

    static func contents(of url: URL, name: String) throws(InputError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw InputError("\(name): cannot read (\((error as NSError).localizedDescription))")
        }
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
