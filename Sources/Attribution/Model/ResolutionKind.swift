/// How a statement's speaker was found: which resolution rule decided it
/// (see `Resolution/Rules`). The raw value is what the JSON output writes.
///
///     «وقال الكرملين إن …»            → .overt
///     «… وأضاف أن …»                 → .proDrop
///     «وأكد الوزير أن …» (named before) → .backReference
public enum ResolutionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The clause names the speaker (`VerbReport`, `SourceFrame`, `HeadlineSpeaker` …).
    case overt
    /// A definite role, institution, honorific or document pointing back
    /// (`BackReference`, `Honorific`).
    case backReference = "back-reference"
    /// No subject: the last speaker who agrees (`ProDrop`).
    case proDrop = "pro-drop"
    /// «مضيفاً»: the subject of the clause it hangs on (`Participle`).
    case participle
    /// «على حد قوله»: the speaker whose agreement the pronoun shows (`SourceFrame`).
    case tag
    /// A title's verb before anyone is named (`HeadlineCataphora`).
    case cataphora
    /// «قيل»، «يقال»: nobody in particular (`VerbReport`).
    case impersonal
    /// Chosen by the learned ranking over the rules' choice (`SpeakerRanker`).
    case ranked
}
