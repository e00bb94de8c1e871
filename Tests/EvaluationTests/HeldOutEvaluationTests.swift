import Attribution
import Foundation
import TestSupport
import Testing

/// The analyser on the held-out gold (`../shared/corpus/heldout`: the 12 dev
/// articles annotated after the rules were tuned, by an annotator who did
/// not see the analyser's output). Dev floors guard what was tuned; these
/// guard how the rules carry to articles they were not tuned on. Skipped
/// when the directory is absent.
///
/// The floors were re-pinned when the held-out gold was annotated anew
/// (2026-12-06): at c732187 `score.py` gives cue F1 0.8991, attribution F1
/// 0.789, anonymous F1 0.9195, speaker-set F1 0.7955. Raised 2026-12-07
/// (eighth session, at 13ae096, rules taken from the guidelines and the
/// bench corpus, not from this set): cue F1 0.9032, attribution F1
/// 0.7926, anonymous F1 0.9302, speaker-set F1 0.7955. Lowered
/// 2026-12-07 (sixteenth session): the light verb «أعاد … التأكيد/التذكير»
/// (verbs.tsv `saying`, from dev-ant and bench) finds one more gold cue
/// here (cue F1 0.9074 → 0.9124) and gives it a speaker on the wrong
/// side of anonymity (attribution 0.7963 → 0.7926, anonymous 0.9302 →
/// 0.9195); which statement was not looked at. 2026-12-08 (eighteenth
/// session): after «أن» the noun before the verb is its subject
/// (`SubjectAfterComplementiser`, from reading bench articles) and
/// attribution rose 0.7926 → 0.8018 (floor 0.79 → 0.80); which statements
/// were not looked at. Each floor sits just under its measured figure;
/// never tune against this set.
@Suite(.enabled(if: SharedCorpus.heldout.isPresent, "../shared/corpus/heldout is absent"))
struct HeldOutEvaluationTests {
    @Test func scoresStayAboveTheMeasuredFloors() throws {
        let r = try DevCorpus.scoreAnalyser(on: SharedCorpus.heldout.url)
        #expect(r.documents == 12)
        #expect(r.cueF1 >= 0.91, "cue F1 \(r.cueF1)")
        #expect(r.attributionF1 >= 0.80, "attribution F1 \(r.attributionF1)")
        #expect(r.anonymousF1 >= 0.915, "anonymous F1 \(r.anonymousF1)")
        #expect(r.speakerSetF1 >= 0.79, "speaker-set F1 \(r.speakerSetF1)")
    }
}
