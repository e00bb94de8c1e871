import Attribution
import QuoteGraphCore

/// Turns analysed documents into a `CitationGraph`; see `EdgeKind` for what
/// each edge is made of and `SpeakerMerger` for which speakers become one node.
struct CitationGraphBuilder {
    private let documents: [AnalyzedDocument]
    private var nodes: [GraphNode] = [] {
        didSet { if nodes.count > position.count { position[nodes.last!.id] = nodes.count - 1 } }
    }
    private var position: [String: Int] = [:]
    private var created: [NodeCategory: Int] = [:]
    private var edges: [GraphEdge] = []
    private var edgeIndex: [String: Int] = [:]
    private var cueCounts: [[(lemma: String, count: Int)]] = []
    /// `document index|entity id` → speaker node id.
    private var speakerOf: [String: String] = [:]
    /// Normalised names of speakers that can stand for an institution or outlet.
    private var speakerNamed: [NameKey: String] = [:]
    private var pointedAt: [String: String] = [:]

    /// One node per outlet instead of per article (large corpora).
    private let byOutlet: Bool
    /// Document index → its article (or outlet) node.
    private var articleNode: [Int: String] = [:]
    private var outletNode: [String: String] = [:]

    /// Reads people's names (titles, name compounds) when merging speakers.
    private let lexicon: Lexicon

    init(documents: [AnalyzedDocument], byOutlet: Bool = false, lexicon: Lexicon) {
        self.lexicon = lexicon
        self.documents = documents
        self.byOutlet = byOutlet
    }

    consuming func build() -> CitationGraph {
        for (d, document) in documents.enumerated() { addArticle(d, document) }
        addSpeakers()
        for (d, document) in documents.enumerated() {
            for statement in document.statements { addStatement(statement, in: d) }
            addAffiliations(in: d)
        }
        finishCues()
        return CitationGraph(nodes: nodes, edges: edges)
    }

    // MARK: Nodes

    private mutating func addArticle(_ d: Int, _ document: AnalyzedDocument) {
        if byOutlet {
            let outlet = document.outlet.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
            if let id = outletNode[outlet] {
                articleNode[d] = id
                nodes[position[id]!].documents.append(document.id)
                return
            }
            let id = "a\(outletNode.count + 1)"
            outletNode[outlet] = id
            articleNode[d] = id
            nodes.append(GraphNode(id: id, category: .article, label: outlet, documents: [document.id], outlet: outlet))
            return
        }
        let title = document.title.flatMap { $0.isEmpty ? nil : $0 } ?? document.id
        articleNode[d] = "a\(d + 1)"
        nodes.append(GraphNode(id: "a\(d + 1)", category: .article, label: title, documents: [document.id],
                               outlet: document.outlet, date: document.date, url: document.url))
    }

    private mutating func addSpeakers() {
        let occurrences = speakerOccurrences()
        var merger = SpeakerMerger(occurrences, lexicon: lexicon)
        for (n, group) in merger.speakers().enumerated() {
            let members = group.map { occurrences[$0] }
            let node = SpeakerNodeFactory.node(id: "s\(n + 1)", members: members)
            for o in members {
                speakerOf["\(o.document)|\(o.entity.id)"] = node.id
                if !o.entity.anonymity.isHidden, o.entity.kind != .person, speakerNamed[o.key] == nil {
                    speakerNamed[o.key] = node.id
                }
            }
            nodes.append(node)
        }
    }

    /// Every entity that speaks, per document in entity order, then stand-ins
    /// for statements without a resolved speaker.
    private func speakerOccurrences() -> [SpeakerOccurrence] {
        documents.enumerated().flatMap { d, document in
            let speaking = Set(document.statements.compactMap(\.speaker.entity))
            var result = document.entities.filter { speaking.contains($0.id) }
                .map { SpeakerOccurrence(document: d, documentID: document.id, entity: $0) }
            var seen = Set<String>()
            for s in document.statements where document.speaker(of: s) == nil {
                let o = SpeakerOccurrence.unresolved(document: d, documentID: document.id, speakerText: s.speaker.text)
                if seen.insert(o.entity.id).inserted { result.append(o) }
            }
            return result
        }
    }

