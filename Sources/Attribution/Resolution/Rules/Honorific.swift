/// Honorifics: «فضيلته»، «معاليه»، «سموه» point to the dignitary the
/// article introduced last, after it last quoted anyone, quoted or not,
/// whose address words fit the pronoun (`honorifics.tsv`): «سموه» is a
/// prince or sheikh («صاحب السمو الملكي الأمير …»), never the king nor the
/// minister he received.
///
///     «… الشيخ عبدالرحمن السديس …» … «وأكد فضيلته أن …» → الشيخ عبدالرحمن السديس
///     «رفع نائب خادم الحرمين الشريفين الشكر … لخادم الحرمين الشريفين الملك
///     سلمان …، وقال سموه …» → نائب خادم الحرمين الشريفين (not the king)
///     «استقبل صاحب السمو الملكي الأمير فيصل بن خالد … معالي مدير الأمن
///     العام الفريق عثمان بن ناصر المحرج … ورحب سموه» → فيصل بن خالد
///
/// A person whose words name no rank fits when no one introduced since the
/// last quotation carries the pronoun's title. With no one introduced
/// since, the last speaker, unless the pronoun rules him out: then the
/// last speaker or member of the cast who carries the title.
extension EntityRegistry {
    /// The named person of the cast introduced last before `offset`, if
    /// the article introduced them after it last quoted anyone, the best
    /// fit for the honorific.
    func dignitary(before offset: Int, honorific titles: HonorificTitles?) -> SpeakerProfile? {
        let lastQuoted = lastSpeaker.flatMap { record($0)?.entity.mentions.map(\.start).max() } ?? -1
        let recent = cast.members(before: offset).filter { $0.span.start < offset && $0.kind == .person && $0.span.start > lastQuoted }
        guard let titles else { return recent.last }
        var untitled: SpeakerProfile?
        for member in recent.reversed() {
            switch titles.fit(cast.addressWords(of: member)) {
            case .titled: return member
            case .untitled: untitled = untitled ?? member
            case .ruledOut: break
            }
        }
        return untitled
    }

    /// The speaker a pronoun ruled the last speaker out for: the last
    /// speaker whose mentions carry its title, else the last member of the
    /// cast who does (made an entity).
    mutating func titledDignitary(before offset: Int, honorific titles: HonorificTitles) -> String? {
        guard let last = lastSpeaker, let r = record(last), fit(r.entity, titles) == .ruledOut else { return nil }
        if let id = recentSpeakers.reversed().first(where: { id in record(id).map { fit($0.entity, titles) == .titled } ?? false }) {
            return id
        }
        guard let member = cast.members(before: offset).last(where: {
            $0.span.start < offset && $0.kind == .person && titles.fit(cast.addressWords(of: $0)) == .titled
        }) else { return nil }
        return sameName(member) ?? create(member)
    }

    /// An entity's fit: the words of its mentions before their first given
    /// name.
    private func fit(_ e: Entity, _ titles: HonorificTitles) -> HonorificTitles.Fit {
        var best = HonorificTitles.Fit.untitled
        for m in e.mentions {
            let words = m.text.split(separator: " ").map { ArabicNormalizer.normalize($0) }
            let beforeName = Array(words.prefix { cast.lexicon.givenNames[$0] == nil })
            switch titles.fit(beforeName) {
            case .ruledOut: return .ruledOut
            case .titled: best = .titled
            case .untitled: break
            }
        }
        return best
    }

    /// The honorific's row of honorifics.tsv, from the phrase's first word.
    func honorificTitles(of p: SpeakerProfile) -> HonorificTitles? {
        guard let word = p.text.split(separator: " ").first else { return nil }
        return cast.lexicon.honorifics[ArabicNormalizer.normalize(word)]
    }
}
