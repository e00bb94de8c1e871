@testable import Attribution
import Foundation
import Testing

@Test func zzDebugProbe() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG"] else { return }
    let sentence = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    let s = StageSentence(sentence)
    for i in s.text.tokens.indices where s.facts.isVerbCue(i) {
        let f = s.parser.forward(from: i + 1, sentence: s.text.tokens[i].sentence)
        let p = f.phrase.flatMap { s.classifier.profile($0, verbGender: nil) }
        print("CUE", s.text.tokens[i].text, "phrase:", s.words(f.phrase) ?? "-", "next:", f.next < s.text.tokens.count ? s.text.tokens[f.next].text : "-",
              "profile:", p.map { "\($0.name) \($0.kind) \($0.anonymity) role=\($0.role ?? "-")" } ?? "-")
    }
}

@Test func zzDebugProbeEnds() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_ENDS"] else { return }
    let sentence = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    let s = StageSentence(sentence)
    for i in s.text.tokens.indices where s.text.tokens[i].isWord {
        let e = s.parser.phraseEnd(from: i, sentence: s.text.tokens[i].sentence)
        if e > i { print("END", i, s.text.tokens[i].text, "→", s.words(i...e) ?? "-") }
    }
}

@Test func zzDebugProbeDoc() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_DOC"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let doc = Analyzer().analyze(SourceDocument(id: "x", text: text))
    for s in doc.statements { print("STMT", s.cue.start, s.cue.text, "|", doc.entities.first(where: { $0.id == s.speaker.entity })?.name ?? "-", s.speaker.resolution) }
    for e in doc.entities { print("ENT", e.id, e.name, e.kind, e.anonymity, e.gender ?? "-", e.number ?? "-", e.mentions.map { "\($0.start):\($0.text)" }) }
}

@Test func zzDebugProbeWhy() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_WHY"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "|").map { String($0) }
        let s = StageSentence(parts[0])
        let k = s.index(parts[1]), j = s.index(parts[2])
        let p = s.parser
        print("WHY", parts[2], "boundary", p.isBoundary(j, phraseStarted: true, head: k), "recipient", p.recipientPhrase(at: j) != nil,
              "fem", p.endsFeminineHead(j, from: k), "persName", p.endsPersonalName(j, from: k), "def", p.endsDefinitePhrase(j, from: k),
              "adjunct", p.opensAdjunct(j, from: k), "objName", p.opensObjectAfterName(j, from: k), "objPlace", p.opensObjectAfterPlace(j, from: k),
              "vn", p.opensVerbalNounObject(j, from: k), "poss", p.opensPossessedObject(j, from: k), "body", p.opensBodyAfterName(j, from: k),
              "tanwin", s.text.tokens[j].hasTanwinFatha, "age", s.facts[j].roles.contains(.ageOpener))
    }
}

@Test func zzDebugProbeBack() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_BACK"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let s = StageSentence(text)
    for i in s.text.tokens.indices where s.facts.isVerbCue(i) {
        let b = s.parser.backward(from: i, imperfect: true)
        print("BACK", s.text.tokens[i].text, s.words(b) ?? "-", b.flatMap { s.classifier.profile($0, verbGender: nil) }.map { "\($0.kind) \($0.anonymity)" } ?? "-")
    }
}

@Test func zzDebugProbeCues() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_CUES"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var doc = SegmentationStage(lexicon: Lexicon.shared).annotate(SourceDocument(id: "x", text: text))
    CueStage(lexicon: Lexicon.shared).annotate(&doc)
    for c in doc.cues { print("CUEM", doc.text.text(c.first, c.last), c.kind, c.complements) }
}

@Test func zzDebugProbeFacts() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_FACTS"] else { return }
    let sentence = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    let s = StageSentence(sentence)
    for i in s.text.tokens.indices {
        print("FACT", i, s.text.tokens[i].text, "sw:", s.facts[i].speakerWord.map { "\($0.category)" } ?? "-", "cat:", s.facts[i].category.map { "\($0)" } ?? "-",
              "def:", s.text.tokens[i].isDefinite, "tanwin:", s.text.tokens[i].hasTanwinFatha, "cue:", s.facts.isVerbCue(i))
    }
}

@Test func zzDebugProbeWords() throws {
    guard let path = ProcessInfo.processInfo.environment["QG_DEBUG_WORDS"] else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let s = StageSentence(text)
    for i in s.text.tokens.indices where s.text.tokens[i].isWord {
        print("WORD", s.text.tokens[i].text, "sw:", s.facts[i].speakerWord.map { "\($0.category) \($0.number)" } ?? "-", "given:", s.facts[i].givenName != nil, "cat:", s.facts[i].category.map { "\($0)" } ?? "-", "roles:", s.facts[i].roles.roles)
    }
}
