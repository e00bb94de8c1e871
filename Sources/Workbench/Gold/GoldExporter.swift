import Attribution
import Corpus
import Foundation

/// `quotegraph export-gold`: the workspace's reviewed articles as gold
/// files that `shared/eval/score.py` and `quotegraph evaluate` read.
///
/// An article is reviewed when an editor has made at least one correction
/// to it. Its gold is the analysis with the corrections applied: statements
/// struck out are left out, corrected speakers and classes replace the
/// analyser's, added statements are in, and every other statement is taken
/// as the editor let it stand. Each article gives `<id>.txt` (its text,
/// byte for byte) and `<id>.gold.json` beside it, each written whole or not
/// at all.
///
///     let summary = try await GoldExporter(workspace: ws).export(to: URL(fileURLWithPath: "gold"))
///     // gold/asharq-moscow-idlib.txt, gold/asharq-moscow-idlib.gold.json
///     // $ python3 ../shared/eval/score.py --gold gold --check
public struct GoldExporter: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// What was written, and what could not be located in its text.
    public struct Summary: Sendable {
        public var articles: [String] = []
        public var attributions = 0
        /// One line per attribution left out, and why.
        public var leftOut: [String] = []
    }

    /// The gold of each reviewed article, without writing anything.
    public func goldFiles() async throws(WorkspaceError) -> [(article: StoredArticle, gold: Data, leftOut: [String], count: Int)] {
        let corrections = try await workspace.corrections()
        let reviewed = Set(corrections.map(\.articleID))
        var files: [(StoredArticle, Data, [String], Int)] = []
        for article in try await workspace.articles() where reviewed.contains(article.id) {
            let view = ReviewedArticle(article: article, analysed: workspace.analysis(of: article),
                                       corrections: corrections.filter { $0.articleID == article.id })
            let (file, leftOut) = Self.gold(of: view)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data: Data
            do {
                data = try encoder.encode(file)
            } catch {
                throw WorkspaceError("\(article.id): cannot encode its gold (\(error))")
            }
            files.append((article, data + Data("\n".utf8), leftOut, file.attributions.count))
        }
        return files
    }

    /// Writes the gold files into `directory` (created if missing).
    public func export(to directory: URL) async throws -> Summary {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw WorkspaceError("\(directory.path): not a directory") }
        } else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw WorkspaceError("\(directory.path): cannot create (\((error as NSError).localizedDescription))")
            }
        }
        var summary = Summary()
        for (article, gold, leftOut, count) in try await goldFiles() {
            try write(Data(article.text.utf8), to: directory.appendingPathComponent("\(article.id).txt"))
            try write(gold, to: directory.appendingPathComponent("\(article.id).gold.json"))
            summary.articles.append(article.id)
            summary.attributions += count
            summary.leftOut += leftOut
        }
        return summary
    }

    private func write(_ data: Data, to url: URL) throws {
        let file = try AtomicFileWriter(destination: url)
        try file.write(data)
        try file.finish()
    }

    /// The gold file of one reviewed article, and the statements that had
    /// to be left out (a cue that cannot be anchored in its line).
    static func gold(of view: ReviewedArticle) -> (GoldFile, [String]) {
        let scalars = Array(view.article.text.unicodeScalars)
        var records: [GoldRecord] = []
        var leftOut: [String] = []
        for s in view.statements where !s.rejected {
            guard let anchor = GoldAnchor(scalars: scalars, cue: s.cue) else {
                leftOut.append("\(view.article.id) \(s.id): its cue «\(s.cueText)» cannot be anchored")
                continue
            }
            let content = s.content.map { view.text($0) } ?? ""
            let firstWords = content.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
            records.append(GoldRecord(
                anchor: anchor.anchor, cue: anchor.cue, n: anchor.n,
                speaker: s.speakerText, resolved: s.speaker.isEmpty ? ReviewedStatement.unknownSpeaker : s.speaker,
                kind: s.kind, anonymity: s.anonymity, form: s.form, negated: s.negated,
                reportedBy: s.relayedBy.first, content: firstWords))
        }
        return (GoldFile(id: view.article.id, attributions: records), leftOut)
    }
}
