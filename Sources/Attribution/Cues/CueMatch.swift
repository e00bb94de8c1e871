/// A cue found in the text, before its speaker and content are known.
struct CueMatch: Sendable {
    /// Token range of the cue (inclusive).
    var first: Int
    var last: Int
    var lemma: String
    /// How the lemma is shown to users (the lexicon's spelling).
    var displayLemma: String?
    var kind: CueKind
    /// Agreement shown by the cue (verbs and participles), for pro-drop.
    var gender: Gender?
    var number: Number = .singular
    var shape: VerbForm.Shape?
    var complements: Set<String> = []
    /// The verb's class in `verbs.tsv` (say, opinion, learn …).
    var verbClass: String?
    var frame: Frame?
    var negated = false
    /// Passive with no agent (قيل، يقال): the speaker is «غير محدد».
    var impersonal = false
    /// The verb carries و or ف (وقال): it starts a new clause, usually VSO.
    var conjoined = false
    /// «ما قاله الوزير»: a relative relay, nested in the enclosing statement.
    var relative = false
    /// The verb carries an object pronoun (وصفه، تعلنها، نقلتها).
    var objectSuffix = false
    /// The verb carries the future س (ستعلن، وسيقول): an act still to come.
    var future = false
}

/// Proclitics that may be glued to a cue: و (and), ف (so), and before an
/// imperfect the future س (سيقول) or the ل of purpose («خرجت السفارة
/// لتقول إن …»). `stems` gives each reading of a word, the bare word first and
/// then longest clitic first, each with the remaining stem.
///
/// It runs on every word of every article, so it works on the key's UTF-8
/// bytes (see `WordBytes`): و ف س ل ي ت are two bytes each, so once the
/// first letters have matched, the stem after n of them starts at byte 2n.
/// (Character-level hasPrefix/dropFirst on Arabic strings was once the
/// analyser's hottest path.) `strip` is the definition, kept for tests.
enum Clitics {
    /// The readings of a word given as the UTF-8 bytes of its key.
    @inline(__always)
    static func stems(_ word: UnsafeBufferPointer<UInt8>) -> CliticStems {
        var out = CliticStems(word: word)
        let b = WordBytes(word)
        let conjunction = b.has(.waw, at: 0) || b.has(.feh, at: 0)
        guard conjunction || b.has(.seen, at: 0) || b.has(.lam, at: 0) else { return out }
        // At least three scalars (s.count > 2); the conjunction + future
        // reading needs a fourth (s.count > 3).
        let scalars = b.scalarCount(upTo: 4)
        guard scalars > 2 else { return out }
        let imperfectAfter = { (i: Int) in b.has(.yeh, at: i) || b.has(.teh, at: i) }
        if conjunction {
            // The future س only comes before an imperfect (سيقول، ستعلن).
            if b.has(.seen, at: 1), scalars > 3, imperfectAfter(2) { out.append(byteOffset: 4, conjoined: true) }
            out.append(byteOffset: 2, conjoined: true)
        } else if imperfectAfter(1) {
            // سيقول، and ل of purpose: «لتقول إن …»، «ليعلن أن …».
            out.append(byteOffset: 2, conjoined: false)
        }
        return out
    }

    /// The readings of a word, as strings: the definition of `stems`.
    static func strip(_ norm: String) -> [(stem: String, conjoined: Bool)] {
        var out: [(String, Bool)] = [(norm, false)]
        let v = norm.unicodeScalars
        guard let first = v.first, first == "و" || first == "ف" || first == "س" || first == "ل" else { return out }
        let s = Array(v)
        guard s.count > 2 else { return out }
        let second = s[1]
        func stem(_ n: Int) -> String { String(String.UnicodeScalarView(s[n...])) }
        let imperfectAfter = { (i: Int) in i < s.count && (s[i] == "ي" || s[i] == "ت") }
        if first == "و" || first == "ف" {
            if second == "س", s.count > 3, imperfectAfter(2) { out.append((stem(2), true)) }
            out.append((stem(1), true))
        } else if first == "س" || first == "ل", imperfectAfter(1) {
            out.append((stem(1), false))
        }
        return out
    }

    /// Object pronouns on a verb (قاله، ذكرته، أعلنها): the thing said.
    static let objectSuffixes = ["ها", "هم", "ه", "ني"]

    /// Whether `stem`, a slice of `word`, was read after the future س
    /// (ستعلن → تعلن): the byte pair just before it is س.
    static func afterFuture(_ stem: UnsafeBufferPointer<UInt8>, in word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let s = stem.baseAddress, let w = word.baseAddress, s - w >= 2 else { return false }
        return (s - 2).pointee == 0xD8 && (s - 1).pointee == 0xB3
    }

    /// Whether `stem` was read after the ل of purpose (لتقول → تقول): it
    /// starts two bytes into the word, after ل.
    static func afterPurposeLam(_ stem: UnsafeBufferPointer<UInt8>, in word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let s = stem.baseAddress, let w = word.baseAddress, s - w == 2 else { return false }
        return w.pointee == 0xD9 && (w + 1).pointee == 0x84
    }

    /// Byte length of a stem without its object pronoun (ها، هم، ني: two
    /// letters; ه: one), or nil when it ends in none of `objectSuffixes`.
    @inline(__always)
    private static func pronounCut(_ b: WordBytes, count: Int) -> Int? {
        if b.ends(with: .heh, .alef) || b.ends(with: .heh, .meem) || b.ends(with: .noon, .yeh) { return count - 4 }
        if b.ends(with: .heh) { return count - 2 }
        return nil
    }

