/// «علمت (الرياضي) من مصادر مؤكدة أن …»: the outlet learnt it; the source
/// after من said it.
extension SpeakerResolver {
    /// «علمت (الرياضي) من مصادر مؤكدة أن …»: the outlet learnt it; the
    /// source after من said it.
    func learntFrom(at k: Int, sentence: Int, outlet: ClosedRange<Int>?) -> (SpeakerProfile, Int)? {
        guard k + 1 < text.tokens.count, text.tokens[k].norm.isKey("من") else { return nil }
        let source = parser.forward(from: k + 1, sentence: sentence)
        guard let range = source.phrase, var p = classifier.profile(range, verbGender: nil),
              isKnownSpeaker(p, range: range) else { return nil }
        // «وعلمت «عكاظ» من مصادرها»: its sources are the outlet's.
        let head = text.tokens[range.lowerBound]
        if range.count == 1, head.norm.hasSuffix("ها"), let outlet {
            p.name = String(p.name.dropLast(2)) + " " + text.text(outlet.lowerBound, outlet.upperBound)
        }
        return (p, source.next)
    }
}
