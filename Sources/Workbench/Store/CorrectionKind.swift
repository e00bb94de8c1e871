/// What an editor says is wrong with a statement.
///
/// - `wrongSpeaker`: someone else said it (an entity of the article, or a typed name);
/// - `wrongAnonymity`: the speaker's class is wrong (e.g. `role`, not `anonymous`);
/// - `notStatement`: the cue does not report anything;
/// - `missed`: the analyser found no statement at this cue; the editor adds one.
public enum CorrectionKind: String, Codable, Sendable, CaseIterable {
    case wrongSpeaker = "wrong-speaker"
    case wrongAnonymity = "wrong-anonymity"
    case notStatement = "not-a-statement"
    case missed

    /// The label the pages show.
    public var label: String {
        switch self {
        case .wrongSpeaker: "متحدث خاطئ"
        case .wrongAnonymity: "تصنيف خاطئ"
        case .notStatement: "ليس تصريحاً"
        case .missed: "تصريح فائت"
        }
    }
}
