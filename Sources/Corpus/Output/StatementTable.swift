import Attribution
import Foundation
import QuoteGraphCore

/// `--format table`: a view for reading in a terminal, one block per
/// statement, English labels on the left and values on their own lines.
///
/// Arabic values are wrapped in Unicode isolates (FSI U+2068 … PDI U+2069),
/// so that a right-to-left name or quotation stays one unit inside the
/// left-to-right line and cannot pull the label or the punctuation after it
/// across the line. Nothing is padded after an Arabic value, because column
/// alignment after right-to-left text breaks in most terminals.
///
/// The header counts as `audit` does: statements made (refusals such as
/// «لم يعلق» apart), the speakers of those statements, and how many of them
/// rest on an anonymous or vague speaker (one with no resolved speaker
/// counts as vague). The content is given whole, or, with a `width` (the
/// terminal's), cut on a space to fit the line and marked with «…».
///
///     asharq-moscow-idlib — 17 statements and 1 refusal, 6 speakers, 7 (41%) from anonymous or vague sources
///       title     ⁨موسكو تعلن مقتل «دواعش» من القوقاز في قصف الميادين⁩
///
///       s3  cue       ⁨وقال⁩ (verb)
///           speaker   ⁨مصدر من موسكو⁩
///           identity  anonymous person
///           form      direct
///           to        ⁨الشرق الأوسط⁩
///           content   ⁨«العملية التركية جزء من ترتيبات إقامة منطقة خفض التصعيد …⁩
public struct StatementTable: DocumentFormatter {
    /// Terminal cells to fit each content line into; nil: the whole content.
    public var width: Int?
    private var documents = 0
    private var statements = 0
    private var hidden = 0

    public init(width: Int? = nil) {
        self.width = width
    }

    public mutating func begin(_ sink: OutputSink) throws(OutputError) {}

    public func encode(_ document: AnalyzedDocument) throws(OutputError) -> Data {
        Data(render(document).utf8)
    }

    public mutating func add(_ document: AnalyzedDocument, rendered: Data, to sink: OutputSink) throws(OutputError) {
        try sink.write(rendered)
        documents += 1
        statements += document.statements.filter { !$0.negated }.count
        hidden += hiddenCount(document)
    }

    public mutating func end(_ sink: OutputSink) throws(OutputError) {
        guard documents > 1 else { return }
        try sink.write("\(count(documents, "document")), \(count(statements, "statement")), "
                       + "\(hidden) from anonymous or vague sources\n")
    }

    /// The block of one document, ending with a blank line.
    public func render(_ document: AnalyzedDocument) -> String {
        let made = document.statements.filter { !$0.negated }
        let refusals = document.statements.count - made.count
        let speakers = Set(made.map { $0.speaker.entity ?? "?" + $0.speaker.text }).count
        let hidden = hiddenCount(document)
        let share = made.isEmpty ? "" : " (\(Int((Double(hidden) / Double(made.count) * 100).rounded()))%)"
        var out = "\(BidiText.isolate(document.id)) — \(count(made.count, "statement"))"
            + (refusals > 0 ? " and \(count(refusals, "refusal"))" : "")
            + ", \(count(speakers, "speaker")), \(hidden)\(share) from anonymous or vague sources\n"
        if let title = document.title {
            out += "  title     \(BidiText.isolate(title))\n"
        }
        out += "\n"
        if document.statements.isEmpty {
            out += "  (no statements found)\n\n"
        }
        for statement in document.statements {
            out += block(statement, in: document)
        }
        return out
    }

    private func block(_ statement: Statement, in document: AnalyzedDocument) -> String {
        let entity = document.speaker(of: statement)
        let tag = "  " + statement.id.padding(toLength: max(4, statement.id.count + 1), withPad: " ", startingAt: 0)
        let pad = String(repeating: " ", count: tag.count)
        var lines: [(String, String)] = []
        lines.append(("cue", "\(BidiText.isolate(statement.cue.text)) (\(statement.cue.kind.rawValue))"))
        let name = entity?.name ?? (statement.speaker.text.isEmpty ? "" : statement.speaker.text)
        lines.append(("speaker", name.isEmpty ? "(unresolved)" : BidiText.isolate(name)))
        if let entity {
            lines.append(("identity", "\(entity.anonymity.rawValue) \(entity.kind.rawValue)"))
        }
        lines.append(("form", statement.negated ? "\(statement.content.form.rawValue), negated (no statement made)"
                                                : statement.content.form.rawValue))
        if let recipient = statement.recipient, !recipient.isEmpty {
            lines.append(("to", BidiText.isolate(recipient)))
        }
        if let outer = statement.embeddedIn {
            lines.append(("via", outer))
        }
        let flat = statement.content.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let content = width.map { TerminalText.cut(flat, toWidth: $0 - pad.count - Self.labelWidth) } ?? flat
        if !content.isEmpty {
            lines.append(("content", BidiText.isolate(content)))
        }
        var out = ""
        for (index, (label, value)) in lines.enumerated() {
            let lead = index == 0 ? tag : pad
            out += lead + label.padding(toLength: Self.labelWidth, withPad: " ", startingAt: 0) + value + "\n"
        }
        return out + "\n"
    }

    /// Labels (at most 9 letters: «identity») and the space after them.
    static let labelWidth = 10

    /// Statements made by an anonymous or vague speaker, or by none
    /// resolved, as `audit` counts them.
    private func hiddenCount(_ document: AnalyzedDocument) -> Int {
        document.statements.filter { !$0.negated && (document.speaker(of: $0)?.anonymity.isHidden ?? true) }.count
    }

    private func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
