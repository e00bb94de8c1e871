/// Spelling the matching key folds away but the speaker finder needs.
extension Token {
    /// Written with a final alef maqsura: «على» (the preposition) is not
    /// «علي» (the name), though both have the key «علي».
    var endsInAlefMaqsura: Bool {
        text.unicodeScalars.last(where: { ArabicNormalizer.fold($0) != nil }) == "ى"
    }
}
