// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quotegraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quotegraph", targets: ["quotegraph"]),
        .library(name: "Attribution", targets: ["Attribution"]),
        .library(name: "QuoteGraphCore", targets: ["QuoteGraphCore"]),
        .library(name: "Corpus", targets: ["Corpus"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Audit", targets: ["Audit"]),
        .library(name: "Compare", targets: ["Compare"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
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
        // What the libraries below share: the citation graph's data, speaker
        // names matched across articles, text made safe for terminals and
        // reports, the one-line diagnostics. No Graphviz, no zlib.
        .target(name: "QuoteGraphCore", dependencies: ["Attribution"]),
        // Articles in (text, HTML, JSON Lines, gzip), analysed documents out
        // (JSON, JSON Lines, table, atomic files); the parallel run.
        .target(name: "Corpus", dependencies: ["Attribution", "QuoteGraphCore", "CZlib"]),
        // The quote graph and its writers: DOT, GraphML, GEXF, JSON, and
        // SVG/PNG/PDF through Graphviz (the only target that links it).
        .target(name: "Graph", dependencies: ["Attribution", "QuoteGraphCore", "CGraphviz"]),
        // The anonymous-source audit and its reports (table, CSV, JSON, Markdown, HTML).
        .target(
            name: "Audit",
            dependencies: ["Attribution", "QuoteGraphCore", .product(name: "Plot", package: "Plot")]
        ),
        // Articles and outlets side by side; same-story groups.
        .target(name: "Compare", dependencies: ["Attribution", "QuoteGraphCore"]),
        // Scoring against gold files; training the speaker ranking.
        .target(name: "Evaluation", dependencies: ["Attribution", "QuoteGraphCore"]),
        // The newsroom workbench: `quotegraph serve`, pages, JSON API, corrections in SQLite.
        .target(
            name: "Workbench",
            dependencies: [
                "Attribution", "QuoteGraphCore", "Corpus", "Graph", "Audit", "Compare",
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
                "Attribution", "QuoteGraphCore", "Corpus", "Graph", "Audit", "Compare", "Evaluation", "Workbench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the package's paths, the corpora in
        // ../shared (SharedCorpus, skipped cleanly when absent), scratch files
        // and the built quotegraph executable (TestSupport.run, Subprocess),
        // analysed documents made by hand (Fixtures).
        .target(name: "TestSupport", dependencies: ["Attribution", "CZlib"], path: "Tests/TestSupport"),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "TestSupport"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Attribution", "QuoteGraphCore", "TestSupport"]),
        // Golden DOT files are read by path (#filePath), not bundled.
        .testTarget(
            name: "GraphTests",
            dependencies: ["Graph", "Attribution", "QuoteGraphCore", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Attribution", "Corpus", "Graph", "TestSupport"]),
        .testTarget(name: "CompareTests", dependencies: ["Compare", "Attribution", "QuoteGraphCore", "Corpus", "Graph", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Attribution", "TestSupport"]),
        // The quotegraph executable as a user runs it (`swift test` builds it).
        .testTarget(
            name: "CLITests",
            dependencies: ["Corpus", "Audit", "Attribution", "QuoteGraphCore", "TestSupport", "CZlib"]
        ),
        // Browser/ holds the DevTools-protocol script the browser test runs (read by path).
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "Attribution", "Corpus", "Compare", "TestSupport"],
            exclude: ["Browser"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
