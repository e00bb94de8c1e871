import Testing
@testable import Attribution

/// The byte-level word tests give the answers of their String definitions.
@Suite struct WordBytesTests {
    /// Keys as the normaliser makes them, and awkward ones: Prepend and
    /// combining scalars before a suffix, Latin, digits, short words.
    static let words: [String] = {
        let plain = ["وقال", "فقال", "وسيقول", "فستعلن", "سيقول", "ستعلن", "سوريا", "قاله", "ذكرتها", "اعتبروهم",
                     "وصفه", "ه", "ها", "هم", "وه", "وها", "الوزير", "للوزارة", "لوزارة", "بالوزارة", "والرياض",
                     "لل", "ال", "الا", "و", "وس", "وسي", "وست", "سي", "س", "ف", "", "abc", "وabc", "و١٢٣",
                     "موسكو", "لموسكو", "ماقاله", "قاله\u{301}", "قال\u{600}ه", "قال\u{600}ها", "قال\u{6DD}هم",
                     "x\u{301}ه", "😀ه", "و😀", "وسيe\u{301}", "لل😀", "ال\u{301}وزير", "وال"]
        return plain.map { ArabicNormalizer.normalize($0) } + plain
    }()

    @Test func stemsAreStrip() {
        for word in Self.words {
            var w = word
            let bytes = w.withUTF8 { Clitics.stems($0).map { (String(decoding: $0.stem, as: UTF8.self), $0.conjoined) } }
            let strings = Clitics.strip(word)
            #expect(bytes.map(\.0) == strings.map(\.stem), "\(word)")
            #expect(bytes.map(\.1) == strings.map(\.conjoined), "\(word)")
        }
    }

    @Test func objectPronounsAsCharacters() {
        for word in Self.words {
            var w = word
            let bytes = w.withUTF8 { Clitics.underObjectPronoun($0) { String(decoding: $0, as: UTF8.self) } }
            let definition = Clitics.objectSuffixes.first { word.hasSuffix($0) }.map { String(word.dropLast($0.count)) }
            #expect(bytes == definition, "\(word)")
        }
    }

    @Test func derivedKeysAreKeys() {
        for word in Self.words {
            var derived: [String] = []
            let none: Int? = Lexicon.firstDerivedKey(of: word) { derived.append(String(decoding: $0, as: UTF8.self)); return nil }
            #expect(none == nil)
            #expect(derived == Array(Lexicon.keys(word).dropFirst()), "\(word)")
        }
    }

