import Attribution
import Foundation

/// Audits one article's sourcing: how many statements rest on anonymous or
/// vague speakers, where they stand (headline, lead), and whether the
/// article says why each hidden source is anonymous and how it knows.
///
///     let auditor = ArticleAuditor()
///     let (audit, analysed) = auditor.audit(SourceDocument(id: "a", text: "وقال مصدر مطلع إن …"))
///     audit.anonymousShare    // 1.0
///     audit.review[0].issues  // [.noReason, .noBasis]
///
/// The headline is the text's first line when it is the document's title
/// (the .txt layout); when the title is not in the text (a .jsonl corpus),
/// the title is analysed on its own and its statements join the article's.
/// The lead is the first paragraph after the headline, or the first two
/// sentences when the whole body is one line.
public struct ArticleAuditor: Sendable {
    public var analyzer: Analyzer
    public var criteria: AnonymityCriteria
    /// Longest sentence shown in the review list, in Unicode scalars.
    public var sentenceLimit = 600

    public init(analyzer: Analyzer = Analyzer(), criteria: AnonymityCriteria = .shared) {
        self.analyzer = analyzer
        self.criteria = criteria
    }

    /// Analyses and audits `document`.
    public func audit(_ document: SourceDocument) -> (audit: ArticleAudit, analysed: AnalyzedDocument) {
        let analysed = analyzer.analyze(document)
        return (audit(document, analysed: analysed), analysed)
    }

    /// Audits an article already analysed. Its sentences and paragraphs
    /// are the analyser's (`analysed.sentences`, `.paragraphs`); a result
    /// read back from JSON, which has none, is segmented again by the
    /// analyser's tokenizer.
    public func audit(_ document: SourceDocument, analysed: AnalyzedDocument) -> ArticleAudit {
        let body = ArticleText(document, analysed: analysed, lexicon: analyzer.lexicon)
        let layout = Layout(text: body, title: document.title)

        var parts: [(ArticleText, AnalyzedDocument, ArticleRegion?)] = [(body, analysed, nil)]
        if layout.headline == nil, let title = document.title, !title.isEmpty {
            let headlineSource = SourceDocument(id: document.id, text: title)
            let headline = analyzer.analyze(headlineSource)
            parts.insert((ArticleText(headlineSource, analysed: headline, lexicon: analyzer.lexicon), headline, .headline), at: 0)
        }
        let headlineKnown = layout.headline != nil || parts.count == 2

        var audit = ArticleAudit(id: document.id, title: document.title, outlet: document.outlet,
                                 statements: 0, negated: 0, speakers: 0, classes: ClassCounts(),
                                 quotations: 0, hiddenQuotations: 0,
                                 headline: headlineKnown ? PlacementFinding(statements: 0, hidden: 0) : nil,
                                 lead: layout.lead == nil ? nil : PlacementFinding(statements: 0, hidden: 0),
                                 hiddenWithReason: 0, hiddenFormulaOnly: 0, hiddenWithBasis: 0,
                                 hiddenWithNeither: 0, speakerList: [], review: [])
        var speakers: [String: SpeakerAudit] = [:]
        var speakerOrder: [String] = []

        for (text, doc, fixedRegion) in parts {
            let sources = sourceFindings(doc, text)
            for statement in doc.statements {
                if statement.negated {
                    audit.negated += 1
                    continue
                }
                let entity = doc.speaker(of: statement)
                let anonymity = entity?.anonymity ?? .vague
                let region = fixedRegion ?? layout.region(of: statement.cue.start)
                audit.statements += 1
                audit.classes[anonymity] += 1
                let quoted = statement.content.form != .indirect
                if quoted {
                    audit.quotations += 1
                    if anonymity.isHidden { audit.hiddenQuotations += 1 }
                }
                if region == .headline {
                    audit.headline?.statements += 1
                    if anonymity.isHidden { audit.headline?.hidden += 1 }
                } else if region == .lead {
                    audit.lead?.statements += 1
                    if anonymity.isHidden { audit.lead?.hidden += 1 }
                }

                let finding = sources[statement.speaker.entity ?? "\u{0}" + statement.id] ?? SourceFinding()
                let name = entity?.name ?? (statement.speaker.text.isEmpty ? "(no speaker)" : statement.speaker.text)
                let key = ArabicNormalizer.normalize(name) + "\u{1}" + anonymity.rawValue
                if speakers[key] == nil {
                    speakerOrder.append(key)
                    speakers[key] = SpeakerAudit(name: name, anonymity: anonymity, kind: entity?.kind, statements: 0,
                                                 reason: anonymity.isHidden ? AnonymityReason.none : nil,
                                                 basis: anonymity.isHidden ? false : nil, phrases: [])
                }
                speakers[key]!.statements += 1
                guard anonymity.isHidden else { continue }

                let reason = finding.reason
                if let previous = speakers[key]!.reason, Self.rank(reason) > Self.rank(previous) {
                    speakers[key]!.reason = reason
                }
                if finding.basis != nil { speakers[key]!.basis = true }
                for phrase in finding.phrases where !speakers[key]!.phrases.contains(phrase) {
                    speakers[key]!.phrases.append(phrase)
                }
                if reason.isMentioned { audit.hiddenWithReason += 1 }
                if reason == .formulaOnly { audit.hiddenFormulaOnly += 1 }
                if finding.basis != nil { audit.hiddenWithBasis += 1 }
                if !reason.isMentioned && finding.basis == nil { audit.hiddenWithNeither += 1 }

                var issues: [AuditIssue] = []
                switch reason {
                case .none: issues.append(.noReason)
                case .formulaOnly: issues.append(.formulaOnly)
                case .justified: break
                }
                if finding.basis == nil { issues.append(.noBasis) }
                if quoted { issues.append(.quoted) }
                if region == .headline { issues.append(.headline) }
                if region == .lead { issues.append(.lead) }
                audit.review.append(ReviewItem(
                    article: document.id, outlet: document.outlet, statement: statement.id, region: region,
                    anonymity: anonymity, speaker: name, speakerText: statement.speaker.text,
                    cue: statement.cue.text, form: statement.content.form,
                    sentence: sentence(of: statement, in: text),
                    reason: reason, reasonPhrase: finding.reasonPhrase ?? finding.formula,
                    basisPhrase: finding.basis, issues: issues))
            }
        }
        audit.speakers = speakerOrder.count
        audit.speakerList = speakerOrder.map { speakers[$0]! }
            .enumerated()
            .sorted { $0.element.statements != $1.element.statements ? $0.element.statements > $1.element.statements : $0.offset < $1.offset }
            .map(\.element)
        return audit
    }