    /// The node an institution or outlet name points at: a speaker of that
    /// name if there is one, else a node of `category` made for it.
    private mutating func target(named name: String, category: NodeCategory) -> String? {
        let label = RecipientName.clean(name)
        let key = NameKey(label)
        guard !key.isEmpty else { return nil }
        if let speaker = speakerNamed[key] { return speaker }
        let slot = "\(category.rawValue)|\(key)"
        if let id = pointedAt[slot] { return id }
        created[category, default: 0] += 1
        let id = (category == .outlet ? "o" : "i") + "\(created[category]!)"
        nodes.append(GraphNode(id: id, category: category, label: label,
                               kind: category == .outlet ? .media : .institution, anonymity: .named))
        pointedAt[slot] = id
        return id
    }

    private mutating func noteDocument(_ id: String, on nodeID: String) {
        guard let i = position[nodeID] else { return }
        // Documents come in order: a repeat is always the last one.
        if nodes[i].documents.last != id { nodes[i].documents.append(id) }
    }

    // MARK: Edges

    private func speaker(of statement: Statement, in d: Int) -> String? {
        let document = documents[d]
        let entity = document.speaker(of: statement)?.id ?? SpeakerOccurrence.unresolvedID(for: statement.speaker.text)
        return speakerOf["\(d)|\(entity)"]
    }

    private mutating func addStatement(_ statement: Statement, in d: Int) {
        let document = documents[d]
        guard let speaker = speaker(of: statement, in: d) else { return }
        nodes[position[speaker]!].statements += 1
        record(statement, of: document, on: edge(.quotes, from: articleNode[d]!, to: speaker))
        if let outer = statement.embeddedIn,
           let relaying = document.statements.first(where: { $0.id == outer }),
           let relay = self.speaker(of: relaying, in: d), relay != speaker {
            record(statement, of: document, on: edge(.cites, from: relay, to: speaker))
        }
        if let recipient = statement.recipient, let outlet = target(named: recipient, category: .outlet),
           outlet != speaker {
            noteDocument(document.id, on: outlet)
            record(statement, of: document, on: edge(.toldTo, from: speaker, to: outlet))
        }
    }

    private mutating func addAffiliations(in d: Int) {
        let document = documents[d]
        for entity in document.entities {
            guard let affiliation = entity.affiliation, let speaker = speakerOf["\(d)|\(entity.id)"],
                  let institution = target(named: affiliation, category: .institution),
                  institution != speaker else { continue }
            noteDocument(document.id, on: institution)
            let e = edge(.speaksFor, from: speaker, to: institution)
            edges[e].weight += 1
            if edges[e].role == nil { edges[e].role = entity.role }
            if edges[e].documents.last != document.id { edges[e].documents.append(document.id) }
        }
    }

    /// The index of the edge `kind` from `source` to `target`, created if new.
    private mutating func edge(_ kind: EdgeKind, from source: String, to target: String) -> Int {
        let key = "\(kind.rawValue)|\(source)|\(target)"
        if let i = edgeIndex[key] { return i }
        edges.append(GraphEdge(id: "e\(edges.count + 1)", source: source, target: target, kind: kind))
        cueCounts.append([])
        edgeIndex[key] = edges.count - 1
        return edges.count - 1
    }

    private mutating func record(_ statement: Statement, of document: AnalyzedDocument, on e: Int) {
        if statement.negated {
            edges[e].negated += 1
        } else {
            edges[e].weight += 1
            switch statement.content.form {
            case .direct: edges[e].direct += 1
            case .indirect: edges[e].indirect += 1
            case .mixed: edges[e].mixed += 1
            }
        }
        if edges[e].documents.last != document.id { edges[e].documents.append(document.id) }
        edges[e].statements.append("\(document.id)/\(statement.id)")
        countCue(statement.cue.lemma.isEmpty ? statement.cue.text : statement.cue.lemma, on: e)
    }

    private mutating func countCue(_ lemma: String, on e: Int) {
        guard !lemma.isEmpty else { return }
        if let i = cueCounts[e].firstIndex(where: { $0.lemma == lemma }) { cueCounts[e][i].count += 1 }
        else { cueCounts[e].append((lemma, 1)) }
    }

    /// Cues most frequent first; ties keep first-seen order (the sort is stable).
    private mutating func finishCues() {
        for e in edges.indices {
            edges[e].cues = cueCounts[e].enumerated()
                .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
                .map(\.element.lemma)
        }
    }
}
