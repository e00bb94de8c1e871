import ArgumentParser
import Attribution
import Corpus
import QuoteGraphCore

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
        _ = try Self.weights(speakerRanking)
        try usage { try AnalysisRun.validate(inputs: inputs, jobs: jobs, maxDocumentSize: maxDocumentSize) }
    }

    /// The reader of these inputs; no article is read past the limit.
    func reader() throws(InputError) -> InputReader {
        try InputReader(paths: inputs, maximumDocumentBytes: AnalysisRun.maximumDocumentBytes(megabytes: maxDocumentSize))
    }

    /// An analysis run over these inputs, with these options.
    func analysisRun(_ reader: InputReader) -> AnalysisRun {
        // Checked in validate(); a file that vanished since is the rules alone.
        AnalysisRun(reader: reader, jobs: jobs, maximumDocumentBytes: AnalysisRun.maximumDocumentBytes(megabytes: maxDocumentSize),
                    ranking: (try? SpeakerRankingChoice.weights(speakerRanking)) ?? RankerWeights())
    }

    /// `--speaker-ranking`'s weights; a bad value is a usage error.
    static func weights(_ spec: String) throws -> RankerWeights {
        do { return try SpeakerRankingChoice.weights(spec) } catch let error as RunError {
            throw ValidationError(error.description)
        }
    }
}