    /// Whether a stem may be a verb under an object pronoun as
    /// `CueFinder.verb` reads it (with the spellings of
    /// `CueFinder.beforePronoun`: اعتبروه = اعتبروا + ه، تراه = ترى + ه).
    /// Never false when it is one; true when the bytes cannot tell (a
    /// scalar other than a plain Arabic letter before the suffix), so that
    /// the cue finder's quick test turns away only words that are surely
    /// not cues.
    @inline(__always)
    static func mayHideVerb(_ stem: UnsafeBufferPointer<UInt8>, in forms: WordTable<VerbForm>) -> Bool {
        // Most words end in no pronoun: that test is inline, the rest not.
        let b = WordBytes(stem)
        guard let cut = pronounCut(b, count: stem.count) else { return false }
        return mayHideVerb(stem, cut: cut, in: forms)
    }

    private static func mayHideVerb(_ stem: UnsafeBufferPointer<UInt8>, cut: Int, in forms: WordTable<VerbForm>) -> Bool {
        let b = WordBytes(stem)
        guard cut >= 2, b.isPlainArabicLetter(endingAt: cut) else { return true }
        let base = UnsafeBufferPointer(rebasing: stem[..<cut])
        if forms.contains(utf8: base) { return true }
        // The other spellings: the plural's alef back after و, ى for a
        // final ا (written here ي, as keys have it).
        let ending = WordBytes(base)
        let respelt: (keep: Int, letter: ArabicLetter)?
        if ending.ends(with: .waw) {
            respelt = (cut, .alef)
        } else if ending.ends(with: .alef) {
            respelt = (cut - 2, .yeh)
        } else {
            respelt = nil
        }
        guard let respelt else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: respelt.keep + 2) { key in
            for k in 0..<respelt.keep { key[k] = stem[k] }
            key[respelt.keep] = respelt.letter.lead
            key[respelt.keep + 1] = respelt.letter.trail
            return forms.contains(utf8: UnsafeBufferPointer(key))
        }
    }

    /// Looks up the verb under an object pronoun (قاله → قال، أعلنها →
    /// أعلن), if the stem ends in one; nil when it does not. The suffixes
    /// exclude one another, so at most one applies.
    ///
    /// Same answer as Character-level `hasSuffix`/`dropLast` on the stem:
    /// when the letter before the suffix is a plain Arabic letter
    /// (U+0621–U+064A), or there is none, every scalar is its own Character
    /// and the bytes decide; anything else takes the Character-level
    /// definition.
    static func underObjectPronoun<T>(_ stem: UnsafeBufferPointer<UInt8>,
                                      _ probe: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        let b = WordBytes(stem)
        guard let cut = pronounCut(b, count: stem.count) else { return nil }
        if cut == 0 || b.isPlainArabicLetter(endingAt: cut) {
            return probe(UnsafeBufferPointer(rebasing: stem[..<cut]))
        }
        let word = String(decoding: stem, as: UTF8.self)
        for suffix in objectSuffixes where word.hasSuffix(suffix) {
            var bare = String(word.dropLast(suffix.count))
            return bare.withUTF8(probe)
        }
        return nil
    }
}

/// The readings of a word as a cue: the bare word, then each stem after a
/// clitic, as parts of the word's bytes (no copies; valid as long as the
/// bytes are), with whether the clitic was a conjunction (و، ف). At most
/// three.
struct CliticStems: Sequence {
    let word: UnsafeBufferPointer<UInt8>
    private var offsets: (Int, Int) = (-1, -1)
    private var conjoined: (Bool, Bool) = (false, false)

    init(word: UnsafeBufferPointer<UInt8>) { self.word = word }

    fileprivate mutating func append(byteOffset: Int, conjoined c: Bool) {
        if offsets.0 < 0 { offsets.0 = byteOffset; conjoined.0 = c } else { offsets.1 = byteOffset; conjoined.1 = c }
    }

    struct Iterator: IteratorProtocol {
        let stems: CliticStems
        var position = 0

        mutating func next() -> (stem: UnsafeBufferPointer<UInt8>, conjoined: Bool)? {
            defer { position += 1 }
            switch position {
            case 0: return (stems.word, false)
            case 1: return stems.stem(stems.offsets.0, stems.conjoined.0)
            case 2: return stems.stem(stems.offsets.1, stems.conjoined.1)
            default: return nil
            }
        }
    }

    func makeIterator() -> Iterator { Iterator(stems: self) }

    /// Whether any reading's stem passes `test`: `contains(where:)`,
    /// unrolled for the cue finder's quick test on every word.
    @inline(__always)
    func anyStem(_ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if test(word) { return true }
        if offsets.0 >= 0, test(UnsafeBufferPointer(rebasing: word[offsets.0...])) { return true }
        if offsets.1 >= 0, test(UnsafeBufferPointer(rebasing: word[offsets.1...])) { return true }
        return false
    }

    private func stem(_ offset: Int, _ conjoined: Bool) -> (stem: UnsafeBufferPointer<UInt8>, conjoined: Bool)? {
        guard offset >= 0 else { return nil }
        return (UnsafeBufferPointer(rebasing: word[offset...]), conjoined)
    }
}
