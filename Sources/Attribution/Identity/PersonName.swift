/// A person's name reduced to the parts that identify the person, so that
/// articles which write one name differently still meet.
///
/// Articles about one event name the same official in many ways:
/// «وزير الخارجية الأستاذ عادل بن أحمد الجبير», «عادل الجبير», «الجبير»;
/// «إيغر كوناشينكوف» and «الجنرال إيغور كوناشنكوف». This type
/// - drops titles and offices before the name (the lexicon's `title` and
///   `role` words, the honorifics of role `nametitle` in roles.tsv, and
///   what hangs on them, role `titlelink`: «وزير الخارجية الألماني» before
///   «فرانك فالتر شتاينماير») and a stray «قوله» after it (`aftername`);
/// - joins compounds (`namecompound`): «عبد الله» = «عبدالله», «آل
///   الشيخ», «أبو محمد»;
/// - keeps «بن X» (`nasab`) as one patronymic token, which is never a
///   family name (a bare «سلمان» is not «محمد بن سلمان»);
/// - compares transliterated words by consonant skeleton (`skeleton`).
///
/// Arabic family names with the article («العمري», «العامري») and pairs of
/// known given names («محمد», «محمود») are matched exactly only: in them a
/// long vowel is a different name, not a spelling.
package struct PersonName: Hashable, Sendable {
    /// One word of the name.
    package struct Word: Hashable, Sendable {
        /// Folded, without its article: «جبير» for «الجبير».
        package var text: String
        /// Spelling-tolerant forms, or nil when the word must match exactly.
        package var skeleton: Skeleton?
        /// A given name from the lexicon («محمد», «إيغور»).
        package var isGivenName: Bool
        /// «بن أحمد», «ابن سينا»: a father's name.
        package var isPatronymic: Bool

        /// The name without «بن»: «عبدالعزيز» for «بن عبدالعزيز».
        package var bareName: Substring {
            isPatronymic && text.hasPrefix("بن ") ? text.dropFirst(3) : text[...]
        }

        /// How closely two words agree, or nil when they differ.
        package func match(_ other: Word) -> Match? {
            if text == other.text { return .exact }
            guard let a = skeleton, let b = other.skeleton else { return nil }
            if a.consonants == b.consonants { return .consonants }
            return a.letters == b.letters ? .vowels : nil
        }

        package func matches(_ other: Word) -> Bool {
            guard let level = match(other) else { return false }
            return level != .vowels || !(isGivenName || other.isGivenName)
        }
    }

    /// How two spellings of a word differ.
    package enum Match: Comparable {
        /// Letter for letter, once folded.
        case exact
        /// In hamza seats or the letter for g (غ/ج): «سيرغي», «سيرجي».
        case consonants
        /// In long vowels too: «كوناشينكوف», «كوناشنكوف».
        case vowels
    }

    /// The spelling-tolerant forms of a word.
    package struct Skeleton: Hashable, Sendable {
        /// Hamza seats and غ/ج folded.
        package var consonants: String
        /// Also without long vowels between the first and last letters.
        package var letters: String
    }

    package let words: [Word]

    /// `lexicon` gives the titles and offices dropped before the name and
    /// the given names (the analyser's own; the bundled one by default).
    package init(_ name: String, lexicon: Lexicon = .shared) {
        words = Self.parse(name, lexicon: lexicon)
    }

    package var isEmpty: Bool { words.isEmpty }

    /// Exact identity: the words, titles removed.
    package var key: String { words.map(\.text).joined(separator: " ") }

    /// What two spellings of the name share; equal keys are then checked
    /// word by word with `matches`.
    /// A father's name counts without its «بن» («أحمد بن عبدالعزيز
    /// الفارس», «أحمد عبدالعزيز الفارس»).
    package var skeletonKey: String {
        words.map { word in
            guard word.isPatronymic else { return word.skeleton?.letters ?? word.text }
            let bare = String(word.bareName)
            return Self.skeleton(bare)?.letters ?? bare
        }.joined(separator: " ")
    }

    /// The family name: the last word, unless it is a patronymic.
    package var surname: Word? {
        guard let last = words.last, !last.isPatronymic else { return nil }
        return last
    }

    /// The same name, spelled differently: as many words, each matching.
    /// A given name may differ in its vowels («إيغر», «إيغور») only when
    /// another word does too, which marks the name as transliterated: in an
    /// Arabic name a long vowel makes another name («محمد عباس» is not
    /// «محمود عباس»). A middle name may be written with or without «بن»
    /// («أحمد بن عبدالعزيز الفارس», «أحمد عبدالعزيز الفارس»); the last word
    /// never («محمد بن سلمان» is not «محمد سلمان»).
    package func isVariant(of other: PersonName) -> Bool {
        guard words.count == other.words.count else { return false }
        var transliterated = false
        var vowelGiven = false
        for (n, (a, b)) in zip(words, other.words).enumerated() {
            if a.isPatronymic != b.isPatronymic {
                guard n < words.count - 1, a.bareName == b.bareName else { return false }
                continue
            }
            guard let level = a.match(b) else { return false }
            guard level == .vowels else { continue }
            if a.isGivenName || b.isGivenName { vowelGiven = true } else { transliterated = true }
        }
        return !vowelGiven || transliterated
    }

    /// A shorter way of writing `longer`: its family name alone («الجبير»),
    /// a compound family name («داود أوغلو» of «أحمد داود أوغلو»), or the
    /// given and family names without the middle ones («عادل الجبير» of
    /// «عادل بن أحمد الجبير»).
    package func isShortForm(of longer: PersonName) -> Bool {
        guard words.count < longer.words.count, let mine = surname, let theirs = longer.surname,
              mine.matches(theirs) else { return false }
        let tail = longer.words.suffix(words.count)
        if zip(words, tail).allSatisfy({ $0.matches($1) }) { return true }
        guard words.count >= 2, words[0].matches(longer.words[0]) else { return false }
        var rest = longer.words.dropFirst()[...]
        for word in words.dropFirst() {
            guard let at = rest.firstIndex(where: { word.matches($0) }) else { return false }
            rest = rest[(at + 1)...]
        }
        return true
    }

    // MARK: Parsing

    private static func parse(_ name: String, lexicon: Lexicon) -> [Word] {
        var pieces = name.unicodeScalars.split { !ArabicNormalizer.isWordScalar($0) }
            .map { String(String.UnicodeScalarView($0)) }
        pieces = dropLeadingTitles(pieces, lexicon: lexicon)
        while let last = pieces.last, lexicon.roles(ArabicNormalizer.normalize(last)).contains(.afterName), pieces.count > 1 {
            pieces.removeLast()
        }
        let kept = pieces.map { ($0, NameKey.foldedWords($0).joined()) }.filter { !$0.1.isEmpty }
        let folded = kept.map(\.1)
        var words: [Word] = []
        var i = 0
        while i < folded.count {
            let w = folded[i]
            let next = i + 1 < folded.count ? folded[i + 1] : nil
            if let next, lexicon.roles(w).contains(.nameCompound) {
                // آل is folded to «ال»: «ال» + «شيخ» keeps the family marker.
                let joined = w == "ال" ? w + NameKey.dropArticle(next) : w + next
                words.append(Word(text: joined, skeleton: nil, isGivenName: false,
                                  isPatronymic: false))
                i += 2
            } else if let next, lexicon.roles(w).contains(.nasab) {
                words.append(Word(text: "بن " + NameKey.dropArticle(next), skeleton: nil, isGivenName: false,
                                  isPatronymic: true))
                i += 2
            } else {
                let bare = NameKey.dropArticle(w)
                let hasArticle = bare != w
                let given = isGivenName(kept[i].0, lexicon: lexicon)
                words.append(Word(text: bare, skeleton: hasArticle ? nil : skeleton(w), isGivenName: given,
                                  isPatronymic: false))
                i += 1
            }
        }
        return words
    }

    /// Removes «وزير الخارجية الأستاذ» from «وزير الخارجية الأستاذ عادل …»:
    /// a leading run of title and role words, the article-bearing words
    /// and linkers that hang on them, up to the first given name or bare
    /// word. When the run is the whole phrase («الشيخ الشريم»), what follows
    /// the last title is kept.
    private static func dropLeadingTitles(_ pieces: [String], lexicon: Lexicon) -> [String] {
        var lastTitle = -1
        var i = 0
        while i < pieces.count {
            let norm = ArabicNormalizer.normalize(pieces[i])
            if isTitle(norm, lexicon: lexicon) {
                lastTitle = i
            } else if isGivenName(pieces[i], lexicon: lexicon) {
                break
            } else if !(norm.hasPrefix("ال") || lexicon.roles(norm).contains(.titleLink)) {
                break
            }
            i += 1
        }
        guard lastTitle >= 0 else { return pieces }
        if i < pieces.count { return Array(pieces[i...]) }
        return lastTitle + 1 < pieces.count ? Array(pieces[(lastTitle + 1)...]) : pieces
    }

    private static func isTitle(_ norm: String, lexicon: Lexicon) -> Bool {
        if lexicon.roles(norm).contains(.nameTitle) { return true }
        guard let word = lexicon.speakerWord(norm), word.category == .title || word.category == .role
        else { return false }
        return !isGivenName(norm, lexicon: lexicon)
    }

    /// The skeletons of a transliterated word: hamza seats folded and غ read
    /// as ج (Sergei is «سيرغي» and «سيرجي»); then, for `letters`, the long
    /// vowels (ا و ي) between the first and last letters dropped and doubled
    /// letters collapsed: «إيغر» and «إيغور» give «اجر», «كوناشينكوف» and
    /// «كوناشنكوف» give «كنشنكف». Nil for words too short to trust.
    package static func skeleton(_ word: String) -> Skeleton? {
        var folded: [Unicode.Scalar] = []
        for s in word.unicodeScalars {
            switch s {
            case "ئ": folded.append("ي")
            case "ؤ": folded.append("و")
            case "ء": continue
            case "غ": folded.append("ج")
            default: folded.append(s)
            }
        }
        guard folded.count >= 3 else { return nil }
        var out: [Unicode.Scalar] = [folded[0]]
        for (n, s) in folded.enumerated().dropFirst() {
            let isLast = n == folded.count - 1
            if !isLast, s == "ا" || s == "و" || s == "ي" { continue }
            if out.last == s { continue }
            out.append(s)
        }
        guard out.count >= 3 else { return nil }
        return Skeleton(consonants: String(String.UnicodeScalarView(folded)),
                        letters: String(String.UnicodeScalarView(out)))
    }

    /// A given name from the lexicon's list («محمد», «إيغور»).
    private static func isGivenName(_ word: String, lexicon: Lexicon) -> Bool {
        lexicon.givenNames.contains(ArabicNormalizer.normalize(word))
    }
}
