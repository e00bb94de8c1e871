/// A long office whose holder's name comes only at its end, just before
/// what was said: the speaker phrase stops early (at a coordination, a
/// preposition, a comma), so the office alone would speak.
///
///     // «وقال كاتب الدولة لدى وزير التجارة المكلف بالتجارة الخارجية هشام بن أحمد إن …»
///     // «وقال السفير الفلسطيني بالقاهرة ومندوبها الدائم بالجامعة العربية دياب اللوح "…"»
///     NameAfterRole(…).find(after: phraseEnd, sentence: s)   // (هشام بن أحمد, the إن)
///
/// Between the phrase and the content opener (a complementiser, a colon
/// or a speech quotation, within the sentence and a few words) the last
/// run that opens with a given name and holds no speaker word is the
/// holder's name: two to five words («X بن Y» counts from X).
struct NameAfterRole {
    let text: AnalysisText
    let lexicon: Lexicon
    let facts: TokenFacts

    /// The name's tokens and the token where the content opens.
    func find(after k: Int, sentence: Int) -> (name: ClosedRange<Int>, opener: Int)? {
        var opener: Int?
        var j = k
        while j < text.tokens.count, j < k + 16, text.tokens[j].sentence == sentence {
            if text.opensContent(j, lexicon: lexicon) {
                opener = j
                break
            }
            j += 1
        }
        guard let opener, opener > k else { return nil }
        var end = opener - 1
        while end >= k, !text.tokens[end].isWord { end -= 1 }
        guard end > k, var start = (k...end).last(where: {
            facts[$0].givenName != nil || ($0 > k && facts[$0].roles.contains(.nasab) && facts.isUnlistedWord($0 - 1))
        }) else { return nil }
        if start - 2 >= k, facts[start - 1].roles.contains(.nasab), facts[start - 2].givenName != nil {
            start -= 2
        }
        // «… بمنطقة تبوك خالد بن مرضي العنزي أن»: «بن» opens no name after
        // a word no list knows (`TokenFacts.isUnlistedWord`).
        if facts[start].roles.contains(.nasab), start - 1 >= k, facts.isUnlistedWord(start - 1) {
            start -= 1
        }
        // «… للرئيس الفرنسي إيمانويل ماكرون إن»: a name after a recipient
        // (ل، مع) is the one spoken to.
        guard !(k..<start).contains(where: { i in
            let n = text.tokens[i].norm
            // (لدى opens with ل but names where the office is.)
            return facts[i].roles.contains(.spokenWith)
                || (n.hasKeyPrefix("ل") && !facts[i].roles.contains(.sourcePlace) && facts[i].speakerWord != nil)
                || n.hasKeyPrefix("لل")
        }) else { return nil }
        // The name ends where a speaker phrase would: before «إلى»، «عن»،
        // «أمس»، «للصحفيين» … (`SpeakerPhraseParser.phraseEnd`).
        end = min(end, SpeakerPhraseParser(text: text, lexicon: lexicon, facts: facts).phraseEnd(from: start, sentence: sentence))
        guard end > start, end - start <= 4,
              (start...end).allSatisfy({ text.tokens[$0].isWord && (facts[$0].speakerWord == nil || facts[$0].givenName != nil) })
        else { return nil }
        return (start...end, opener)
    }
}
