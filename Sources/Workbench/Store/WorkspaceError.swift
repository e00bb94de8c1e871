/// A workspace that cannot be opened, read or written; one line for the user.
///
///     WorkspaceError("out/: not a quotegraph workspace (no workbench.sqlite)")
public struct WorkspaceError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