    private static func rank(_ reason: AnonymityReason) -> Int {
        switch reason {
        case .none: 0
        case .formulaOnly: 1
        case .justified: 2
        }
    }

    // MARK: - Reasons and basis

    /// What the article says about one source.
    struct SourceFinding {
        var formula: String?
        var reasonPhrase: String?
        var basis: String?
        var phrases: [String] = []

        var reason: AnonymityReason {
            reasonPhrase != nil ? .justified : formula != nil ? .formulaOnly : .none
        }

        mutating func add(_ match: AnonymityCriteria.Match) {
            switch match.criterion {
            case .formula: if formula == nil { formula = match.phrase }
            case .reason: if reasonPhrase == nil { reasonPhrase = match.phrase }
            case .basis: if basis == nil { basis = match.phrase }
            }
            if !phrases.contains(match.phrase) { phrases.append(match.phrase) }
        }
    }

    /// Findings by entity id (statements without an entity: by "\0" + statement id).
    ///
    /// For each hidden source the audit reads the clause that attributes
    /// each of its statements (cue and speaker up to where the content
    /// starts, or to the sentence end when the content came first) and the
    /// words after each mention of it, up to the sentence end, leaving out
    /// every statement's content: a reason or basis is a feature of the
    /// source, not of what it says.
    func sourceFindings(_ doc: AnalyzedDocument, _ text: ArticleText) -> [String: SourceFinding] {
        let hiddenEntities = Set(doc.entities.filter { $0.anonymity.isHidden }.map(\.id))
        let needsWork = doc.statements.contains { s in
            !s.negated && (s.speaker.entity.map(hiddenEntities.contains) ?? true)
        }
        guard needsWork else { return [:] }

        var masked = [Bool](repeating: false, count: text.scalars.count)
        for s in doc.statements {
            let a = max(0, s.content.start), b = min(text.scalars.count, s.content.end)
            if a < b { for i in a..<b { masked[i] = true } }
        }
        func window(_ start: Int, _ end: Int) -> String {
            let a = max(0, start), b = min(text.scalars.count, end)
            guard a < b else { return "" }
            var view = String.UnicodeScalarView()
            var inMask = false
            for i in a..<b {
                if masked[i] {
                    if !inMask { view.append(contentsOf: " ، ".unicodeScalars) }
                    inMask = true
                } else {
                    inMask = false
                    view.append(text.scalars[i])
                }
            }
            return String(view)
        }

        var findings: [String: SourceFinding] = [:]
        func scan(_ key: String, _ window: String) {
            guard !window.isEmpty else { return }
            for match in criteria.matches(in: window) {
                findings[key, default: SourceFinding()].add(match)
            }
        }
        for s in doc.statements {
            let key = s.speaker.entity ?? "\u{0}" + s.id
            if let id = s.speaker.entity, !hiddenEntities.contains(id) { continue }
            let start = min(s.cue.start, s.speaker.start ?? s.cue.start)
            let sentenceEnd = text.sentence(at: s.cue.start).end
            let contentFollows = s.content.start >= s.cue.end && s.content.end > s.content.start
            let end = contentFollows ? s.content.start : max(sentenceEnd, s.speaker.end ?? 0)
            scan(key, window(start, min(end, start + 400)))
            if contentFollows {
                // «وقال مصدر، طلب عدم الكشف عن اسمه، إن …»: a content that
                // starts before its complementiser holds the aside.
                scan(key, text.slice(s.content.start, clauseHeadEnd(s.content, in: text)))
            }
            if findings[key] == nil { findings[key] = SourceFinding() }
        }
        for entity in doc.entities where hiddenEntities.contains(entity.id) {
            scan(entity.id, entity.name)
            for mention in entity.mentions {
                let end = min(text.sentence(at: mention.start).end, mention.end + 200)
                scan(entity.id, window(mention.start, end))
            }
        }
        return findings
    }

