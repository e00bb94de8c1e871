import Attribution
import Foundation
import QuoteGraphCore

/// A saved `quotegraph analyze` output, read back for scoring:
/// `{"documents": [...]}`, a bare list, or one document per line.
///
///     let predicted = try PredictionFile.load("out/dev.jsonl")
public enum PredictionFile {
    public static func load(_ path: String) throws -> [AnalyzedDocument] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw RunError("\(path): cannot read")
        }
        struct Wrapped: Decodable { var documents: [AnalyzedDocument] }
        let decoder = JSONDecoder()
        if let wrapped = try? decoder.decode(Wrapped.self, from: data) { return wrapped.documents }
        if let list = try? decoder.decode([AnalyzedDocument].self, from: data) { return list }
        var documents: [AnalyzedDocument] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            guard let doc = try? decoder.decode(AnalyzedDocument.self, from: Data(line)) else {
                throw RunError("\(path):\(n + 1): not an analysed document")
            }
            documents.append(doc)
        }
        return documents
    }
}
