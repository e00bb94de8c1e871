import Attribution
import QuoteGraphCore

extension CitationGraph {
    /// The graph of `documents`, in their order; with `byOutlet`, one
    /// node per outlet stands for its articles (a corpus of thousands).
    public init(documents: [AnalyzedDocument], byOutlet: Bool = false) {
        self = CitationGraphBuilder(documents: documents, byOutlet: byOutlet).build()
    }
}
