import QuoteGraphCore
/// Why an input cannot be read, as one line the user can act on.
///
/// Every case names the file, so that `quotegraph analyze Samples/ corpus/`
/// tells which of many inputs is at fault:
///
///     quotegraph: error: Samples/bad.txt: not valid UTF-8 (byte 0xC3 at offset 118)
public struct InputError: UserFacingError, Sendable, Equatable {
    /// The message, without the `quotegraph: error: ` prefix the command adds.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
