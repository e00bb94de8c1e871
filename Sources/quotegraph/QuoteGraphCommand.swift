import ArgumentParser
import Foundation
import Attribution
import QuoteGraphCore

/// The `quotegraph` command: its subcommands, and the error handling they
/// share.
///
/// Every failure ends in exactly one line on standard error, so that a
/// script or a newsroom pipeline can log it and move on:
///
///     $ quotegraph analyze missing.txt
///     quotegraph: error: missing.txt: no such file or directory
@main
struct QuoteGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotegraph",
        abstract: "Who said what in Arabic news, citing whom, and how much rests on anonymous sources.",
        discussion: """
        quotegraph reads Arabic news articles, finds reported speech («قال»، «أضاف»، \
        «أكد»، «بحسب»، «نقلاً عن» …), ties each statement to its speaker, and tells \
        named speakers («وزارة الدفاع الروسية») from anonymous ones («مصدر مطلع»).

          quotegraph analyze Samples/ --format table
          quotegraph graph Samples/ -o out/samples.svg

        Exit status: 0 done; 1 an input, output or rendering failure; 64 a usage error.
        """,
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, GraphCommand.self, EvaluateCommand.self, AuditCommand.self, CompareCommand.self,
                      TrainCommand.self, ServeCommand.self, ExportGoldCommand.self]
    )

    /// Runs the command like `AsyncParsableCommand.main()`, but reports
    /// every error as one `quotegraph: error: …` line instead of a usage
    /// screen; `--help` and `--version` still print in full.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            // A lexicon row edited wrong fails in one line, before `Lexicon.shared`.
            if case .failure(let error) = Lexicon.sharedLoad { throw LexiconLoadFailure(underlying: error) }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(with: error)
        }
    }

    static func fail(with error: Error) -> Never {
        let code: Int32
        let message: String
        switch error {
        case let error as UserFacingError:
            (code, message) = (1, error.description)
        default:
            let exitCode = exitCode(for: error)
            if exitCode == .success {
                exit(withError: error)
            }
            code = exitCode.rawValue
            message = oneLine(Self.message(for: error)) + " (see '\(helpCommand()) --help')"
        }
        Diagnostics.error(message)
        Foundation.exit(code)
    }

    /// ArgumentParser's message without its `Error: ` prefix, on one line.
    static func oneLine(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// `quotegraph analyze` when the user was running that subcommand.
    static func helpCommand() -> String {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        let first = CommandLine.arguments.dropFirst().first
        return first.flatMap { names.contains($0) ? "quotegraph \($0)" : nil } ?? "quotegraph"
    }
}
