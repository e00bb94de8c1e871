import Attribution

/// An article's text with every statement marked in place: the cue, the
/// speaker and the whole content, each `<mark>` carrying the speaker's
/// class as a CSS class (colour) and followed, for speakers, by the class
/// as a word (`<span class="tag anonymous">مجهول</span>`). Paragraphs are
/// the text's non-blank lines; every piece of text is escaped.
///
/// A cue wins over a speaker, a speaker over a content. Statements the
/// editor struck out are marked `rejected`.
///
///     ArticleMarkup(reviewed).html
///     // <p>… <mark class="cue anonymous" data-st="s5">وقال</mark> <mark class="speaker anonymous"
///     //   data-st="s5">مصدر من موسكو</mark><span class="tag anonymous">مجهول</span> …</p>
struct ArticleMarkup {
    enum Kind: Int, Comparable {
        case none = 0, content, speaker, cue
        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
        var css: String {
            switch self {
            case .none: ""
            case .content: "content"
            case .speaker: "speaker"
            case .cue: "cue"
            }
        }
    }

    struct Paint: Equatable {
        var kind = Kind.none
        var anonymity = Anonymity.named
        var statement = ""
        var rejected = false
    }

    let html: Markup

    init(_ reviewed: ReviewedArticle) {
        let scalars = Array(reviewed.article.text.unicodeScalars)
        var paint = [Paint](repeating: Paint(), count: scalars.count)
        func mark(_ start: Int?, _ end: Int?, _ p: Paint) {
            guard let start, let end else { return }
            let a = max(0, start), b = min(scalars.count, end)
            guard a < b else { return }
            for i in a..<b where paint[i].kind <= p.kind { paint[i] = p }
        }
        let entities = Dictionary(reviewed.analysed.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for s in reviewed.statements where !s.negated {
            if let content = s.content {
                mark(content.start, content.end, Paint(kind: .content, anonymity: s.anonymity, statement: s.id,
                                                       rejected: s.rejected))
            }
        }
        // Every mention of a speaking entity, then each statement's own speaker words.
        for entity in entities.values {
            for m in entity.mentions {
                mark(m.start, m.end, Paint(kind: .speaker, anonymity: entity.anonymity, statement: ""))
            }
        }
        for s in reviewed.statements {
            if let o = s.original {
                // The words in the text are the analyser's speaker's: after a wrong-speaker
                // correction they keep that speaker's class (the list shows the right one).
                let replaced = s.corrections.contains { $0.kind == .wrongSpeaker }
                let anonymity = replaced ? (reviewed.analysed.speaker(of: o)?.anonymity ?? .vague) : s.anonymity
                mark(o.speaker.start, o.speaker.end, Paint(kind: .speaker, anonymity: anonymity, statement: s.id,
                                                           rejected: s.rejected))
            }
            mark(s.cue.start, s.cue.end, Paint(kind: .cue, anonymity: s.anonymity, statement: s.id, rejected: s.rejected))
        }

        var paragraphs: [Markup] = []
        var current: [Markup] = []
        var hasWords = false
        var paragraphStart = 0
        var buffer = String.UnicodeScalarView()
        var run = Paint()
        func flush() {
            guard !buffer.isEmpty else { return }
            let text = String(buffer)
            buffer = String.UnicodeScalarView()
            guard run.kind != .none else {
                current.append("\(text)")
                return
            }
            var classes = "\(run.kind.css) \(SpeakerClass.css(run.anonymity))"
            if run.rejected { classes += " rejected" }
            let st: Markup = run.statement.isEmpty ? .empty : " data-st=\"\(run.statement)\""
            current.append("<mark class=\"\(classes)\"\(st)>\(text)</mark>")
            if run.kind == .speaker {
                current.append("<span class=\"tag \(SpeakerClass.css(run.anonymity))\" data-extra=\"\">\(SpeakerClass.label(run.anonymity))</span>")
            }
        }
        func endParagraph() {
            flush()
            // `data-start`: the paragraph's first offset, for the script that turns a selection into a cue span.
            if hasWords { paragraphs.append("<p data-start=\"\(paragraphStart)\">\(current)</p>\n") }
            current = []
            hasWords = false
        }
        for i in scalars.indices {
            let scalar = scalars[i]
            if scalar == "\n" || scalar == "\u{2029}" {
                endParagraph()
                paragraphStart = i + 1
                continue
            }
            if paint[i] != run {
                flush()
                run = paint[i]
            }
            if !scalar.properties.isWhitespace { hasWords = true }
            buffer.append(scalar)
        }
        endParagraph()
        html = paragraphs.joined()
    }
}
