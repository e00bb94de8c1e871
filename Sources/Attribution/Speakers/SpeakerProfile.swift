/// What a speaker phrase says about its speaker: name, role, affiliation,
/// kind, anonymity, agreement, and whether it points back to an earlier
/// speaker.
///
///     «وزير الخارجية وليد المعلم» → person, named «وليد المعلم», role «وزير الخارجية»
///     «مصدر من موسكو»            → unspecified, anonymous
///     «المصدر»                   → back-reference to the last «مصدر …»
///     «المتحدث الرسمي باسم الوزارة» → role, back-reference to the last spokesman
struct SpeakerProfile: Sendable {
    enum BackReference: Sendable, Equatable {
        /// A definite head noun (المصدر، الوزير، الوزارة) naming an earlier speaker.
        case head(String)
        /// «نفس المصدر»، «المصدر ذاته»: the speaker just quoted.
        case same
        /// «البيان»، «التقرير»: the document's issuer.
        case document
        /// «وقال فضيلته»، «وأكد معاليه»: the dignitary last introduced,
        /// even if the sentence that introduced him reported nothing
        /// («تحدث فضيلة الشيخ صلاح البدير عن …»).
        case honorific
    }

    var text: String
    var span: TextSpan
    var name: String
    var nameTokens: [String]
    var kind: EntityKind
    var anonymity: Anonymity
    var gender: Gender?
    var number: Number
    var role: String?
    var affiliation: String?
    /// Normalised head word without the article (مصدر، وزير، وزارة).
    var head: String
    var backReference: BackReference?
    /// A bare definite role («اللاعب»، «الوزير»): may refer to the last
    /// named person of the same gender even without the same head noun.
    var definiteRole = false
    /// The name opens with a known given name («عبدالله البرقان»): surely
    /// a person, so a candidate antecedent even when never quoted.
    var hasGivenName = false
}
