/// One word or punctuation mark of the text, with its place in it.
///
/// `norm` is the matching key (see `ArabicNormalizer`); `start`/`end` are
/// Unicode-scalar offsets into the original text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case punctuation
    }

    public var text: String
    public var norm: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Index of the sentence and paragraph holding the token.
    public var sentence: Int = 0
    public var paragraph: Int = 0
    /// True when a line break precedes the token.
    public var startsLine: Bool = false

    public var isWord: Bool { kind == .word }
    public var span: TextSpan { TextSpan(start, end) }

    /// Whether the token is this punctuation mark.
    public func isMark(_ mark: Character) -> Bool {
        kind == .punctuation && text.first == mark
    }

    /// `norm` without a definite article: الوزير → وزير. Words of four
    /// letters or fewer keep it (الا، الى are not articles). (Byte-level
    /// tests, see `WordBytes`; ا and ل are two bytes each.)
    public var stem: String {
        norm.hasKeyPrefix("ال") && norm.keyLength > 4 ? String(Substring(norm.utf8.dropFirst(4))) : norm
    }

    public var isDefinite: Bool { norm.hasKeyPrefix("ال") && norm.keyLength > 3 }
}
