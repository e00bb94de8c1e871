import Attribution

/// Checks that a saved analysis (`evaluate --pred FILE`) belongs to the
/// gold set before it is scored: a wrong file used to score zeros and exit
/// 0, which reads as "the analyser finds nothing".
///
/// A file fails when it holds no document, when none of its documents has
/// a gold file, or when a document's `length` differs from its gold text
/// (it was analysed from another version of the article, and every offset
/// would miss). Gold articles the file lacks are only warned about: they
/// score as missed, as `score.py` scores them.
///
///     try PredictionCheck.check(predicted, gold: gold, file: "dev-ant.json", goldDirectory: "dev")
///     // throws PredictionCheck.Failure: "dev-ant.json: none of its 35 documents has a gold file in dev (its ids: …); …"
public enum PredictionCheck {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Throws when `predicted` cannot be scored against `gold`; returns the
    /// warnings (missing articles) otherwise.
    public static func check(_ predicted: [AnalyzedDocument], gold: [GoldDocument], file: String,
                             goldDirectory: String) throws(Failure) -> [String] {
        guard !predicted.isEmpty else {
            throw Failure(description: "\(file): no analysed documents in this file")
        }
        let goldByID = Dictionary(gold.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let matched = predicted.filter { goldByID[$0.id] != nil }
        guard !matched.isEmpty else {
            let ids = predicted.prefix(3).map(\.id).joined(separator: ", ") + (predicted.count > 3 ? " …" : "")
            throw Failure(description: "\(file): none of its \(predicted.count) document\(predicted.count == 1 ? "" : "s") "
                          + "has a gold file in \(goldDirectory) (its ids: \(ids)); "
                          + "score the output of 'quotegraph analyze \(goldDirectory)'")
        }
        for document in matched {
            let length = goldByID[document.id]!.text.unicodeScalars.count
            if document.length != length {
                throw Failure(description: "\(file): document \(document.id) is \(document.length) scalars long, "
                              + "its text in \(goldDirectory) \(length): it was analysed from another version of the article")
            }
        }
        let predictedIDs = Set(predicted.map(\.id))
        let missing = gold.filter { !predictedIDs.contains($0.id) }
        guard !missing.isEmpty else { return [] }
        return ["\(file): \(missing.count) of the \(gold.count) gold articles are not in this file "
                + "(first: \(missing[0].id)); they are scored as missed"]
    }
}
