import ArgumentParser

@main
struct QuoteGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotegraph",
        abstract: "Who said what in Arabic news, citing whom, and how much rests on anonymous sources."
    )
}
