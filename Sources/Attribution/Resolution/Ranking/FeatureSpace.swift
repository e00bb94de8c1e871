/// Every feature the speaker ranking knows, numbered: a feature is one
/// base fact (`prev`, `tok=≤15`, `r=pro-drop` …) joined to the candidate's
/// origin, written `t=entity|prev` in the weights file; the bare origin
/// (`t=entity`) is a bias.
///
///     FeatureSpace.code(.entity, "prev")          // an Int
///     FeatureSpace.name(FeatureSpace.code(.entity, "prev")!)   // "t=entity|prev"
///
/// Numbers let a candidate be scored by array lookups instead of building
/// and hashing strings (the ranking sees every statement of a corpus).
/// A weights file naming a feature outside this space is a load error.
enum FeatureSpace {
    static let origins: [SpeakerCandidate.Origin] = [.rule, .entity, .cast, .none]
    static let resolutions = ["nil"] + ResolutionKind.allCases.map(\.rawValue) + ["other"]
    static let tokenBins = [5, 15, 40, 100, 250]
    static let sentenceBins = [0, 1, 2, 4]
    static let paragraphBins = [0, 1, 2]
    static let mentionBins = [0, 1, 2, 4]

    static func bins(_ limits: [Int]) -> [String] { limits.map { "≤\($0)" } + [">\(limits.last!)"] }

    /// The base facts, in a fixed order.
    static let base: [String] = {
        var b = resolutions.map { "r=\($0)" } + CueKind.allCases.map { "k=\($0.rawValue)" }
        b += ["inQuote", "cueHead", "cueLead", "embedded", "negated", "isRule"]
        b += Anonymity.allCases.map { "rule=\($0.rawValue)" }
        b += ["ruleOneWord", "ruleKnownHead", "ruleUnknownHead", "ruleLam", "ruleSingle"]
        b += bins(sentenceBins).map { "ruleSent=\($0)" }
        b += ["agrees=true", "agrees=false", "g?", "g=", "g≠"]
        for cue in ["s", "p", "n"] { for e in ["s", "p", "n", "?"] { b.append("n=\(cue)|\(e)") } }
        b += EntityKind.allCases.map { "kind=\($0.rawValue)" } + Anonymity.allCases.map { "anon=\($0.rawValue)" }
        b += ["afterInSentence", "tok=none"] + bins(tokenBins).map { "tok=\($0)" }
        b += bins(sentenceBins).map { "sent=\($0)" } + bins(paragraphBins).map { "para=\($0)" }
        b += bins(mentionBins).map { "mentions=\($0)" }
        b += ["candHead", "nearerThanRule", "prev", "spoke", "mainArticle", "mainPara", "sharesRuleName", "containsRuleName"]
        return b
    }()

    static let baseIndex: [String: Int] = Dictionary(uniqueKeysWithValues: base.enumerated().map { ($1, $0) })

    /// Codes per origin: 0 is the bias, 1... the base facts.
    static var stride: Int { base.count + 1 }
    static var count: Int { origins.count * stride }

    static func offset(_ origin: SpeakerCandidate.Origin) -> Int { origins.firstIndex(of: origin)! * stride }

    static func bias(_ origin: SpeakerCandidate.Origin) -> Int { offset(origin) }

    static func code(_ origin: SpeakerCandidate.Origin, _ fact: String) -> Int? {
        baseIndex[fact].map { offset(origin) + 1 + $0 }
    }

    static func name(_ code: Int) -> String {
        let origin = origins[code / stride], k = code % stride
        return k == 0 ? "t=\(origin.rawValue)" : "t=\(origin.rawValue)|\(base[k - 1])"
    }

    /// The index of a base fact; every name used in code is in `base`.
    static func fact(_ name: String) -> Int { baseIndex[name]! }

    /// Base facts by bin, for the binned distances and counts.
    static let tokenFacts = bins(tokenBins).map { fact("tok=\($0)") }
    static let sentenceFacts = bins(sentenceBins).map { fact("sent=\($0)") }
    static let paragraphFacts = bins(paragraphBins).map { fact("para=\($0)") }
    static let mentionFacts = bins(mentionBins).map { fact("mentions=\($0)") }
    static let ruleSentenceFacts = bins(sentenceBins).map { fact("ruleSent=\($0)") }
    static let resolutionFacts = Dictionary(uniqueKeysWithValues: resolutions.map { ($0, fact("r=\($0)")) })
    static let kindFacts = Dictionary(uniqueKeysWithValues: CueKind.allCases.map { ($0, fact("k=\($0.rawValue)")) })
    static let ruleAnonymityFacts = Dictionary(uniqueKeysWithValues: Anonymity.allCases.map { ($0, fact("rule=\($0.rawValue)")) })
    static let anonymityFacts = Dictionary(uniqueKeysWithValues: Anonymity.allCases.map { ($0, fact("anon=\($0.rawValue)")) })
    static let entityKindFacts = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, fact("kind=\($0.rawValue)")) })
    static let numberFacts: [String: Int] = {
        var out: [String: Int] = [:]
        for cue in ["s", "p", "n"] { for e in ["s", "p", "n", "?"] { out["\(cue)|\(e)"] = fact("n=\(cue)|\(e)") } }
        return out
    }()

    /// The bin of n: the first limit it does not exceed, or the last bin.
    static func bin(_ n: Int, _ limits: [Int]) -> Int {
        limits.firstIndex { n <= $0 } ?? limits.count
    }

    static let codeOfName: [String: Int] = Dictionary(uniqueKeysWithValues: (0..<count).map { (name($0), $0) })
}
