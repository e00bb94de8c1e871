/// One possible speaker of a statement, as `SpeakerRanker` weighs it.
///
///     // «وأضاف أن …» after «قال رئيس الوزراء جوزيبي كونتي …» and a
///     // sentence quoting «بوتين»: the candidates are the rule's choice
///     // (بوتين, the most recent speaker), كونتي (an earlier entity), any
///     // named person of the cast not yet quoted, and «no speaker».
///     candidate.origin      // .entity
///     candidate.entity      // "e2"
///     candidate.names       // ["جوزيبي كونتي", "رئيس الوزراء جوزيبي كونتي"]
///
/// `names` are what the gold's `resolved` name is matched against when
/// training (the entity's name and the texts of its mentions).
public struct SpeakerCandidate: Sendable {
    public enum Origin: String, Sendable, Hashable {
        /// The speaker the resolution rules chose (overt phrase, pro-drop,
        /// back-reference …): `SpeakerReference.resolution` says which.
        case rule
        /// Another entity of the article, quoted or introduced before.
        case entity
        /// A named person of the article (`Cast`) nobody has quoted yet.
        case cast
        /// No speaker at all.
        case none
    }

    public var origin: Origin
    /// The entity id, for `.rule` and `.entity`.
    public var entity: String?
    /// The entity (for a cast member, the one it would become).
    var source: Entity?
    /// The entity's name and the texts of its mentions.
    public var names: [String] {
        guard let e = source else { return [] }
        return ([e.name] + e.mentions.map(\.text)).filter { !$0.isEmpty }
    }
    public var anonymity: Anonymity?
    /// Active binary features, as `FeatureSpace` codes (see `CandidateFeatures`).
    var features: [Int]
    /// The features by name, as the weights file writes them.
    public var featureNames: [String] { features.map(FeatureSpace.name) }
    /// A cast member becomes an entity only when chosen.
    var profile: SpeakerProfile?
}
