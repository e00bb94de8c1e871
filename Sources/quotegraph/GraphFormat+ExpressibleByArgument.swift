import ArgumentParser
import QuoteGraph

/// Lets `--format svg` name a `GraphFormat`.
extension GraphFormat: ExpressibleByArgument {}
