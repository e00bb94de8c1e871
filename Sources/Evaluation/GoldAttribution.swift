import Foundation
import Attribution

/// One annotated attribution of a gold file (see shared/eval/GUIDELINES.md),
/// located in its article's text.
public struct GoldAttribution: Sendable, Hashable {
    public var anchor: String
    public var cue: String
    public var resolved: String
    public var anonymity: Anonymity
    public var form: ContentForm
    public var negated: Bool
    public var optional: Bool
    public var reportedBy: String?
    /// Span of the cue in Unicode scalars of the article text.
    public var span: TextSpan
}

/// A gold file with its article: `<id>.gold.json` beside `<id>.txt`.
public struct GoldDocument: Sendable {
    public var id: String
    public var text: String
    public var attributions: [GoldAttribution]

    /// Every gold document in a directory; problems (anchors not found,
    /// bad fields) are collected, not thrown, as `score.py --check` does.
    public static func load(directory: URL) throws -> (documents: [GoldDocument], problems: [String]) {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        var documents: [GoldDocument] = []
        var problems: [String] = []
        for file in files {
            let id = String(file.dropLast(".gold.json".count))
            do {
                let text = try String(contentsOf: directory.appendingPathComponent(id + ".txt"), encoding: .utf8)
                let data = try Data(contentsOf: directory.appendingPathComponent(file))
                let raw = try JSONDecoder().decode(RawGold.self, from: data)
                documents.append(GoldDocument(id: id, text: text,
                                              attributions: locate(raw.attributions, in: text, id: id, problems: &problems)))
            } catch {
                problems.append("\(id): cannot read: \(error)")
            }
        }
        return (documents, problems)
    }

    private struct RawGold: Decodable {
        var attributions: [RawAttribution]
    }

    private struct RawAttribution: Decodable {
        var anchor: String
        var cue: String
        var resolved: String?
        var anonymity: String?
        var form: String?
        var negated: Bool?
        var optional: Bool?
        var reported_by: String?
        var n: Int?
    }

    private static func locate(_ raw: [RawAttribution], in text: String, id: String,
                               problems: inout [String]) -> [GoldAttribution] {
        let scalars = Array(text.unicodeScalars)
        return raw.enumerated().compactMap { i, a in
            let anchor = Array(a.anchor.unicodeScalars)
            let hits = occurrences(of: anchor, in: scalars)
            // `n` counts from 1; anything below (Int.min included) is invalid, never subtracted from.
            let k = a.n.map { $0 >= 1 ? $0 - 1 : -1 } ?? 0
            guard a.anchor.hasPrefix(a.cue), !a.cue.isEmpty, k >= 0, k < hits.count, a.n != nil || hits.count == 1,
                  let anonymity = Anonymity(rawValue: a.anonymity ?? ""),
                  let form = ContentForm(rawValue: a.form ?? "") else {
                problems.append("\(id)#\(i + 1) («\(a.anchor.prefix(30))»): anchor, cue or fields invalid")
                return nil
            }
            let start = hits[k]
            return GoldAttribution(anchor: a.anchor, cue: a.cue, resolved: a.resolved ?? "", anonymity: anonymity,
                                   form: form, negated: a.negated ?? false, optional: a.optional ?? false,
                                   reportedBy: a.reported_by,
                                   span: TextSpan(start, start + a.cue.unicodeScalars.count))
        }
    }

    private static func occurrences(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        // Non-overlapping, left to right, as Python's re.finditer.
        var hits: [Int] = []
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) {
                hits.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return hits
    }
}
