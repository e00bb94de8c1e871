// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quotegraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "quotegraph", targets: ["quotegraph"]),
        .library(name: "Attribution", targets: ["Attribution"]),
        .library(name: "QuoteGraph", targets: ["QuoteGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
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
        // The command line: thin.
        .executableTarget(
            name: "quotegraph",
            dependencies: [
                "Attribution", "QuoteGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution"]),
        // Golden DOT files are read by path (#filePath), not bundled.
        .testTarget(name: "QuoteGraphTests", dependencies: ["QuoteGraph", "Attribution"], exclude: ["Golden"]),
        .testTarget(name: "QuoteGraphCLITests", dependencies: ["QuoteGraph", "Attribution"]),
    ],
    swiftLanguageModes: [.v6]
)
