/// The countries a role's nisba adjectives name, for telling two offices
/// apart: «الرئيس الأمريكي» is not «رئيس الوزراء الإسرائيلي».
///
///     Nationality(lexicon: .shared).countries(in: "رئيس الوزراء الإسرائيلي")   // ["اسرائل"]
///     Nationality(lexicon: .shared).countries(in: "الرئيس الأميركي")           // ["امركا"]
///
/// (Keys without ي: أمريكا and أميركا are one country.)
///
/// A nisba is a word ending in ي or ية whose stem, with ا or يا added or
/// with the article and ية, is a place of places.tsv (أمريكي → أمريكا،
/// روسي → روسيا، السعودي → السعودية). Other nisbas («الرسمي»، «الإعلامي»)
/// name no country and are left out, so that «المتحدث الرسمي» may still
/// be «المتحدث الإعلامي».
struct Nationality {
    let lexicon: Lexicon

    /// The places named by the nisba adjectives of `text`, as lexicon keys.
    func countries(in text: String?) -> Set<String> {
        guard let text else { return [] }
        var out = Set<String>()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "،" || $0 == "," }) {
            if let place = country(ArabicNormalizer.normalize(String(word))) { out.insert(place) }
        }
        return out
    }

    /// Whether an office naming `countries` may be the same as `role`:
    /// yes unless both name countries and none is shared.
    func allows(_ countries: Set<String>, as role: String?) -> Bool {
        guard !countries.isEmpty else { return true }
        let theirs = self.countries(in: role)
        return theirs.isEmpty || !countries.isDisjoint(with: theirs)
    }

    private func country(_ norm: String) -> String? {
        var w = Substring(norm)
        if w.hasPrefix("ال"), w.count > 4 { w = w.dropFirst(2) }
        if w.hasSuffix("ة") { w = w.dropLast() }
        guard w.hasSuffix("ي"), w.count >= 4 else { return nil }
        let stem = String(w.dropLast())
        for candidate in [stem, stem + "ا", stem + "يا", "ال" + stem + "ية"] where lexicon.place(candidate) != nil {
            // أمريكا and أميركا are one country.
            return String(candidate.filter { $0 != "ي" })
        }
        return nil
    }
}
