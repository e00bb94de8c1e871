/// Splits text into word and punctuation tokens and marks sentences and
/// paragraphs, counting offsets in Unicode scalars.
///
/// Each punctuation character is its own token («, », :, ،, .). Tatweel
/// glued to a clitic before a quotation («لـ«الشرق الأوسط»») stays with the
/// word (لـ), whose key is then «ل». Invisible controls (RLM, bidi
/// embeddings) are skipped: they neither split nor join words.
///
/// It runs on every scalar of every article, so it works on the UTF-8
/// bytes: a word's text and key are made from its bytes once, when it ends.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var scalars: [Unicode.Scalar] = []
        return tokenize(text, scalars: &scalars)
    }

    /// Tokens, and the text's scalars into `scalars` (`AnalysisText` keeps
    /// them for slicing by offset): one pass over the UTF-8 bytes.
    ///
    /// Written for speed, since it sees every byte of every article: the
    /// scalars are counted first (one cheap pass over the bytes) and written
    /// straight into an array of that size; the common scalars (ASCII, the
    /// Arabic block) are classified from their bytes without calling the
    /// Unicode property tables; and whether a word is its own key is
    /// learnt while its bytes go by, so most words are not read twice.
    /// `Tests/AttributionTests/SegmentationTests.swift` holds it to the
    /// scalar-by-scalar definition (`ReferenceSegmentation`).
    static func tokenize(_ text: String, scalars: inout [Unicode.Scalar]) -> [Token] {
        var text = text
        var tokens: [Token] = []
        scalars = text.withUTF8 { bytes in
            tokens.reserveCapacity(bytes.count / 8)
            let count = scalarCount(bytes)
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                scan(bytes, into: out.baseAddress!, tokens: &tokens)
                initialized = count
            }
        }
        return tokens
    }

    /// The number of scalars in valid UTF-8: the bytes that are not
    /// continuation bytes (10xxxxxx), counted eight at a time (a byte-wise
    /// loop compiles to a branch per byte, mispredicted on Arabic text,
    /// whose letters alternate lead and continuation bytes).
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0, i = 0
        while i + 8 <= bytes.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 of each byte: set, with bit 6 (shifted up) clear.
            continuations &+= (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            continuations &+= Int(truncatingIfNeeded: (bytes[i] >> 6) == 2 ? 1 : 0)
            i += 1
        }
        return bytes.count - continuations
    }

    /// What a scalar is to the tokenizer.
    private enum Role {
        /// Part of a word (`ArabicNormalizer.isWordScalar`).
        case word
        /// Invisible (`isIgnorable`): continues a word, else is skipped.
        case ignorable
        case space
        /// \n, \r, U+2029: ends the paragraph.
        case lineBreak
        /// A punctuation token of its own.
        case mark
    }

    /// The role of an ASCII byte: letters and digits are words, \n \r line
    /// breaks, space and \t \v \f whitespace; anything else (controls and
    /// NUL included) a mark, as `role(of:)` says.
    private static let asciiRoles: [Role] = (0..<128).map { role(of: Unicode.Scalar(UInt8($0))) }

    /// `String(scalar)` of the scalars below U+0800 (ASCII, «», ، ؛ ؟ …),
    /// made once: a mark token's text and key.
    private static let markStrings: [String] = (0..<0x800).map { Unicode.Scalar(UInt32($0)).map(String.init) ?? "" }

    /// The roles of U+0080–U+07FF (two-byte scalars: Latin-1, «», the
    /// Arabic block) and of the General Punctuation block U+2000–U+206F
    /// (dashes, quotation marks, …, bidi controls), so that the common
    /// scalars of news copy do not reach the Unicode property tables.
    private static let twoByteRoles: [Role] = (0x80..<0x800).map { role(of: Unicode.Scalar(UInt32($0))!) }
    private static let punctuationRoles: [Role] = (0x2000..<0x2070).map { role(of: Unicode.Scalar(UInt32($0))!) }

    /// The role of any scalar, by the `ArabicNormalizer` tests (the
    /// definition; the fast paths in `scan` give the same answers).
    ///
    /// A hashtag is words: «رئيس #صندوق_الثروة_السيادية_الصيني» (Al
    /// Arabiya) reads as «رئيس صندوق الثروة السيادية الصيني», so # and _
    /// separate words as a space does.
    private static func role(of scalar: Unicode.Scalar) -> Role {
        if scalar == "#" || scalar == "_" { return .space }
        if ArabicNormalizer.isWordScalar(scalar) { return .word }
        if ArabicNormalizer.isIgnorable(scalar) { return .ignorable }
        if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" { return .lineBreak }
        if ArabicNormalizer.isWhitespace(scalar) { return .space }
        return .mark
    }

    /// For each scalar of the Arabic block U+0600–U+06FF (index: value −
    /// 0x600): `arabicWord` when it is part of a word (`isWordScalar`: all
    /// but the block's punctuation ، ؛ ؟ ٪ ٫ ٬ ٭ ۔), and `arabicOwn` when it
    /// also folds to itself (U+0621–U+063A and U+0641–U+064A, but for أ آ
    /// إ, which fold to ا, and ى, which folds to ي; see
    /// `ArabicNormalizer.fold`). Tests hold both to their definitions.
    static let arabicFlags: [UInt8] = (0x600..<0x700).map { v in
        let scalar = Unicode.Scalar(UInt32(v))!
        var flags: UInt8 = 0
        if ArabicNormalizer.isWordScalar(scalar) { flags |= arabicWord }
        if ArabicNormalizer.isWordScalar(scalar) && ArabicNormalizer.fold(scalar) == scalar
            && ((0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v)) {
            flags |= arabicOwn
        }
        return flags
    }
    static let arabicWord: UInt8 = 1
    static let arabicOwn: UInt8 = 2

    /// The loop of `tokenize`: writes every scalar to `out` and appends the
    /// tokens.
    ///
    /// Arabic words take an inner loop over their two-byte letters, which
    /// runs without a mispredicted branch until the word ends; everything
    /// else goes scalar by scalar through the roles.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>,
                             tokens: inout [Token]) {
        var offset = 0
        var wordStart = -1
        var wordStartByte = 0
        // Whether every scalar of the word so far folds to itself (see
        // `ArabicNormalizer.isOwnKey`): then the word is its own key.
        var ownKey = true
        var lineBreakPending = true
        var state = SegmentState()
        let count = bytes.count
        var i = 0
        asciiRoles.withUnsafeBufferPointer { asciiRoles in
        twoByteRoles.withUnsafeBufferPointer { twoByteRoles in
        punctuationRoles.withUnsafeBufferPointer { punctuationRoles in
        arabicFlags.withUnsafeBufferPointer { arabicFlags in
        // (Each table is fetched once: reading a `static let` in the loop
        // costs a `swift_once` call each time.)
        markStrings.withUnsafeBufferPointer { markStrings in
            @inline(__always) func flushWord(atByte end: Int) {
                let word = UnsafeBufferPointer(rebasing: bytes[wordStartByte..<end])
                // (Cutting a substring of the text instead, which skips
                // validation, cost more in index checks than it saved.)
                let raw = String(decoding: word, as: UTF8.self)
                let place = state.place(lineBreak: &lineBreakPending, endsSentence: false)
                // Made in place: a token built first and then appended is
                // copied (two string retains and releases).
                tokens.append(Token(text: raw, norm: ownKey ? raw : ArabicNormalizer.normalizeChanged(utf8: word),
                                    start: wordStart, end: offset, kind: .word, sentence: place.sentence,
                                    paragraph: place.paragraph, startsLine: place.startsLine))
                wordStart = -1
            }

            while i < count {
                let b0 = bytes[i]
                if b0 & 0xFC == 0xD8 {
                    // U+0600–U+06FF (valid UTF-8: a continuation byte follows).
                    var v = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    var flags = arabicFlags[Int(v &- 0x600)]
                    if flags & arabicWord != 0 {
                        if wordStart < 0 {
                            wordStart = offset
                            wordStartByte = i
                            ownKey = true
                        }
                        var own = ownKey ? arabicOwn : 0
                        while true {
                            own &= flags
                            out[offset] = Unicode.Scalar(v).unsafelyUnwrapped
                            offset &+= 1
                            i &+= 2
                            guard i < count, bytes[i] & 0xFC == 0xD8 else { break }
                            v = UInt32(bytes[i] & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                            flags = arabicFlags[Int(v &- 0x600)]
                            guard flags & arabicWord != 0 else { break }
                        }
                        ownKey = own != 0
                        continue
                    }
                }
                let scalar: Unicode.Scalar, length: Int, role: Role
                // Does this scalar fold to itself (it may still be dropped or
                // changed when not)?
                var own = false
                if b0 < 0x80 {
                    scalar = Unicode.Scalar(b0)
                    length = 1
                    role = asciiRoles[Int(b0)]
                    // ASCII folds only A–Z.
                    own = !(b0 >= 0x41 && b0 <= 0x5A)
                } else if b0 < 0xE0 {
                    let v = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    scalar = Unicode.Scalar(v).unsafelyUnwrapped
                    length = 2
                    role = twoByteRoles[Int(v &- 0x80)]
                } else if b0 < 0xF0 {
                    let v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    scalar = Unicode.Scalar(v).unsafelyUnwrapped
                    length = 3
                    role = v >= 0x2000 && v < 0x2070 ? punctuationRoles[Int(v &- 0x2000)] : Self.role(of: scalar)
                } else {
                    let v = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    scalar = Unicode.Scalar(v).unsafelyUnwrapped
                    length = 4
                    role = Self.role(of: scalar)
                }
                out[offset] = scalar

                switch role {
                case .word:
                    if wordStart < 0 {
                        wordStart = offset
                        wordStartByte = i
                        ownKey = own
                    } else if !own {
                        ownKey = false
                    }
                case .ignorable where wordStart >= 0:
                    // Inside a word it stays in the word's text; the key
                    // drops it.
                    ownKey = false
                case .ignorable, .space:
                    if wordStart >= 0 { flushWord(atByte: i) }
                case .lineBreak:
                    if wordStart >= 0 { flushWord(atByte: i) }
                    lineBreakPending = true
                case .mark:
                    // The length of a word glued before the mark («العربية.نت»).
                    let leftLength = wordStart >= 0 ? offset &- wordStart : 0
                    if wordStart >= 0 { flushWord(atByte: i) }
                    let mark = scalar.value < 0x800 ? markStrings[Int(scalar.value)] : String(scalar)
                    var ends = SegmentState.endsSentence(scalar)
                    if ends, b0 == 0x2E, leftLength > 0 {
                        // «11.25», «سي.إن.إن»: no end; «المبارك.وقال»: an end.
                        ends = GluedStop.endsSentence(bytes, at: i, leftLength: leftLength, leftLast: out[offset - 1])
                        // «د. أيمن»: a spaced stop after a one-letter title.
                        if ends, leftLength <= 2, AbbreviationStop.isAbbreviation(
                            bytes, at: i, word: UnsafeBufferPointer(start: out + offset - leftLength, count: leftLength),
                            before: tokens.count >= 2 ? tokens[tokens.count - 2] : nil) {
                            ends = false
                        }
                    }
                    // «؟!»، «...»، «.»»: a mark right after a sentence end stays in it.
                    var trails = false
                    if state.endPending, offset > 0 {
                        let joins = ends || SegmentState.closes(scalar, next: b0 == 0x22 && i + 1 < count
                                                                    ? UTF8Scalars.decode(bytes, at: i + 1).0 : nil)
                        trails = state.trails(previous: out[offset - 1], joins: joins)
                    }
                    let place = state.place(lineBreak: &lineBreakPending, endsSentence: ends, trails: trails)
                    tokens.append(Token(text: mark, norm: mark, start: offset, end: offset + 1, kind: .punctuation,
                                        sentence: place.sentence, paragraph: place.paragraph, startsLine: place.startsLine))
                }
                offset += 1
                i += length
            }
            if wordStart >= 0 { flushWord(atByte: count) }
        }
        }
        }
        }
        }
    }
}

/// Decoding of valid UTF-8 (a `String`'s own bytes), scalar by scalar.
enum UTF8Scalars {
    /// The scalar starting at byte `i`, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let v: UInt32, length: Int
        if b0 < 0x80 {
            return (Unicode.Scalar(UInt8(b0)), 1)
        } else if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(v).unsafelyUnwrapped, length)
    }
}
