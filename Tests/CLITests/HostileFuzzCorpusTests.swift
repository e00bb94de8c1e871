import Attribution
@testable import Corpus
import Foundation
import TestSupport
import Testing

/// Replays what the fuzzer found (Fuzz/corpus: inputs that reached new
/// code, kept by `Fuzz/run.sh`) and the hand-made hostile seeds
/// (Fuzz/seeds) through the analyser, as the fuzz target does: each input
/// as UTF-8 with invalid bytes replaced, and as a web page when it has
/// markup. None may crash, and every offset must lie inside the text.
///
/// Fuzz/seeds/presentation-forms-ornate-parens.txt holds «﴿ ﴾», the
/// presentation forms without a decomposition that once sent
/// `ArabicNormalizer` into endless recursion.
@Suite(.timeLimit(.minutes(5)))
struct HostileFuzzCorpusTests {
    static let fuzz = TestSupport.packageRoot.appendingPathComponent("Fuzz")

    static func inputs(_ directory: String) -> [URL] {
        let url = fuzz.appendingPathComponent(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    func replay(_ files: [URL]) throws {
        let analyzer = Analyzer()
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let document = analyzer.analyze(SourceDocument(id: file.lastPathComponent, text: text))
            HostileInputTests.checkOffsets(document, text)
            if text.contains("<") {
                let page = HTMLTextExtractor(html: text)
                if !page.text.isEmpty {
                    HostileInputTests.checkOffsets(analyzer.analyze(SourceDocument(id: "page", text: page.text)), page.text)
                }
            }
        }
    }

    @Test func seedsDoNotCrash() throws {
        let seeds = Self.inputs("seeds")
        #expect(seeds.contains { $0.lastPathComponent == "presentation-forms-ornate-parens.txt" })
        try replay(seeds)
    }

    @Test func ornateParenthesesNormaliseToThemselves() {
        #expect(ArabicNormalizer.normalize("﴿قال﴾") == "﴿قال﴾")
        #expect(ArabicNormalizer.normalize("ﻻ ﷲ") == "لا الله")
    }

    @Test func fuzzCorpusDoesNotCrash() throws {
        let corpus = Self.inputs("corpus")
        #expect(corpus.count > 100, "Fuzz/corpus should hold the fuzzer's finds")
        try replay(corpus)
    }
}
