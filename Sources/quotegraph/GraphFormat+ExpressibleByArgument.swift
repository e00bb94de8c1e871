import ArgumentParser
import Graph

/// Lets `--format svg` name a `GraphFormat`.
extension GraphFormat: ExpressibleByArgument {}