    @Test func wordTableKeysAreBytes() {
        var table = WordTable<Int>([("قال", 1), ("قال", 2), ("اكد", 3)])
        #expect(table["قال"] == 1 && table["اكد"] == 3 && table["قالت"] == nil && table.count == 2)
        for (i, word) in Self.words.enumerated() { table[word] = i + 10 }
        for word in Self.words { #expect(table[word] == Self.words.firstIndex(of: word)! + 10 || Self.words.lastIndex(of: word)! + 10 == table[word]) }
        table["اكد"] = nil
        #expect(table["اكد"] == nil && table["قال"] != nil)
        #expect(table[Substring("وقال").dropFirst()] == table["قال"])
    }

    /// A table large enough to grow its slots and filter many times finds
    /// every key (the filter has no false negatives) and no other word.
    @Test func largeWordTableFindsItsKeysOnly() {
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        func word(_ n: Int) -> String {
            var view = String.UnicodeScalarView(), n = n
            repeat { view.append(letters[n % letters.count]); n /= letters.count } while n > 0
            return String(view)
        }
        let table = WordTable((0..<6000).map { (word($0 * 2), $0) })
        #expect(table.count == 6000)
        for n in 0..<6000 {
            #expect(table[word(n * 2)] == n)
            #expect(table[word(n * 2 + 1)] == nil)
        }
    }

    @Test func byteNormaliserIsNormaliser() {
        let samples = Self.words + ["أكّد", "مضيفًا", "لـ«", "ﻻ", "ﷲ", "﴿ﷺ﴾", "ABCxyz", "ی ک", "\u{200F}قال\u{202E}", "é😀\u{10FFFF}",
                                    "\u{0600}\u{06DD}", "\u{00AD}-\u{FEFF}"]
        for word in samples {
            var w = word
            #expect(w.withUTF8 { ArabicNormalizer.normalize(utf8: $0) } == ArabicNormalizer.normalize(word), "\(word)")
        }
    }

    @Test func tokenizerCollectsTheScalars() {
        let text = "وقال مصدر: «ﻻ» é😀\r\nسطر ثانٍ\u{2029}end."
        var scalars: [Unicode.Scalar] = []
        let tokens = Tokenizer.tokenize(text, scalars: &scalars)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(tokens.map(\.text) == Tokenizer.tokenize(text).map(\.text))
        for t in tokens where t.isWord { #expect(t.norm == ArabicNormalizer.normalize(t.text)) }
    }

    @Test func keyTestsAreStringTests() {
        let affixes = ["ال", "ل", "لل", "ب", "بال", "وال", "ه", "ها", "هم", "هما", "ني", "ة", "ي", "ون", "ين", "ا", "ان", "ما"]
        for word in Self.words + ["ال\u{93F}وزير", "ل\u{600}ه", "لل\u{301}", "ه\u{301}"] {
            for affix in affixes {
                #expect(word.hasKeyPrefix(affix) == word.hasPrefix(affix), "\(word) \(affix)")
                #expect(word.hasKeySuffix(affix) == word.hasSuffix(affix), "\(word) \(affix)")
                #expect(word.isKey(affix) == (word == affix))
            }
            #expect(word.keyLength == word.count, "\(word)")
            let token = Token(text: word, norm: word, start: 0, end: 1, kind: .word)
            #expect(token.stem == (word.hasPrefix("ال") && word.count > 4 ? String(word.dropFirst(2)) : word))
            #expect(token.isDefinite == (word.hasPrefix("ال") && word.count > 3))
        }
    }

    @Test func nameHelpersAreTheirDefinitions() {
        let names = Self.words + ["سيرغي لافروف", "وزارة الدفاع الروسية", "A-b c_d\r\ne", "مصدر، من: موسكو", "إيغور  كوناشنكوف",
                                  "ه\u{301}ة x\u{93F}", "١٢٣ ٤٥", "\u{600}ة", ""]
        for name in names {
            #expect(name.nameWords() == name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init), "\(name)")
            #expect(name.replacingTaaMarbuta()
                    == String(String.UnicodeScalarView(name.unicodeScalars.map { $0 == "ة" ? "ه" : $0 })), "\(name)")
            #expect(EntityRegistry.skeleton(name) == String(name.filter { !"اويءؤئه".contains($0) }), "\(name)")
        }
    }

    /// The cue finder's quick test never turns away a verb under a pronoun.
    @Test func mayHideVerbIsASuperset() {
        let words = Self.words + ["اعتبروه", "تراه", "افادوني", "وصفه", "عدها", "نقلتهم", "قال\u{600}ه", "ترا\u{301}ه"]
        for word in words {
            for suffix in Clitics.objectSuffixes where word.hasSuffix(suffix) {
                for spelling in CueFinder.beforePronoun(String(word.dropLast(suffix.count))) {
                    let forms = WordTable<VerbForm>([(spelling, VerbForm(lemma: spelling, shape: .perfect, gender: nil, number: .singular,
                                                                         firstPerson: false, complements: [], verbClass: "say"))])
                    var w = word
                    #expect(w.withUTF8 { Clitics.mayHideVerb($0, in: forms) }, "\(word) \(spelling)")
                }
            }
        }
    }

    /// `splitAtSpaces` cuts where `split(separator: " ")` does, on names
    /// with marks beside their spaces (a combining mark after a space
    /// joins it, a Prepend mark before it too).
    @Test func splitAtSpacesIsSplit() {
        let names = ["سيرغي لافروف", " سيرغي  لافروف ", "", " ", "  ", "a b", "وزير الخارجية الروسي سيرغي لافروف",
                     "سيرغي \u{301}لافروف", "سيرغي\u{600} لافروف", "سيرغي \u{64B}لافروف", "سيرغي\u{64B} لافروف",
                     "e\u{301} x", "😀 لافروف", "لافروف 😀", "بن\u{6DD} سلمان", "كاميرون \"صراع جيلنا\"", "x \u{200D}y"]
        for name in names + Self.words {
            #expect(name.splitAtSpaces() == name.split(separator: " "), "\(name)")
            #expect(name.splitAtSpaces().map { $0.startIndex..<$0.endIndex } == name.split(separator: " ").map { $0.startIndex..<$0.endIndex }, "\(name)")
        }
    }

    /// `equalsKey` is `==` and `characterCount` is `count`, on keys and
    /// awkward strings (combining marks, Prepend marks, CR LF, Latin
    /// spelled two ways).
    @Test func equalsKeyAndCharacterCountAreTheirDefinitions() {
        let more = ["e\u{301}", "\u{E9}", "a\r\nb", "\r\n", "\r", "آ", "\u{627}\u{653}", "أحمد", "\u{627}\u{654}حمد",
                    "د", "د\u{301}", "\u{600}د", "دا", "د\u{64B}", "\r\nد", "ab", "😀", "😀ا"]
        let all = Self.words + more
        for a in all {
            #expect(a.characterCount == a.count, "\(a.debugDescription)")
            #expect(a.isAtMostOneLetter == (a.keyLength <= 1), "\(a.debugDescription)")
            for b in all { #expect(a.equalsKey(b) == (a == b), "\(a.debugDescription) \(b.debugDescription)") }
        }
    }
}
