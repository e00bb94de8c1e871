import ArgumentParser

/// A library's check of the options: its error becomes a usage error
/// (exit status 64, «see 'quotegraph … --help'»).
func usage<T>(_ check: () throws -> T) throws -> T {
    do { return try check() } catch { throw ValidationError("\(error)") }
}
