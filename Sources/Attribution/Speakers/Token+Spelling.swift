/// Spelling the matching key folds away but the speaker finder needs.
extension Token {
    /// Written with a final alef maqsura: «على» (the preposition) is not
    /// «علي» (the name), though both have the key «علي».
    var endsInAlefMaqsura: Bool {
        text.unicodeScalars.last(where: { ArabicNormalizer.fold($0) != nil }) == "ى"
    }

    /// Written with tanwin fatha («يوماً»، «واضعاً»، «أيضاً»): an accusative
    /// adverb or ḥāl, never a name. (The key has no diacritics, so the
    /// written text is read; the cheap test on the key's final ا first.)
    var hasTanwinFatha: Bool {
        norm.hasKeySuffix("ا") && text.unicodeScalars.contains("\u{064B}")
    }
}
