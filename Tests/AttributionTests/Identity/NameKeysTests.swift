import Testing
@testable import Attribution

/// Name keys as interned numbers must relate as the word sets do.
@Suite struct NameKeysTests {
    @Test func keysRelateAsTheirWordSets() {
        let names = NameKeys(lexicon: .shared)
        let all = ["سيرغي لافروف", "لافروف", "وزير الخارجية الروسي سيرغي لافروف", "وكالة الأنباء الروسية",
                   "للأنباء", "الأنباء", "المتحدث باسم الكرملين", "ديمتري بيسكوف", "وزارة الدفاع الروسية", ""]
        for a in all {
            for b in all {
                let (ka, kb) = (EntityRegistry.nameKey(a), EntityRegistry.nameKey(b))
                #expect((names.key(a) == names.key(b)) == (ka == kb), "\(a) / \(b)")
                #expect(names.key(a).isSubset(of: names.key(b)) == ka.isSubset(of: kb), "\(a) / \(b)")
            }
        }
    }

    @Test func skeletonsMatchTransliterations() {
        let names = NameKeys(lexicon: .shared)
        #expect(names.skeleton("ريفلين") == names.skeleton("ريفيلين"))
        #expect(names.skeleton("كوناشينكوف") == names.skeleton("كوناشنكوف"))
        #expect(names.key("ريفلين") != names.key("ريفيلين"))
    }
}
