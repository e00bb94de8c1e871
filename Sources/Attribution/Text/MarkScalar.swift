import Foundation

/// Punctuation marks compared as scalars.
///
/// A punctuation token is one scalar (see `Tokenizer`). `Token.isMark` and
/// the mark lists (`".،؟!".contains(token.text)`) compare Characters under
/// canonical equivalence, which costs normalisation data on every call. A
/// scalar that is its own canonical form (NFC) is canonically equivalent to
/// no other such scalar, so when both the token's scalar and the mark are
/// of that kind the scalars decide. Others, such as U+037E GREEK QUESTION
/// MARK (canonically «;») or U+2000 EN QUAD (U+2002), take the `String`
/// comparison. `SegmentationTests` checks every scalar of `standsAlone`
/// against the `Character` and `String` definitions.
enum MarkScalar {
    /// `AnalysisText.marks` of a word.
    static let word: UInt32 = 0xFFFF_FFFF
    /// `AnalysisText.marks` of a mark whose scalar does not stand alone.
    static let other: UInt32 = 0xFFFF_FFFE

    /// Whether a scalar is its own canonical form, on ranges where every
    /// scalar is: below U+0300 (Latin-1 and its extensions), the Arabic
    /// block (its hamza letters are composed forms, which NFC keeps), and
    /// the general punctuation of news copy (dashes, quotation marks, …).
    /// Not every such scalar; those that are not listed only take the slow
    /// comparison.
    @inline(__always)
    static func standsAlone(_ v: UInt32) -> Bool {
        v < 0x0300 || (v >= 0x0600 && v <= 0x06FF) || (v >= 0x2010 && v <= 0x205E)
    }

    /// The `AnalysisText.marks` entry of a token whose text is `scalar`.
    @inline(__always)
    static func entry(_ scalar: Unicode.Scalar) -> UInt32 {
        standsAlone(scalar.value) ? scalar.value : other
    }
}

/// A list of punctuation marks written as one string (".،؟!"), tested as
/// scalars: `AnalysisText.isMark(_:in:)` answers what
/// `marks.contains(token.text)` answers for a punctuation token.
struct MarkSet {
    /// The marks as written, for the definition.
    let string: String
    let scalars: [UInt32]

    /// Every mark must be one scalar that stands alone (`MarkScalar`); a
    /// test checks the sets in use.
    init(_ string: String) {
        self.string = string
        scalars = string.unicodeScalars.map(\.value)
        assert(scalars.allSatisfy(MarkScalar.standsAlone) && string.count == scalars.count)
    }

    /// The definition: `String.contains` (Foundation's, as the code it
    /// replaced used), for marks that do not stand alone.
    func containsText(_ text: String) -> Bool { string.contains(text) }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        for s in scalars where s == v { return true }
        return false
    }

    /// The marks that end a clause inside a quotation (`QuotationScanner`).
    static let clause = MarkSet("،,.؟?!:؛")
    /// The marks that end a headline's speaker phrase (`CueFinder`).
    static let headlineStop = MarkSet(".،؟!")
    /// The marks of a dateline or byline («سبق- الرياض:»).
    static let dateline = MarkSet("-–—/|")
    /// The marks that end a sentence (`Residue`: a listed title has none).
    static let sentenceEnd = MarkSet(".!؟?")
    /// Dashes that set off an apposition («رفيف القحطاني -طالبة جامعية-:»).
    static let dashes = MarkSet("-–—")
    /// The marks that stop the search for a content opener past a frame
    /// phrase (`SpeakerResolver.contentStart`).
    static let frameStop = MarkSet(".؟!")
    /// The closing quotation marks a content keeps at its end (`ContentFinder`).
    static let closingQuotes = MarkSet("»”\"")
}
