import Attribution

/// An article's text cut into runs for showing its statements in place:
/// each scalar is plain text, a cue, a speaker or a content (a cue wins
/// over a speaker, a speaker over a content), and a run is hidden when its
/// statement's speaker is anonymous or vague. Paragraphs are the text's
/// non-blank lines.
struct InPlaceMarkup {
    enum Mark: Int, Comparable {
        case none = 0, content, speaker, cue

        static func < (a: Mark, b: Mark) -> Bool { a.rawValue < b.rawValue }
    }

    struct Run: Equatable {
        var text: String
        var mark: Mark
        var hidden: Bool
    }

    let paragraphs: [[Run]]

    init(text: String, document: AnalyzedDocument) {
        let scalars = Array(text.unicodeScalars)
        var marks = [Mark](repeating: .none, count: scalars.count)
        var hidden = [Bool](repeating: false, count: scalars.count)
        func paint(_ start: Int?, _ end: Int?, _ mark: Mark, _ isHidden: Bool) {
            guard let start, let end else { return }
            let a = max(0, start), b = min(scalars.count, end)
            guard a < b else { return }
            for i in a..<b where marks[i] <= mark {
                if marks[i] < mark { hidden[i] = isHidden } else { hidden[i] = hidden[i] || isHidden }
                marks[i] = mark
            }
        }
        func isHidden(_ s: Statement) -> Bool {
            document.speaker(of: s)?.anonymity.isHidden ?? true
        }
        for s in document.statements where !s.negated {
            paint(s.content.start, s.content.end, .content, isHidden(s))
        }
        for entity in document.entities {
            for mention in entity.mentions {
                paint(mention.start, mention.end, .speaker, entity.anonymity.isHidden)
            }
        }
        for s in document.statements {
            paint(s.speaker.start, s.speaker.end, .speaker, isHidden(s))
        }
        for s in document.statements {
            paint(s.cue.start, s.cue.end, .cue, isHidden(s))
        }

        var paragraphs: [[Run]] = []
        var current: [Run] = []
        var buffer = String.UnicodeScalarView()
        var mark = Mark.none, flag = false
        func flush() {
            if !buffer.isEmpty { current.append(Run(text: String(buffer), mark: mark, hidden: flag)) }
            buffer = String.UnicodeScalarView()
        }
        for i in scalars.indices {
            if scalars[i] == "\n" {
                flush()
                if current.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) { paragraphs.append(current) }
                current = []
                continue
            }
            let h = marks[i] == .none ? false : hidden[i]
            if marks[i] != mark || h != flag {
                flush()
                mark = marks[i]
                flag = h
            }
            buffer.append(scalars[i])
        }
        flush()
        if current.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) { paragraphs.append(current) }
        self.paragraphs = paragraphs
    }
}
