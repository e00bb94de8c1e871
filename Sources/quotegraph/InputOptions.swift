import ArgumentParser
import Attribution
import Corpus

/// The INPUT arguments shared by `analyze` and `graph`, and how the
/// analysis runs: on how many threads, and how large one document may be.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Articles to read: files, directories or '-' for standard input.",
            discussion: """
            A .txt file is one article (UTF-8; line 1 the headline, line 2 blank, \
            then one paragraph per line), its id the file name without extension. \
            A directory means its .txt files, sorted by name. An .html or .htm file \
            is a saved web page: its article text is extracted. A .jsonl or \
            .jsonl.gz file is a corpus, one JSON object per line with "id" and \
            "text" (and optionally "title", "outlet", "date", "url"); a bad line \
            is reported and skipped. '-' reads one article from standard input.
            """,
            valueName: "input"))
    var inputs: [String] = []

    // `.unconditional`: `--jobs -1` is the value -1 (and refused as such), not a missing value.
    @Option(name: [.short, .long], parsing: .unconditional,
            help: ArgumentHelp("Analyse on N threads (default: one per core, here \(AnalysisRun.defaultJobs)); 1 runs on one thread. "
                               + "At most \(AnalysisRun.maximumJobs) are started.",
                               valueName: "n"))
    var jobs: Int = AnalysisRun.defaultJobs

    @Option(name: .customLong("max-document-size"), parsing: .unconditional,
            help: ArgumentHelp("Skip, with a warning, any document whose text is over this many megabytes (default 1).",
                               valueName: "mb"))
    var maxDocumentSize: Double = Double(AnalysisRun.defaultMaximumDocumentBytes) / 1_000_000

    @Option(name: .customLong("speaker-ranking"),
            help: ArgumentHelp("'off' (default): the resolution rules alone; 'bundled': the learned ranking shipped with quotegraph; or a weights file written by `quotegraph train`.",
                               valueName: "weights"))
    var speakerRanking = "off"

    func validate() throws {
        _ = try SpeakerRankingOption.weights(speakerRanking)
        guard !inputs.isEmpty else {
            throw ValidationError("no input given: name an article, a directory of .txt files, a .jsonl(.gz) corpus or '-'")
        }
        guard jobs >= 1 else {
            throw ValidationError("--jobs must be at least 1, not \(jobs)")
        }
        guard inputs.filter({ $0 == "-" }).count <= 1 else {
            throw ValidationError("'-' (standard input) can be given only once")
        }
        guard maxDocumentSize > 0, maxDocumentSize.isFinite else {
            throw ValidationError("--max-document-size must be a positive number of megabytes, not \(maxDocumentSize)")
        }
    }

    /// The limit on one document's text, in bytes.
    var maximumDocumentBytes: Int {
        Int(min(maxDocumentSize * 1_000_000, Double(Int.max / 2)))
    }

    /// The reader of these inputs; no article is read past the limit.
    func reader() throws(InputError) -> InputReader {
        try InputReader(paths: inputs, maximumDocumentBytes: maximumDocumentBytes)
    }

    /// An analysis run over these inputs, with these options; `--jobs` is
    /// capped (`AnalysisRun.effectiveJobs`).
    func analysisRun(_ reader: InputReader) -> AnalysisRun {
        var run = AnalysisRun(reader: reader)
        // Checked in validate(); a file that vanished since is the rules alone.
        run.analyzer = Analyzer(ranking: (try? SpeakerRankingOption.weights(speakerRanking)) ?? RankerWeights())
        run.jobs = AnalysisRun.effectiveJobs(jobs, sources: reader.sources)
        run.maximumDocumentBytes = maximumDocumentBytes
        return run
    }
}
