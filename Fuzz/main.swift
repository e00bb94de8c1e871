import Foundation

/// libFuzzer entry point for the attribution pipeline (see Fuzz/README.md).
///
/// Each input is taken as UTF-8 (invalid bytes become U+FFFD, as the
/// corpus reader would refuse them but the analyser must not care) and
/// analysed; when it looks like markup, the page extractor runs first and
/// its text is analysed too. Beyond "no crash, no hang", every offset the
/// analyser returns must lie inside the text, and every statement's
/// speaker must be one of the document's entities.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    check(FuzzTarget.analyzer.analyze(SourceDocument(id: "fuzz", text: text)), text)
    if text.contains("<") {
        let page = HTMLTextExtractor(html: text)
        if !page.text.isEmpty {
            check(FuzzTarget.analyzer.analyze(SourceDocument(id: "page", text: page.text)), page.text)
        }
    }
    return 0
}

enum FuzzTarget {
    static let analyzer = Analyzer()
}

/// Crashes (so that libFuzzer keeps the input) when a result breaks the
/// output contract.
func check(_ document: AnalyzedDocument, _ text: String) {
    let length = text.unicodeScalars.count
    func inside(_ start: Int, _ end: Int, _ what: String) {
        if !(0 <= start && start <= end && end <= length) {
            fatalError("\(what) span \(start)..<\(end) outside the text (\(length) scalars)")
        }
    }
    guard document.length == length else { fatalError("length \(document.length) != \(length)") }
    let entities = Set(document.entities.map(\.id))
    for statement in document.statements {
        inside(statement.cue.start, statement.cue.end, "cue")
        inside(statement.content.start, statement.content.end, "content")
        if let start = statement.speaker.start, let end = statement.speaker.end {
            inside(start, end, "speaker")
        }
        if let entity = statement.speaker.entity, !entities.contains(entity) {
            fatalError("statement \(statement.id) names entity \(entity), which is not in the document")
        }
    }
}
