/// Honorifics: «فضيلته»، «معاليه» point to the dignitary the article
/// introduced last, after it last quoted anyone, quoted or not.
///
///     «… الشيخ عبدالرحمن السديس …» … «وأكد فضيلته أن …» → الشيخ عبدالرحمن السديس

extension EntityRegistry {
    /// The named person of the cast introduced last before `offset`, if
    /// the article introduced them after it last quoted anyone.
    func dignitary(before offset: Int) -> SpeakerProfile? {
        guard let member = cast.members(before: offset).last(where: { $0.span.start < offset && $0.kind == .person }) else { return nil }
        let lastQuoted = lastSpeaker.flatMap { record($0)?.entity.mentions.map(\.start).max() } ?? -1
        return member.span.start > lastQuoted ? member : nil
    }
}
