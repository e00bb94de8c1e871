/// A continuation verb whose subject is a name new to the article names
/// the office that spoke just before it: one person, first described,
/// then named.
///
///     «قال وزير المالية اليوناني اليوم إنه من الضروري …» … «وأضاف ايوكليد
///     تساكالوتوس أمام البرلمان "…"» → وزير المالية اليوناني is تساكالوتوس
///     «وكانت المتحدثة باسم الخارجية الأميركية قد صرحت أن …» … «وأضافت
///     سارة ساندرز أن …» → one speaker
///
/// The verb is of the `add` class (أضاف، تابع، أردف، استطرد …): it goes on
/// with what was being said. The statement before it (the article's last,
/// not embedded, in this sentence or the one before) names as its subject
/// an office or description with no name (a person, anonymity `role`) of
/// the same gender: overt, or a definite office read as a back-reference;
/// not pro-drop (a pro-drop verb may have gone to the wrong speaker), nor
/// a source frame («بحسب مراسل فرانس برس»: the reporter is not the man he
/// reports). The name is one to three words, none a ḥāl participle
/// («وأضاف موجها حديثه …» names no one), bare (no office of its own), and
/// the article has quoted no one of that name yet, in full or not:
/// «وأضاف ترمب» after «دونالد ترمب» was quoted is Trump, and the office
/// someone else.
extension SpeakerResolver {
    /// The entity of the office the name continues, if any.
    func namedContinuation(_ p: SpeakerProfile, cue: CueMatch) -> String? {
        guard cue.verbClass == "add", cue.kind != .noun, p.kind == .person, p.anonymity == .named, p.role == nil,
              p.backReference == nil, registry.sameName(p) == nil, !registry.quotesPerson(containing: p),
              (1...3).contains(p.nameTokens.count), !p.nameTokens.contains(where: Morphology.looksLikeAccusativeParticiple),
              let last = statements.last(where: { $0.embeddedIn == nil }), let id = last.speaker.entity,
              [.overt, .backReference].contains(last.speaker.resolution), last.cue.kind != .frame, last.sentence >= text.tokens[cue.first].sentence - 1,
              let r = registry.record(id), r.entity.kind == .person, r.entity.anonymity == .role,
              r.entity.gender == nil || p.gender == nil || r.entity.gender == p.gender?.rawValue
        else { return nil }
        return id
    }
}
