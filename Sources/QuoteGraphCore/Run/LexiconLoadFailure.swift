import Attribution

/// The shipped lexicon does not load: a row of one of its files is wrong
/// (`Lexicon.sharedLoad`). Shown as one line naming the file and the line,
/// and the command exits with 1:
///
///     quotegraph: error: cannot load the lexicon: roles.tsv:110: unknown word role «subjectadjunkt» (see WordRole)
public struct LexiconLoadFailure: UserFacingError {
    public let underlying: any Error
    public init(underlying: any Error) { self.underlying = underlying }
    public var description: String { "cannot load the lexicon: \(underlying)" }
}
