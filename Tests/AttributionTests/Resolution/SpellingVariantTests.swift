import Testing
import Attribution

/// `SpellingVariant`: other spellings of a person's name in the article
/// are mentions of the same entity.
struct SpellingVariantTests {
    /// dev-ant, BBC Arabic: «غرانيت شاكا» in one paragraph, «جرانيت شاكا»
    /// as the speaker in another.
    @Test func anotherSpellingIsAMention() throws {
        let p = ResolutionProbe("""
            ونقلت تقارير إعلامية أن الاتحاد فتح تحقيقا ضد اللاعبين السويسريين، غرانيت شاكا وشيردان شاكيري، بعد إشارة قاما بها.
            وقال جرانيت شاكا: "بالنسبة لي، كان هذا الهدف مهما".
            """)
        let s = try p.statement("وقال")
        let entity = try #require(p.doc.speaker(of: s))
        #expect(entity.name == "جرانيت شاكا")
        #expect(entity.mentions.map(\.text).contains("غرانيت شاكا"))
    }

    /// A given name written with another vowel is another person.
    @Test func anotherGivenNameIsAnotherPerson() throws {
        let p = ResolutionProbe("""
            وقال محمد عباس إن الاتفاق قريب.
            والتقى محمود عباس الوفد أمس.
            """)
        let entity = try #require(p.doc.speaker(of: try p.statement("وقال")))
        #expect(!entity.mentions.map(\.text).contains("محمود عباس"))
    }
}
