import Testing
import Attribution

/// `SubjectAfterVerb.swift`: a reporting verb's perfect right after another
/// reporting verb is that verb's subject, a noun.
@Suite struct SubjectAfterVerbTests {
    /// dev-ant (BBC Arabic): «طالب» (a student) after «توصل» is no
    /// «demanded»; nothing is reported.
    @Test func aPerfectAfterAVerbIsNoCue() {
        let p = ResolutionProbe("""
            ففي يناير/ كانون الثاني، توصل طالب دكتوراة بلجيكي إلى مفتاح في شفرة حمض نووي (دي إن ايه)، وهو ما أتاح له الوصول إلى عملة بيتكوين.
            """)
        #expect(p.doc.statements.isEmpty, "\(p.doc.statements.map(\.cue.text))")
    }

    /// Saudi bench and ant (BBC Arabic): the word opens the subject of the
    /// verb before it, which reports.
    @Test func itOpensTheSubjectOfTheVerbBefore() throws {
        let bench = ResolutionProbe("""
            فلجأ إلى طالب علم شرعي وقص عليه قصته فقال طالب العلم: أحمد الله على ما جرى لك من تنبيه مبكر.
            """)
        #expect(try bench.speaker("فقال") == "طالب العلم")
        #expect(!bench.doc.statements.contains { $0.cue.text == "طالب" })
        let ant = ResolutionProbe("""
            وقال طالب اخر يدعى بيلي فوسبرغ "سمعت ما يشبه المفرقعات النارية".
            """)
        #expect(try ant.speaker("وقال") == "طالب اخر")
    }

    /// Saudi bench: after a verb with its object pronoun (the end of a
    /// relative clause), or after the same verb (a chain of narration),
    /// the verb is a cue of its own.
    @Test func notAfterAnObjectPronounOrTheSameVerb() throws {
        let relative = ResolutionProbe("""
            وعن أبرز الأعمال التي تابعها قال مشاري: طبعا يأتي في المرتبة الأولى مسلسل "حال مناير".
            """)
        #expect(try relative.speaker("قال") == "مشاري")
        let chain = ResolutionProbe("""
            عن عائشة رضي الله عنها قالت قال رسول الله صلى الله عليه وسلم: "إن الله يحب إذا عمل أحدكم عملا أن يتقنه".
            """)
        #expect(try chain.speaker("قال") == "رسول الله")
    }
}
