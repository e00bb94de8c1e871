/// An error that is shown to the user as it is, one line, and ends the
/// command with exit status 1: a file that cannot be read
/// (`InputError`), written (`OutputError`) or drawn (`GraphError`), or a
/// run that cannot go on (`RunError`).
///
///     catch let error as UserFacingError { Diagnostics.error(error.description) }
public protocol UserFacingError: Error, CustomStringConvertible {}

extension RunError: UserFacingError {}
