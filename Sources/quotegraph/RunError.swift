/// A failure of the run as a whole rather than of one file, such as every
/// corpus line having been skipped.
struct RunError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
