import Foundation
import QuoteGraphCore

/// `--format markdown`: the comparison as a report to paste into an issue,
/// a wiki or a newsroom chat. Every text from the input (ids, titles,
/// outlets, names, contents) is cut and escaped with `MarkdownText`, the
/// audit's escaping, since it comes from the articles: `<script>`, a
/// backtick or a newline in an id stays text, in a cell or a heading.
public struct ComparisonMarkdown: Sendable {
    public var contentWords = 25
    /// Divergences listed; the rest are counted.
    public var maximumDivergences = 50

    public init() {}

    public func render(_ c: StoryComparison, heading: String = "##") -> String {
        var out = "\(heading) Comparison by \(c.grouping.rawValue)\n\n"
        out += "| # | \(c.grouping.rawValue) | statements | named | role | anonymous | vague | anonymous or vague | quoted most |\n"
        out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        for (s, side) in c.sides.enumerated() {
            let p = side.anonymity
            let name = side.title.map { "\(side.name): \($0)" } ?? side.name
            let top = side.voices.first.flatMap { v in c.speaker(v.speaker).map { "\($0.name) (\(v.statements))" } } ?? ""
            let counts = ["named", "role", "anonymous", "vague"].map { "\(p.statements[$0] ?? 0)" }
            out += "| \(s + 1) | \(cell(name)) | \(side.statements) | \(counts.joined(separator: " | ")) | "
                + "\(Int((p.hiddenShare * 100).rounded()))% | \(cell(top)) |\n"
        }
        out += "\n\(heading)# Shared speakers\n\n"
        if c.shared.isEmpty { out += "None.\n" } else {
            out += "| speaker | identity | statements per side | written as |\n| --- | --- | --- | --- |\n"
            for id in c.shared {
                guard let sp = c.speaker(id) else { continue }
                let on = c.sides.enumerated().compactMap { s, side in
                    side.voices.first { $0.speaker == id }.map { "[\(s + 1)] \($0.statements)" }
                }
                out += "| \(cell(sp.name)) | \(sp.anonymity.rawValue) \(sp.kind.rawValue) | \(on.joined(separator: ", ")) | "
                    + "\(cell(sp.forms.prefix(6).joined(separator: " / "))) |\n"
            }
        }
        out += "\n\(heading)# Unique speakers\n\n"
        for (s, side) in c.sides.enumerated() {
            let names = side.unique.compactMap { c.speaker($0) }.map { "\($0.name) (\($0.anonymity.rawValue))" }
            out += "- **[\(s + 1)]** " + (names.isEmpty ? "none" : cell(names.joined(separator: "، "), limit: 1000)) + "\n"
        }
        out += "\n\(heading)# Overlap (Jaccard of named and role speakers)\n\n"
        out += "| | " + c.sides.indices.map { "[\($0 + 1)]" }.joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: c.sides.count) + "\n"
        for (i, row) in c.overlap.jaccard.enumerated() {
            out += "| [\(i + 1)] | " + row.map { String(format: "%.2f", $0) }.joined(separator: " | ") + " |\n"
        }
        out += "\n\(heading)# Same statement, attributed differently\n\n"
        if c.divergences.isEmpty { out += "None found.\n" }
        for (n, d) in c.divergences.prefix(maximumDivergences).enumerated() {
            let kind = d.kind == .anonymousVersusNamed ? "anonymous on one side, named on the other" : "different speakers"
            out += "\(n + 1). **\(kind)** (similarity \(String(format: "%.2f", d.similarity)))\n"
            for a in [d.first, d.second] {
                out += "   - \(cell(a.article))/\(a.statement), **\(cell(a.speakerName))** (\(a.anonymity.rawValue)): "
                    + "«\(cell(firstWords(a.content), limit: 400))»\n"
            }
        }
        if c.divergences.count > maximumDivergences {
            out += "\n… and \(c.divergences.count - maximumDivergences) more (see `--format json`).\n"
        }
        return out
    }

    /// `--same-story`: a section per group, then its comparison.
    public func render(stories: [StoryGroup], articles: Int) -> String {
        var out = "# Same story across outlets\n\n\(stories.count) groups of articles from different outlets "
            + "among \(articles) articles.\n"
        for story in stories {
            out += "\n## \(cell(story.id)): \(cell(story.outlets.joined(separator: ", "), limit: 400))\n\n"
            out += "Articles: \(story.articles.map { cell($0) }.joined(separator: ", "))"
            if let first = story.firstDay, let last = story.lastDay {
                out += first == last ? "; \(first)" : "; \(first) to \(last)"
            }
            out += "; text overlap \(String(format: "%.2f", story.textOverlap)).\n"
            if !story.sharedNames.isEmpty { out += "Named in several: \(cell(story.sharedNames.joined(separator: "، "), limit: 400)).\n" }
            out += "\n" + render(story.comparison, heading: "###")
        }
        return out
    }

    private func cell(_ text: String, limit: Int = 120) -> String {
        MarkdownText.inline(text, limit: limit)
    }

    private func firstWords(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let shown = words.prefix(contentWords).joined(separator: " ")
        return words.count > contentWords ? shown + " …" : shown
    }
}
