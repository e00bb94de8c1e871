import Attribution

/// One stored article, its analysis, and the analysis as corrected by the
/// editor: the view the pages show and the gold that `export-gold` writes.
///
/// Corrections find their statement by id when the cue span still matches,
/// otherwise by a cue span that overlaps; a correction that finds none (the
/// analyser has changed since) is kept in `unmatched` rather than applied
/// to the wrong statement.
///
///     let reviewed = ReviewedArticle(article: a, analysed: workspace.analysis(of: a),
///                                    corrections: try await workspace.corrections(of: a.id))
///     reviewed.statements.filter(\.rejected)   // what the editor struck out
public struct ReviewedArticle: Sendable {
    public var article: StoredArticle
    public var analysed: AnalyzedDocument
    public var statements: [ReviewedStatement]
    public var corrections: [Correction]
    public var unmatched: [Correction]

    public init(article: StoredArticle, analysed: AnalyzedDocument, corrections: [Correction]) {
        self.article = article
        self.analysed = analysed
        self.corrections = corrections
        let scalars = Array(article.text.unicodeScalars)
        func slice(_ span: TextSpan) -> String {
            let a = max(0, min(span.start, scalars.count)), b = max(a, min(span.end, scalars.count))
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return String(s)
        }
        var byID: [String: Int] = [:]
        var statements: [ReviewedStatement] = analysed.statements.enumerated().map { i, s in
            byID[s.id] = i
            let entity = analysed.speaker(of: s)
            return ReviewedStatement(
                original: s, id: s.id, cue: s.cue.span, cueText: s.cue.text,
                speaker: entity?.name ?? ReviewedStatement.unknownSpeaker, speakerText: s.speaker.text,
                entity: entity?.id, kind: entity?.kind ?? .unspecified, anonymity: entity?.anonymity ?? .vague,
                form: s.content.form, negated: s.negated,
                content: s.content.span.isEmpty ? nil : s.content.span,
                relayedBy: [], rejected: false, corrections: [])
        }
        // Relay chains: the speakers of the statements each one is embedded in.
        for i in statements.indices {
            var chain: [String] = []
            var seen: Set<String> = [statements[i].id]
            var next = statements[i].original?.embeddedIn
            while let id = next, let j = byID[id], !seen.contains(id) {
                seen.insert(id)
                chain.append(statements[j].speaker)
                next = statements[j].original?.embeddedIn
            }
            statements[i].relayedBy = chain
        }
        var unmatched: [Correction] = []
        var added: [ReviewedStatement] = []
        for c in corrections {
            if c.kind == .missed {
                let span = c.cueSpan
                added.append(ReviewedStatement(
                    original: nil, id: "c\(c.id ?? 0)", cue: span, cueText: slice(span),
                    speaker: c.speaker ?? ReviewedStatement.unknownSpeaker, speakerText: c.speaker ?? "",
                    entity: analysed.entities.first { $0.name == c.speaker }?.id,
                    kind: c.entityKind ?? .unspecified, anonymity: c.anonymity ?? .named,
                    form: c.form ?? .indirect, negated: c.negated, content: nil, relayedBy: [],
                    rejected: false, corrections: [c]))
                continue
            }
            let index = c.statementID.flatMap { byID[$0] }.flatMap { statements[$0].cue == c.cueSpan ? $0 : nil }
                ?? statements.firstIndex { $0.cue.overlaps(c.cueSpan) }
            guard let index else {
                unmatched.append(c)
                continue
            }
            statements[index].corrections.append(c)
            switch c.kind {
            case .notStatement:
                statements[index].rejected = true
            case .wrongAnonymity:
                if let anonymity = c.anonymity { statements[index].anonymity = anonymity }
            case .wrongSpeaker:
                if let name = c.speaker, !name.isEmpty {
                    let entity = analysed.entities.first { $0.name == name }
                    statements[index].speaker = name
                    statements[index].entity = entity?.id
                    statements[index].kind = c.entityKind ?? entity?.kind ?? .unspecified
                    statements[index].anonymity = c.anonymity ?? entity?.anonymity ?? .named
                }
            case .missed:
                break
            }
        }
        self.statements = (statements + added).sorted { $0.cue < $1.cue }
        self.unmatched = unmatched
    }

    /// The article's text between two offsets (Unicode scalars).
    public func text(_ span: TextSpan) -> String {
        let scalars = article.text.unicodeScalars
        let a = max(0, min(span.start, scalars.count)), b = max(a, min(span.end, scalars.count))
        let start = scalars.index(scalars.startIndex, offsetBy: a)
        let end = scalars.index(start, offsetBy: b - a)
        return String(scalars[start..<end])
    }
}
