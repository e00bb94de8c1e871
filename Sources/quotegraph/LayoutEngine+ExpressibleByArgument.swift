import ArgumentParser
import QuoteGraph

/// Lets `--layout neato` name a `LayoutEngine`.
extension LayoutEngine: ExpressibleByArgument {}
