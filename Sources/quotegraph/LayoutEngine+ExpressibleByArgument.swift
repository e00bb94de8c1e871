import ArgumentParser
import Graph

/// Lets `--layout neato` name a `LayoutEngine`.
extension LayoutEngine: ExpressibleByArgument {}
