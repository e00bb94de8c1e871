import QuoteGraphCore
/// Why output cannot be written, as one line naming the file.
///
///     quotegraph: error: Samples/asharq-moscow-idlib.txt: refusing to write output over an input file
public struct OutputError: UserFacingError, Sendable, Equatable {
    /// The message, without the `quotegraph: error: ` prefix the command adds.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
