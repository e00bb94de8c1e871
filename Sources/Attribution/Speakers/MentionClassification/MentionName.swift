/// The name, role and affiliation of a mention as written.
///
///     «وكالة «تاس»»                     → name «وكالة «تاس»» (the closing mark kept)
///     «مدير شرطة الرياض»                → affiliation «شرطة الرياض»
///     «إيغر كوناشينكوف، المتحدث الرسمي» → role «المتحدث الرسمي»
///     «"رويترز»                          → balancedName: «رويترز»
extension MentionClassifier {
    /// The name with its quotation marks and brackets paired: a phrase cut
    /// inside or after them leaves one alone («رويترز"» from «"رويترز"»،
    /// «وكالة أنباء الإمارات (وام» from «… (وام)»). A stray mark at either
    /// end goes, an opening mark left inside is closed at the end, and a
    /// lone closing or straight quote inside goes. Only marks change,
    /// never words.
    static func balancedName(_ name: String) -> String {
        guard hasPairedMark(name) else { return name }
        // Scalars: each mark is one, and comparing scalars is cheap. An
        // array, not a dictionary: the marks appended must come in the same
        // order on every run.
        let ordered: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("«", "»"), ("(", ")"), ("“", "”")]
        let quote: Unicode.Scalar = "\"", space: Unicode.Scalar = " "
        var s = Array(name.unicodeScalars)
        func count(_ mark: Unicode.Scalar) -> Int { s.reduce(0) { $0 + ($1 == mark ? 1 : 0) } }
        /// A mark without its partner in the name.
        func isLone(_ mark: Unicode.Scalar) -> Bool {
            if mark == quote { return count(mark) % 2 == 1 }
            guard let pair = ordered.first(where: { $0.open == mark || $0.close == mark }) else { return false }
            let other = pair.open == mark ? pair.close : pair.open
            return count(mark) > count(other)
        }
        func remove(at i: Int) {
            s.remove(at: i)
            // «مصادر "دنيا»: no double space where the mark stood.
            if i > 0, i < s.count, s[i - 1] == space, s[i] == space { s.remove(at: i) }
            while s.first == space { s.removeFirst() }
            while s.last == space { s.removeLast() }
        }
        while let last = s.last, last == quote || ordered.contains(where: { $0.close == last }), isLone(last) {
            remove(at: s.count - 1)
        }
        while let first = s.first, first == quote || ordered.contains(where: { $0.open == first }), isLone(first) {
            remove(at: 0)
        }
        if isLone(quote), let i = s.firstIndex(of: quote) { remove(at: i) }
        for (open, close) in ordered {
            if isLone(open) { s.append(close) }
            if isLone(close), let i = s.firstIndex(of: close) { remove(at: i) }
        }
        return s.isEmpty ? name : String(String.UnicodeScalarView(s))
    }

    /// A name written as a hashtag reads as its words: «#سعد_الحريري» →
    /// «سعد الحريري» (the tokenizer already reads # and _ as spaces; the
    /// mention's text keeps them, the name does not).
    static func hashtagAsWords(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 == 0x23 || $0 == 0x5F }) else { return name }
        return name.split(whereSeparator: { $0 == "#" || $0 == "_" || $0 == " " }).joined(separator: " ")
    }

    /// Whether the name holds any of the marks `balancedName` pairs, by its
    /// UTF-8 bytes: most names hold none, and walking Characters is slow.
    static func hasPairedMark(_ name: String) -> Bool {
        // (The lent bytes indexed, not `String.UTF8View`'s iterator.)
        name.withKeyBytes { b in
            for i in b.indices {
                switch b[i] {
                case 0x22, 0x28, 0x29: return true                                      // " ( )
                case 0xAB, 0xBB: if i >= 1, b[i - 1] == 0xC2 { return true }             // « »
                case 0x9C, 0x9D: if i >= 2, b[i - 1] == 0x80, b[i - 2] == 0xE2 { return true }   // “ ”
                default: break
                }
            }
            return false
        }
    }

    /// The institution a role belongs to: after «باسم», or the first
    /// institution head inside the role («مدير شرطة الرياض»).
    func affiliation(in words: [Int]) -> String? {
        if let k = words.firstIndex(where: { facts[$0].roles.contains(.spokesFor) }), k + 1 < words.count {
            return text.text(words[k + 1], words.last!)
        }
        if let k = words.dropFirst().firstIndex(where: {
            let c = facts[$0].speakerWord?.category
            return c == .institution || c == .media
        }) {
            return stripClitic(text.text(words[k], words.last!))
        }
        return nil
    }

    func stripClitic(_ s: String) -> String {
        if s.hasPrefix("لل") { return "ال" + s.dropFirst(2) }
        if let f = s.first, "لب".contains(f), s.dropFirst().hasPrefix("ا") || s.count > 4 { return String(s.dropFirst()) }
        return s
    }

    func setName(_ words: [Int], _ p: inout SpeakerProfile) {
        guard let first = words.first, var last = words.last else { return }
        // «وكالة «تاس»»: keep the closing mark of a quoted name.
        if last + 1 < text.tokens.count, let q = text.quotations.first(where: { $0.close == last + 1 }),
           q.open > first || (q.open >= first - 1 && q.open < last) {
            last += 1
        }
        p.name = displayName(first, last)
        p.nameTokens = words.map { text.tokens[$0].stem }
    }

    /// The phrase as written, without a leading conjunction on a known
    /// head («وكثير من الدول» → «كثير من الدول»).
    func displayName(_ first: Int, _ last: Int) -> String {
        let name = text.text(first, last)
        let head = text.tokens[first].norm
        // (`head` is a key: its first letter compared on bytes.)
        guard head.hasKeyPrefix("و"), lexicon.speakerWords[String(head.dropFirst())] != nil, name.hasPrefix("و") else { return name }
        return String(name.dropFirst())
    }

    func addApposition(_ words: [Int], to p: inout SpeakerProfile) {
        guard p.role == nil, let first = words.first, let last = words.last else { return }
        p.role = text.text(first, last)
        p.affiliation = affiliation(in: words)
        if let k = words.firstIndex(where: { facts[$0].roles.contains(.spokesFor) }) {
            p.role = text.text(first, words[max(0, k - 1)])
        }
    }
}
