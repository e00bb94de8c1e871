import Foundation

/// Name comparison exactly as the reference scorer (shared/eval/score.py)
/// does it, so that `quotegraph evaluate` and the script agree.
///
/// Names are compared as token sets after folding hamza, taa marbuta, alef
/// maqsura, diacritics and the article: «عبد العزيز العيد» matches «العيد»
/// (containment) and «مصادر في العاصمة» matches «مصادر» .
enum SpeakerName {
    static let stop: Set<String> = ["من", "في", "باسم", "عن", "على", "لدى", "الى", "إلى", "و", "ل", "لـ", "ال"]
    static let unspecified = "غير محدد"

    static func norm(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0610...0x061A).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670
                || (0x06D6...0x06ED).contains(v) || v == 0x0640 { continue }
            switch scalar {
            case "أ", "إ", "آ", "ٱ": out.append("ا")
            case "ى": out.append("ي")
            case "ة": out.append("ه")
            default: out.append(scalar)
            }
        }
        var text = String(out).lowercased()
        text = text.replacingOccurrences(of: #"(^|\s)(عبد|ابو)\s+ال"#, with: "$1$2ال", options: .regularExpression)
        text = text.replacingOccurrences(of: #"[«»"“”„'‘’()\[\]{}،,.:;؛!?؟…\-–—/]"#, with: " ", options: .regularExpression)
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func tokens(_ s: String) -> Set<String> {
        var out = Set<String>()
        for t in norm(s).split(separator: " ").map(String.init) where !stop.contains(t) {
            out.insert(t.hasPrefix("ال") && t.count > 4 ? String(t.dropFirst(2)) : t)
        }
        return out
    }

    static func matches(_ gold: String, _ candidate: String) -> Bool {
        let a = tokens(gold), b = tokens(candidate)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a.isSubset(of: b) || b.isSubset(of: a) { return true }
        return Double(a.intersection(b).count) / Double(a.union(b).count) >= 0.5
    }
}
