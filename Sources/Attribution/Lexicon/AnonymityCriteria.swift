import Foundation

/// The phrases by which Arabic news says why a source is anonymous and how
/// the source knows, loaded from `anonymity.tsv` beside the lexicon (see the
/// comment at the top of that file for its columns and matching rules).
///
///     let found = AnonymityCriteria.shared.matches(in: "وأوضح مصدر مطلع، طلب عدم الكشف عن اسمه، أن")
///     found.map(\.criterion)   // [.formula]
public struct AnonymityCriteria: Sendable {
    /// What a phrase says about an anonymous source.
    public enum Criterion: String, Sendable, Codable, CaseIterable {
        /// The source asked for (or was granted) anonymity: «طلب عدم الكشف عن اسمه».
        case formula
        /// Why the source cannot be named: «لأنه غير مخول بالحديث لوسائل الإعلام».
        case reason
        /// How the source knows: «مطلع على المحادثات»، «شارك في الاجتماع».
        case basis
    }

    /// One phrase of the file.
    public struct Phrase: Sendable, Hashable {
        /// As written in the file.
        public var text: String
        public var criterion: Criterion
        /// The normalised key, blanks collapsed to one space.
        let key: [Unicode.Scalar]
    }

    /// A phrase found in a text.
    public struct Match: Sendable, Hashable {
        public var phrase: String
        public var criterion: Criterion
    }

    /// The criteria shipped with quotegraph.
    public static let shared: AnonymityCriteria = {
        do {
            return try AnonymityCriteria(url: Lexicon.bundledDirectory().appendingPathComponent("anonymity.tsv"))
        } catch {
            fatalError("quotegraph: cannot load anonymity.tsv: \(error)")
        }
    }()

    public let phrases: [Phrase]
    /// Phrases by the first scalar of their key, for a quick scan.
    private let byFirst: [Unicode.Scalar: [Phrase]]

    public init(url: URL) throws {
        let file = try TSVFile(url: url, minimumColumns: 2)
        var phrases: [(String, Criterion)] = []
        for (n, row) in file.rows.enumerated() {
            guard let criterion = Criterion(rawValue: row[1]) else {
                throw LexiconError("\(url.lastPathComponent): row \(n + 1) («\(row[0])»): criterion must be formula, reason or basis, not '\(row[1])'")
            }
            phrases.append((row[0], criterion))
        }
        self.init(phrases: phrases)
    }

    public init(phrases: [(String, Criterion)]) {
        var list: [Phrase] = []
        var seen = Set<[Unicode.Scalar]>()
        for (text, criterion) in phrases {
            let key = Self.key(text)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            list.append(Phrase(text: text, criterion: criterion, key: key))
        }
        self.phrases = list
        self.byFirst = Dictionary(grouping: list, by: { $0.key[0] })
    }

    /// Every phrase found in `text`, once each, in text order.
    ///
    /// A phrase matches at the start of a word (after a space, punctuation,
    /// or a one-letter clitic و ف ل ب) and its last word may run on
    /// («عن اسم» matches «عن اسمه»).
    public func matches(in text: String) -> [Match] {
        let hay = Self.key(text)
        var found: [Match] = []
        var seen = Set<String>()
        for i in hay.indices where Self.startsWord(hay, at: i) {
            guard let candidates = byFirst[hay[i]] else { continue }
            for phrase in candidates where !seen.contains(phrase.text) {
                let key = phrase.key
                guard i + key.count <= hay.count else { continue }
                var j = 0
                while j < key.count, hay[i + j] == key[j] { j += 1 }
                if j == key.count {
                    seen.insert(phrase.text)
                    found.append(Match(phrase: phrase.text, criterion: phrase.criterion))
                }
            }
        }
        return found
    }

    private static func startsWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard ArabicNormalizer.isWordScalar(s[i]) else { return false }
        if i == 0 || !ArabicNormalizer.isWordScalar(s[i - 1]) { return true }
        let clitics: Set<Unicode.Scalar> = ["و", "ف", "ل", "ب"]
        return clitics.contains(s[i - 1]) && (i == 1 || !ArabicNormalizer.isWordScalar(s[i - 2]))
    }

    /// The matching key: normalised, every run of blanks one space.
    static func key(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var blank = false
        for scalar in ArabicNormalizer.normalize(text).unicodeScalars {
            if scalar.properties.isWhitespace {
                blank = !out.isEmpty
            } else {
                if blank { out.append(" ") }
                blank = false
                out.append(scalar)
            }
        }
        return out
    }
}
