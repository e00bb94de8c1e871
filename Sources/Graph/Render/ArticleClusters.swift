import QuoteGraphCore
/// Which nodes share a cluster with their article.
///
/// Only when the graph has two or more articles: each article's cluster
/// holds the article and every node that occurs in that article alone
/// (its anonymous sources always do, since they are never merged). Nodes of
/// several articles stay outside, where the edges from each cluster meet them.
struct ArticleClusters {
    let articles: [GraphNode]
    let unclustered: [GraphNode]
    private let clustered: [String: [GraphNode]]

    init(_ graph: CitationGraph) {
        let articles = graph.articles
        guard articles.count >= 2 else {
            self.articles = []
            unclustered = graph.nodes
            clustered = [:]
            return
        }
        var articleOfDocument: [String: String] = [:]
        for article in articles {
            if let document = article.documents.first, articleOfDocument[document] == nil {
                articleOfDocument[document] = article.id
            }
        }
        var clustered: [String: [GraphNode]] = [:]
        var unclustered: [GraphNode] = []
        for node in graph.nodes {
            let home = node.category == .article ? node.id
                : node.documents.count == 1 ? articleOfDocument[node.documents[0]] : nil
            if let home, articles.contains(where: { $0.id == home }) {
                clustered[home, default: []].append(node)
            } else {
                unclustered.append(node)
            }
        }
        self.articles = articles
        self.unclustered = unclustered
        self.clustered = clustered
    }

    /// The article first, then its other nodes in graph order.
    func members(of article: GraphNode) -> [GraphNode] { clustered[article.id] ?? [] }
}
