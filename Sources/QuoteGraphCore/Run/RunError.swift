/// A failure of the run as a whole rather than of one file, such as every
/// corpus line having been skipped.
///
///     throw RunError("no documents to analyse: all 3 corpus lines were skipped")
public struct RunError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
