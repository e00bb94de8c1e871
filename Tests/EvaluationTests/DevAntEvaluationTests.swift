import Attribution
import Foundation
import TestSupport
import Testing

/// The analyser on the pan-Arab part of dev (`../shared/corpus/dev-ant`:
/// 40 articles of 2018 from five outlets, annotated by people who never saw
/// its output). Far below the Saudi part (issue #14); these floors keep
/// what has been gained. Measured with `score.py` (2026-12-07, eighth
/// session, at 13ae096): cue F1 0.9424, attribution F1 0.8681, anonymous
/// F1 0.8475, nested recall 0.8, speaker-set F1 0.8229.
/// Ninth session, at its last code commit: cue F1 0.9425, attribution F1
/// 0.8736, anonymous F1 0.8475, nested recall 0.8, speaker-set F1 0.8239.
/// (With «لـCNN» read as a recipient, the op-ed byline «كامليا انتخابي
/// فرد تكتب لـCNN:» became a cue, required by the gold, whose subject is
/// not found: «فرد» reads as ف + «رد», a verb. The cue floor stays below
/// the start's 0.9424 for that reason and «تعترف صربيا باستقلال إقليمها»,
/// a recognition now read with a known speaker.)
/// Tenth session: the person and group nouns mined into speakers.tsv
/// class hundreds of garbage «named» speakers of unseen text anonymous,
/// and cost dev-ant two anonymous statements: «الناس يرون» inside a
/// quotation goes to «شركات» (now a known group, and a plural antecedent),
/// and «إثبات نسب الطفل» reads as a cue with the known «الطفل». The
/// anonymous floor is 0.84 for that. At the session's last code commit:
/// cue F1 0.9439, attribution F1 0.8776, anonymous F1 0.843, nested
/// recall 0.8, speaker-set F1 0.8329.
/// Eleventh session, at its last code commit: cue F1 0.9466, attribution
/// F1 0.883, anonymous F1 0.8618, nested recall 0.8, speaker-set F1
/// 0.8499 (floors raised to 0.945, 0.88, 0.855 and 0.845).
/// Thirteenth session, at its last code commit: cue F1 0.9464 (the CNN
/// byline «كامليا انتخابي فرد تكتب لـCNN:» is no cue since «فرد» before
/// the homograph «تكتب» reads as a reporting verb), attribution F1
/// 0.8878, anonymous F1 0.878, nested recall 0.8, speaker-set F1 0.8531
/// (floors raised to 0.885, 0.87 and 0.85).
/// Fourteenth session, at its last code commit: cue F1 0.9464,
/// attribution F1 0.8903, anonymous F1 0.878, nested recall 0.8,
/// speaker-set F1 0.8563 (floors raised to 0.89 and 0.855).
/// Fifteenth session, at its last code commit: cue F1 0.9478 (feminine and
/// «وفق» tags, «بحسبه»), attribution F1 0.8917, anonymous F1 0.878, nested
/// recall 0.9 (a source frame after a statement relays it), speaker-set
/// F1 0.8588 (an audience after a name: «ماي لأعضاء البرلمان»; floors
/// raised to 0.947, 0.891, 0.9 and 0.858).
/// Sixteenth session: cue F1 0.9491, attribution F1 0.8957, speaker-set
/// F1 0.862 («وأعاد كيفن دي بروين … التذكير بأن», and the pro-drop verb
/// after it; floors raised to 0.949, 0.895 and 0.861). Then cue F1
/// 0.9518, attribution F1 0.8959, nested recall 0.9091 (a pronoun on the
/// relay's «عن»: «ونقلت النجمة عنه قوله»; cue floor raised to 0.951).
/// Then attribution F1 0.8985, speaker-set F1 0.8652 («وقد احتلت إسرائيل
/// … ثم أعلنت»; floors raised to 0.898 and 0.864). Then attribution F1
/// 0.901 (≥ 0.90, issue #14's target), speaker-set F1 0.8676 (an office,
/// then «وأضافت سارة ساندرز»: `NamedContinuation`; floors raised to 0.90
/// and 0.867). Then cue F1 0.953, attribution F1 0.9022, anonymous F1
/// 0.8852 (a cue word after «يمكن» is a verbal noun: «يمكن وصفه
/// بالأكاذيب»; floors raised to 0.952, 0.901 and 0.88). On 8 December:
/// cue F1 0.9582, attribution F1 0.9024, anonymous F1 0.9016, nested
/// recall 0.9167, speaker-set F1 0.8827, all five at issue #14's targets
/// (a perfect after a verb is its subject; «زعم» with a verbal noun;
/// plural offices; "another" office holder; a verbal noun after a name;
/// floors raised to 0.957, 0.90, 0.915 and 0.882; attribution stays at
/// 0.901). Then attribution F1 0.9049, speaker-set F1 0.8858 (a party
/// after an office: «النائبة … عن حزب الخضر إيفا جولي»; floors raised to
/// 0.904 and 0.885). Eighteenth session (8 December): cue F1 0.9594,
/// attribution F1 0.9061 (a verb and «قائلاً» on both sides of the speaker
/// are one statement, `SplitCue`; floors raised to 0.959 and 0.906).
/// Skipped when the corpus is absent.
@Suite(.enabled(if: SharedCorpus.devAnt.isPresent, "../shared/corpus/dev-ant is absent"))
struct DevAntEvaluationTests {
    @Test func scoresStayAboveTheMeasuredFloors() throws {
        let r = try DevCorpus.scoreAnalyser(on: SharedCorpus.devAnt.url)
        #expect(r.documents == 40)
        #expect(r.cueF1 >= 0.959, "cue F1 \(r.cueF1)")
        #expect(r.attributionF1 >= 0.906, "attribution F1 \(r.attributionF1)")
        #expect(r.anonymousF1 >= 0.90, "anonymous F1 \(r.anonymousF1)")
        #expect((r.nestedR ?? 0) >= 0.915, "nested recall \(r.nestedR ?? 0)")
        #expect(r.speakerSetF1 >= 0.885, "speaker-set F1 \(r.speakerSetF1)")
    }
}
