// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quotegraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quotegraph", targets: ["quotegraph"]),
        .library(name: "Attribution", targets: ["Attribution"]),
        .library(name: "QuoteGraph", targets: ["QuoteGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // Graphviz C libraries (libgvc, libcgraph) found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // zlib, for reading .jsonl.gz corpora without shelling out.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Arabic text -> statements and speakers. Pure Swift, no Graphviz.
        .target(
            name: "Attribution",
            resources: [.copy("Resources/Lexicon"), .copy("Resources/Models")]
        ),
        // Documents -> graph, audit, comparison, DOT, rendering.
        .target(
            name: "QuoteGraph",
            dependencies: ["Attribution", "CGraphviz", "CZlib", .product(name: "Plot", package: "Plot")]
        ),
        // The newsroom workbench: `quotegraph serve`, pages, JSON API, corrections in SQLite.
        .target(
            name: "Workbench",
            dependencies: [
                "Attribution", "QuoteGraph",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/Static")]
        ),
        // The command line: thin.
        .executableTarget(
            name: "quotegraph",
            dependencies: [
                "Attribution", "QuoteGraph", "Workbench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution"]),
        // Golden DOT files are read by path (#filePath), not bundled.
        .testTarget(name: "QuoteGraphTests", dependencies: ["QuoteGraph", "Attribution"], exclude: ["Golden"]),
        .testTarget(name: "QuoteGraphCLITests", dependencies: ["QuoteGraph", "Attribution"]),
        // Browser/ holds the DevTools-protocol script the browser test runs (read by path).
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "QuoteGraph", "Attribution"], exclude: ["Browser"]),
    ],
    swiftLanguageModes: [.v6]
)
