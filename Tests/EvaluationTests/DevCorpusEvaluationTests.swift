import Attribution
@testable import Evaluation
import Foundation
import TestSupport
import Testing

/// The analyser on the shared dev corpus (60 real articles, 49 with gold).
/// The corpus is research-use only and not copied into the project: these
/// tests run when `../shared` sits beside the checkout and skip otherwise.
@Suite(.enabled(if: SharedCorpus.dev.isPresent, "../shared/corpus/dev is absent"))
struct DevCorpusEvaluationTests {
    let gold: [GoldDocument]
    let predicted: [AnalyzedDocument]

    init() throws {
        gold = try GoldDocument.load(directory: SharedCorpus.dev.url).documents
        predicted = gold.map { Analyzer().analyze(SourceDocument(id: $0.id, text: $0.text)) }
    }

    /// Floors at the figures measured when they were set (see README,
    /// «Accuracy»): a change that loses accuracy fails here.
    @Test func scoresStayAboveTheMeasuredFloors() {
        let r = AttributionScorer().score(gold: gold, predicted: predicted)
        #expect(r.documents == 49)
        #expect(r.cueF1 >= 0.96, "cue F1 \(r.cueF1)")
        #expect(r.attributionF1 >= 0.915, "attribution F1 \(r.attributionF1)")
        #expect(r.anonymousF1 >= 0.95, "anonymous F1 \(r.anonymousF1)")
        #expect(r.formAccOnFound >= 0.94, "form accuracy \(r.formAccOnFound)")
        #expect(r.speakerSetF1 >= 0.92, "speaker-set F1 \(r.speakerSetF1)")
        #expect((r.nestedR ?? 0) >= 0.82, "nested recall \(r.nestedR ?? 0)")
    }

    @Test func seedArticleReachesTheFoundationTarget() throws {
        let seed = try #require(gold.first { $0.id == "asharq-moscow-idlib" })
        let r = AttributionScorer().score(gold: [seed], predicted: predicted)
        #expect(r.attributionF1 >= 0.80, "seed attribution F1 \(r.attributionF1)")
        #expect(r.cueF1 >= 0.95)
    }

    /// `quotegraph evaluate` and shared/eval/score.py agree to 0.01.
    @Test(.enabled(if: DevCorpus.hasPython)) func agreesWithTheReferenceScorer() throws {
        let mine = AttributionScorer().score(gold: gold, predicted: predicted)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qg-dev-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let encoder = JSONEncoder()
        try encoder.encode(["documents": predicted]).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", SharedCorpus.scorer.path, "--gold", SharedCorpus.dev.url.path, "--pred", file.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let theirs = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        let pairs: [(String, Double)] = [("cue_f1", mine.cueF1), ("attribution_f1", mine.attributionF1),
                                         ("anonymous_f1", mine.anonymousF1), ("form_acc_on_found", mine.formAccOnFound),
                                         ("speaker_set_f1", mine.speakerSetF1), ("nested_r", mine.nestedR ?? 0)]
        for (key, value) in pairs {
            let reference = try #require(theirs[key] as? Double, "\(key) missing")
            #expect(abs(reference - value) <= 0.01, "\(key): script \(reference), quotegraph \(value)")
        }
    }
}

enum DevCorpus {
    /// The default analyser on every gold article of a directory, scored.
    static func scoreAnalyser(on directory: URL) throws -> EvaluationReport {
        let gold = try GoldDocument.load(directory: directory).documents
        return AttributionScorer().score(gold: gold, predicted: gold.map {
            Analyzer().analyze(SourceDocument(id: $0.id, text: $0.text))
        })
    }

    static var hasPython: Bool {
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        }
        return FileManager.default.fileExists(atPath: SharedCorpus.scorer.path) && onPath
    }
}
