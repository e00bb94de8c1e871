import Foundation
import QuoteGraphCore

/// `--format table`: the comparison for reading in a terminal.
///
/// Sides are numbered [1], [2] … and named once; everything after refers
/// to the numbers, so that no column has to be aligned after Arabic text.
/// Arabic values are isolated (FSI … PDI) as in `StatementTable`.
///
///     compare by article: 3 sides, 24 speakers, 3 shared, 3 claims attributed differently
///
///     [1] asharq-moscow-idlib  ⁨موسكو تعلن …⁩
///         16 statements · named 9 · role 0 · anonymous 7 · vague 0 · 44% anonymous or vague
public struct ComparisonTable: Sendable {
    /// Words of each content shown.
    public var contentWords = 18
    /// Divergences listed; the rest are counted.
    public var maximumDivergences = 50

    public init() {}

    public func render(_ c: StoryComparison) -> String {
        var out = "compare by \(c.grouping.rawValue): \(count(c.sides.count, "side")), "
            + "\(count(c.speakers.count, "speaker")), \(c.shared.count) shared, "
            + "\(count(c.divergences.count, "claim")) attributed differently\n\n"
        for (s, side) in c.sides.enumerated() {
            out += "[\(s + 1)] \(iso(side.name))"
            if let title = side.title, !title.isEmpty { out += "  \(iso(title))" }
            if c.grouping == .article, let outlet = side.outlet { out += "  (\(iso(outlet)))" }
            if c.grouping == .outlet { out += "  (\(count(side.articles.count, "article")))" }
            let p = side.anonymity
            out += "\n    \(count(side.statements, "statement")) · \(p.summary) · "
                + "\(percent(p.hiddenShare)) anonymous or vague\n"
            if let top = side.voices.first, let speaker = c.speaker(top.speaker) {
                out += "    quoted most: \(iso(speaker.name)) (\(top.statements))\n"
            }
        }
        out += "\nShared speakers\n"
        if c.shared.isEmpty { out += "  (none)\n" }
        for id in c.shared {
            guard let speaker = c.speaker(id) else { continue }
            let on = c.sides.enumerated().compactMap { s, side in
                side.voices.first { $0.speaker == id }.map { "[\(s + 1)] \($0.statements)" }
            }
            out += "  \(iso(speaker.name)) — \(speaker.anonymity.rawValue) \(speaker.kind.rawValue); "
                + "\(on.joined(separator: ", "))\n"
            let forms = speaker.forms.filter { $0 != speaker.name }
            if !forms.isEmpty { out += "      also written: \(forms.prefix(6).map(iso).joined(separator: " | "))\n" }
        }
        out += "\nUnique speakers\n"
        for (s, side) in c.sides.enumerated() {
            let names = side.unique.compactMap { c.speaker($0) }.map { "\(iso($0.name)) (\($0.anonymity.rawValue))" }
            out += "  [\(s + 1)] " + (names.isEmpty ? "(none)" : names.joined(separator: ", ")) + "\n"
        }
        out += "\nOverlap (Jaccard of named and role speakers)\n"
        out += "      " + c.sides.indices.map { pad("[\($0 + 1)]") }.joined() + "\n"
        for (i, row) in c.overlap.jaccard.enumerated() {
            out += "  " + "[\(i + 1)]".padding(toLength: 4, withPad: " ", startingAt: 0)
                + row.map { pad(String(format: "%.2f", $0)) }.joined() + "\n"
        }
        out += "\nSame statement, attributed differently"
        out += c.agreements > 0 ? " (\(c.agreements) other matching statements agree on the speaker)\n" : "\n"
        if c.divergences.isEmpty { out += "  (none found)\n" }
        for (n, d) in c.divergences.prefix(maximumDivergences).enumerated() {
            let kind = d.kind == .anonymousVersusNamed ? "anonymous on one side, named on the other" : "different speakers"
            let pairs = d.matches > 1 ? ", \(d.matches) matching statement pairs" : ""
            out += "  \(n + 1). \(kind) — similarity \(String(format: "%.2f", d.similarity))\(pairs)\n"
            for a in [d.first, d.second] {
                let s = (c.sides.firstIndex { $0.name == a.side } ?? 0) + 1
                out += "     [\(s)] \(iso(a.article))/\(a.statement)  \(iso(a.speakerName)) (\(a.anonymity.rawValue))\n"
                out += "         \(iso(firstWords(a.content)))\n"
            }
        }
        if c.divergences.count > maximumDivergences {
            out += "  … and \(c.divergences.count - maximumDivergences) more (see --format json)\n"
        }
        return out
    }

    /// `--same-story`: each group's header, then its comparison.
    public func render(stories: [StoryGroup], articles: Int) -> String {
        var out = "same story: \(count(stories.count, "group")) of articles from different outlets "
            + "among \(count(articles, "article"))\n"
        for story in stories {
            out += "\n=== \(iso(story.id)): \(count(story.articles.count, "article")) from \(story.outlets.map(iso).joined(separator: ", "))"
            if let first = story.firstDay, let last = story.lastDay {
                out += first == last ? ", \(first)" : ", \(first) to \(last)"
            }
            out += "; text overlap \(String(format: "%.2f", story.textOverlap))\n"
            if !story.sharedNames.isEmpty {
                out += "    named in several: \(story.sharedNames.map(iso).joined(separator: ", "))\n"
            }
            out += "\n" + render(story.comparison)
        }
        return out
    }

    private func pad(_ s: String) -> String { s.padding(toLength: 6, withPad: " ", startingAt: 0) }

    private func iso(_ s: String) -> String { BidiText.isolate(s) }

    private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private func firstWords(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let shown = words.prefix(contentWords).joined(separator: " ")
        return words.count > contentWords ? shown + " …" : shown
    }
}
