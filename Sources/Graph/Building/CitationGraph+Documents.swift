import Attribution
import QuoteGraphCore

extension CitationGraph {
    /// The graph of `documents`, in their order; with `byOutlet`, one
    /// node per outlet stands for its articles (a corpus of thousands).
    /// People's names are compared by `lexicon`, the one the documents
    /// were analysed with.
    public init(documents: [AnalyzedDocument], byOutlet: Bool = false, lexicon: Lexicon = .shared) {
        self = CitationGraphBuilder(documents: documents, byOutlet: byOutlet, lexicon: lexicon).build()
    }
}