    /// Where the head of a content ends: at its complementiser (إن، أن،
    /// بأن), colon or opening quotation mark, if one comes within 160
    /// scalars; otherwise the head is empty.
    func clauseHeadEnd(_ content: Content, in text: ArticleText) -> Int {
        let limit = min(content.end, content.start + 160)
        var i = content.start
        while i < limit {
            let c = text.scalars[i]
            if c == ":" || c == "«" || c == "\"" || c == "“" { return i }
            if ArabicNormalizer.isWordScalar(c), i == 0 || !ArabicNormalizer.isWordScalar(text.scalars[i - 1]) {
                var j = i
                while j < text.scalars.count, ArabicNormalizer.isWordScalar(text.scalars[j]) { j += 1 }
                let word = ArabicNormalizer.normalize(text.slice(i, j))
                if word == "ان" || word == "بان" || word == "وان" { return i }
                i = j
                continue
            }
            i += 1
        }
        return content.start
    }

    /// The words of the statement in its sentence: cue, speaker and
    /// content, with up to `context` scalars of the sentence around them
    /// (cut at a space), on one line and at most `sentenceLimit` scalars.
    func sentence(of statement: Statement, in text: ArticleText) -> String {
        let sentence = text.sentence(at: statement.cue.start)
        var core = statement.cue.span
        if let s = statement.speaker.start, let e = statement.speaker.end, e > s {
            core = TextSpan(min(core.start, s), max(core.end, e))
        }
        if statement.content.end > statement.content.start {
            core = TextSpan(min(core.start, statement.content.start), max(core.end, statement.content.end))
        }
        let context = 60
        var start = core.start, end = core.end
        if start > sentence.start {
            start = max(sentence.start, start - context)
            if start > sentence.start {
                while start < core.start, !text.scalars[start - 1].properties.isWhitespace { start += 1 }
            }
        }
        if end < sentence.end {
            end = min(sentence.end, end + context)
            if end < sentence.end {
                while end > core.end, !text.scalars[end].properties.isWhitespace { end -= 1 }
            }
        }
        var tail = end < sentence.end
        if end - start > sentenceLimit {
            end = start + sentenceLimit
            while end > start + sentenceLimit / 2, !text.scalars[end].properties.isWhitespace { end -= 1 }
            tail = true
        }
        let line = text.slice(start, end).split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return (start > sentence.start ? "… " : "") + line + (tail ? " …" : "")
    }
}

/// Where the headline and the lead are in an article's text.
struct Layout {
    var headline: TextSpan?
    var lead: TextSpan?

    init(text: ArticleText, title: String?) {
        var paragraphs = text.paragraphs[...]
        if let title, let first = paragraphs.first,
           Self.key(text.slice(first.start, first.end)) == Self.key(title) {
            headline = first
            paragraphs = paragraphs.dropFirst()
        }
        guard let first = paragraphs.first else { return }
        if paragraphs.count == 1 {
            // One line for the whole body (Sabq): its first two sentences.
            let sentences = text.sentences.filter { first.contains($0.start) }
            let end = sentences.count > 2 ? sentences[1].end : first.end
            lead = TextSpan(first.start, end)
        } else {
            lead = first
        }
    }

    func region(of offset: Int) -> ArticleRegion {
        if let headline, headline.contains(offset) { return .headline }
        if let lead, lead.contains(offset) { return .lead }
        return .body
    }

    private static func key(_ s: String) -> String {
        ArabicNormalizer.normalize(s).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
