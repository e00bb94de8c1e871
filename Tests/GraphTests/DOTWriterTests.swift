import Foundation
@testable import Graph
@testable import QuoteGraphCore
import TestSupport
import Testing

@Suite struct DOTWriterTests {
    let seedDOT = DOTWriter().write(CitationGraph(documents: [Fixtures.seed]))

    @Test func headerDeclaresCharsetFontsAndEngine() {
        #expect(seedDOT.contains("digraph \"quotegraph\" {"))
        #expect(seedDOT.contains("charset=\"UTF-8\""))
        #expect(seedDOT.components(separatedBy: "fontname=\"Noto Sans Arabic,DejaVu Sans,sans-serif\"").count == 4)
        #expect(seedDOT.contains("layout=\"dot\"") && seedDOT.contains("rankdir=\"RL\""))
    }

    @Test func nodesHaveSyntheticIdsAndTextInLabels() {
        #expect(seedDOT.contains("\"s2\" [label=\"مصدر من موسكو\""))
        #expect(seedDOT.contains("\"s5\" [label=\"إيغر كوناشينكوف\\nالمتحدث الرسمي\""))
        #expect(seedDOT.contains("\"a1\" [label=\"موسكو تعلن مقتل «دواعش» من القوقاز في قصف الميادين\\nالشرق الأوسط\\n2017-10-09\", shape=\"folder\""))
        #expect(seedDOT.contains("\"a1\" -> \"s2\""))
        #expect(seedDOT.contains("\"s2\" -> \"s3\" [color=\"#C92A2A\""))
        #expect(seedDOT.contains("\"s5\" -> \"s4\" [color=\"#7048E8\", style=\"dashed\", arrowhead=\"empty\""))
    }

    @Test func anonymousSpeakersAreFlagged() throws {
        let line = try #require(seedDOT.split(separator: "\n").first { $0.contains("\"s2\" [") })
        #expect(line.contains("style=\"filled,dashed\"") && line.contains("fillcolor=\"#FFD8A8\""))
    }

    @Test func penwidthGrowsWithWeight() throws {
        let line = try #require(seedDOT.split(separator: "\n").first { $0.contains("\"a1\" -> \"s2\"") })
        #expect(line.contains("penwidth=\"4.9\""))  // 6 statements
        #expect(EdgeStyle.penwidth(weight: 1) == "1.0")
        #expect(EdgeStyle.penwidth(weight: 1000) == "6.0")
    }

    @Test func refusalOnlyEdgeIsDottedWithTee() {
        var document = Fixtures.seed
        document.statements = [document.statements[1]]
        let dot = DOTWriter().write(CitationGraph(documents: [document]))
        #expect(dot.contains("\"a1\" -> \"s1\" [color=\"#868E96\", style=\"dotted\", arrowhead=\"tee\""))
        #expect(dot.contains("\"legend_refused\" [label=\"┈┈┤ quotes, refused only\""))
        #expect(!dot.contains("\"legend_quotes\""))
    }

    @Test func edgeLabelsShowCountsAndCues() {
        let dot = DOTWriter(edgeLabels: true).write(CitationGraph(documents: [Fixtures.seed]))
        #expect(dot.contains("label=\"3 direct, 2 indirect, 1 mixed\\nقال، أضاف، لفت\""))
        #expect(dot.contains("label=\"1 indirect, 1 refused\\nقال، لم يعلق\""))
        #expect(dot.contains("label=\"المتحدث الرسمي\""))
        #expect(!seedDOT.contains("direct,"))
    }

    @Test func oneClusterPerArticleWhenSeveral() {
        let dot = DOTWriter().write(CitationGraph(documents: [Fixtures.seed, Fixtures.second]))
        #expect(dot.contains("subgraph \"cluster_a1\" {") && dot.contains("subgraph \"cluster_a2\" {"))
        #expect(!seedDOT.contains("cluster_a1"))
    }

    @Test func legendListsOnlyWhatIsUsed() {
        #expect(seedDOT.contains("subgraph \"cluster_legend\" {"))
        #expect(seedDOT.contains("\"legend_anonymous\"") && seedDOT.contains("\"legend_cites\" [label=\"━━▶ cites\""))
        #expect(!seedDOT.contains("\"legend_vague\"") && !seedDOT.contains("\"legend_group\""))
        #expect(!DOTWriter(legend: false).write(CitationGraph(documents: [Fixtures.seed])).contains("legend"))
        #expect(!DOTWriter(layout: .sfdp).write(CitationGraph(documents: [Fixtures.seed])).contains("legend"))
    }

    @Test func bigGraphsGetFastLayouts() {
        #expect(LayoutPlan(requested: nil, nodeCount: 151).engine == .sfdp)
        #expect(LayoutPlan(requested: nil, nodeCount: 150).engine == .dot)
        let dot = LayoutPlan(requested: .dot, nodeCount: 500).graphAttributes
        #expect(dot.contains { $0 == ("splines", "line") } && dot.contains { $0 == ("nslimit", "1") })
    }

    @Test func outputIsDeterministic() {
        let documents = [Fixtures.seed, Fixtures.second, Fixtures.hostile]
        let writer = DOTWriter(edgeLabels: true)
        #expect(writer.write(CitationGraph(documents: documents)) == writer.write(CitationGraph(documents: documents)))
    }

    // MARK: Hostile text

    let hostileDOT = DOTWriter(edgeLabels: true).write(CitationGraph(documents: [Fixtures.hostile]))

    @Test func quotesAndBackslashesAreEscaped() {
        #expect(hostileDOT.contains(#"label="\"];evil=[label=\"pwned""#))
        #expect(hostileDOT.contains(#"C:\\temp\\\" &amp;"#))
        #expect(hostileDOT.contains(#"\\N\\G\""#))
    }

    @Test func everyStatementLineIsWellFormed() {
        for line in hostileDOT.split(separator: "\n") where line.contains("[") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            #expect(trimmed.hasSuffix("];"), "\(trimmed.prefix(80))")
            #expect(Self.unquotedText(trimmed).allSatisfy { !$0.isLetter || $0.isASCII }, "\(trimmed.prefix(80))")
        }
    }

    @Test func controlAndBidiCharactersAreStripped() {
        let forbidden: Set<UInt32> = [0x0, 0x1, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                      0x2066, 0x2067, 0x2068, 0x2069]
        #expect(!hostileDOT.unicodeScalars.contains { forbidden.contains($0.value) })
        #expect(hostileDOT.contains("role with newline"))
    }

    @Test func longNamesAreTruncated() {
        #expect(!hostileDOT.contains(String(repeating: "مصدر ", count: 20)))
        #expect(hostileDOT.contains(String(repeating: "مصدر ", count: 11) + "مصدر…"))
        #expect(hostileDOT.split(separator: "\n").allSatisfy { $0.count < 400 })
    }

    @Test func noLinksOrIdsFromArticles() {
        let syntax = hostileDOT.split(separator: "\n").map { Self.unquotedText(String($0)) }.joined()
        for attribute in ["URL=", "href=", "tooltip=", "id=", "target="] {
            #expect(!syntax.contains(attribute))
        }
        #expect(!hostileDOT.contains("javascript"))
    }

    /// The line with every double-quoted string removed (escapes honoured):
    /// what is left is DOT syntax, where article text must never appear.
    static func unquotedText(_ line: String) -> String {
        var out = ""
        var inString = false
        var escaped = false
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
