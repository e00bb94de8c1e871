import ArgumentParser

/// The `-o FILE` option of the commands that may also write to standard
/// output (analyze, audit, compare).
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file instead of standard output; it appears only when complete.",
                               valueName: "file"))
    var output: String?

    func validate() throws {
        if let output, output.isEmpty {
            throw ValidationError("the output file name is empty")
        }
    }
}
