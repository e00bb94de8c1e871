/// Where a document's issuer stands in its phrase: the one test behind
/// both the classifier (a document with an issuer points to it, as
/// `.document`) and `DocumentIssuer` (which speaks: the issuer).
///
///     «بيان لوزارة الداخلية» → «لوزارة الداخلية», after ل (`.lam`)
///     «تقرير أوبك»، «تقارير "أوبك"» → a body in construct (`.construct`)
///     «بيان من كوين-تشيك» → after من or عن, role issuedby (`.preposition`)
extension MentionClassifier {
    enum IssuerLink { case construct, preposition, lam }

    private static let openingQuotes = MarkSet("\"«“")

    /// The token where the issuer of the document `words[0]` starts, and
    /// how it is joined to the document; nil when the phrase names none.
    /// `words` are the phrase's word tokens, the document noun first.
    func documentIssuer(_ words: [Int]) -> (start: Int, link: IssuerLink)? {
        guard words.count > 1 else { return nil }
        let head = words[0], next = words[1]
        // «تقرير أوبك»: an institution or outlet right after the document
        // (past an opening quotation mark) is its genitive, its issuer.
        // «رسالة فخامة الرئيس عبدربه منصور هادي»، «تصريحات معالي وزير
        // الصحة المهندس خالد الفالح»: so is a definite office or a title
        // before a given name («رسالة الرئيس اليمني» alone is left to the
        // document's own reference).
        if next == head + 1 || (next == head + 2 && text.isMark(head + 1, in: Self.openingQuotes)),
           !text.tokens[next].norm.hasKeyPrefix("ل"),
           let w = facts[next].speakerWord,
           w.category == .institution || w.category == .media
               || ((w.category == .title || (w.category == .role && text.tokens[next].isDefinite))
                   && words.dropFirst(2).contains { facts[$0].givenName != nil }) {
            return (head + 1, .construct)
        }
        // «تقرير «وول ستريت جورنال»»: a quoted name right after the
        // document is its issuer too; not one quoted adjective («دراسة
        // "بريطانية"»).
        if next == head + 2, text.isMark(head + 1, in: Self.openingQuotes), let q = text.quote(openingAt: head + 1), !q.isSpeech,
           q.close <= words.last! + 1,
           !(q.close == next + 1 && !text.tokens[next].isDefinite && Morphology.endsLikeNisba(text.tokens[next].norm)) {
            return (head + 1, .construct)
        }
        // «بيان من كوين-تشيك»: after an indefinite document only («الوثيقة
        // من تنتهك …» is another clause); «تقرير من إعداد …» names who
        // wrote it, not who issued it.
        if words.count > 2, !text.tokens[head].isDefinite, facts[next].roles.contains(.issuedBy),
           !Morphology.looksLikeVerbalNoun(text.tokens[words[2]].norm) {
            return (words[2], .preposition)
        }
        // «بيان صادر عن وزارة الداخلية»، «الإحصاءات الصادرة عن الهيئة»،
        // «بيان صحفي صادر عن الصندوق»: definite or not, «صادر» (after at
        // most one adjective) and من or عن name the issuer.
        if let p = (1...2).first(where: { $0 + 2 < words.count && facts[words[$0]].roles.contains(.issuedParticiple) }),
           facts[words[p + 1]].roles.contains(.issuedBy) {
            return (words[p + 2], .preposition)
        }
        // «بيان لوزارة الداخلية»: ل and a speaker word that is no document.
        if let k = words.dropFirst().first(where: { k in
            text.tokens[k].norm.hasKeyPrefix("ل") && facts[k].speakerWord.map { $0.category != .document } == true
        }) {
            return (k, .lam)
        }
        return nil
    }
}
