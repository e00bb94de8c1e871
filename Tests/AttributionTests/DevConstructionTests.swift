import Attribution
import TestSupport
import Testing

/// Constructions met in the dev corpus, each on its real sentence: the cue,
/// the speaker and the form. Skipped when `../shared` is absent (the
/// articles are under a research-use licence and not copied here).
@Suite(.enabled(if: SharedCorpus.dev.isPresent, "needs ../shared/corpus/dev"))
struct DevConstructionTests {
    /// The statement at `anchor` in dev article `id`, with its speaker.
    private func statement(_ id: String, _ anchor: String) throws -> (Statement, Entity?) {
        let text = try SampleText.dev(id)
        let doc = Analyzer().analyze(SourceDocument(id: id, text: text))
        let s = try #require(doc.statement(at: anchor, in: text), "no statement at «\(anchor)» in \(id)")
        return (s, doc.speaker(of: s))
    }

    /// «وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني،
    /// دانت»: after كان the subject precedes the verb, with its apposition.
    @Test func subjectBetweenKanaAndVerb() throws {
        let (s, e) = try statement("snn_2015-07-27_0147", "دانت في بيان")
        #expect(s.cue.text == "دانت")
        #expect(e?.name == "قوات الدفاع الشعبي")
        #expect(e?.anonymity == .named)
        let (later, same) = try statement("snn_2015-07-27_0147", "وقالت إن تركيا")
        #expect(same?.id == e?.id, "the pro-drop وقالت continues the same speaker")
        #expect(later.content.form == .mixed)
    }

    /// «وقال المسؤول عن الطوارئ نشوان الحسام»: عن after a source noun gives
    /// its office, and the name follows the office.
    @Test func nameAfterTheOfficeOfASourceNoun() throws {
        let (s, e) = try statement("snn_2015-07-23_1224", "وقال المسؤول عن الطوارئ")
        #expect(s.cue.text == "وقال")
        #expect(e?.name == "نشوان الحسام")
        #expect(e?.anonymity == .named)
        let (_, same) = try statement("snn_2015-07-23_1224", "وأوضح أن القذائف")
        #expect(same?.id == e?.id)
    }

    /// «وأضاف قائد المنطقة الرابعة في مدينة عدن:»: the word after مدينة is
    /// the city, not the commander's name.
    @Test func placeNounIsFollowedByAPlaceNotAName() throws {
        let (s, e) = try statement("snn_2015-08-06_2855", "وأضاف قائد المنطقة الرابعة")
        #expect(s.content.form == .indirect)
        #expect(e?.name != "عدن")
        #expect(e?.kind == .person)
    }

    /// «أوصى إمام وخطيب المسجد الحرام فضيلة الشيخ الدكتور سعود بن إبراهيم
    /// الشريم المسلمين بتقوى الله»: إمام is not أمام, a title continues the
    /// office into the name, and the object comes before بـ.
    @Test func directiveVerbWithImamTitleAndObject() throws {
        let (s, e) = try statement("snn_2015-07-25_0562", "أوصى إمام")
        #expect(s.cue.text == "أوصى")
        #expect(e?.name.hasPrefix("سعود بن إبراهيم الشريم") == true)
        #expect(e?.anonymity == .named)
    }

    /// «تحدث فضيلة إمام وخطيب المسجد النبوي الشيخ صلاح البدير … وقال
    /// فضيلته»: the honorific goes to the dignitary just introduced, though
    /// «تحدث» reported nothing, not to the imam quoted before him.
    @Test func honorificPointsToTheDignitaryJustIntroduced() throws {
        let (s, e) = try statement("snn_2015-07-25_0562", "وقال فضيلته الدنيا")
        #expect(s.speaker.text == "فضيلته")
        #expect(e?.name == "صلاح البدير")
        let (_, same) = try statement("snn_2015-07-25_0562", "وحذر فضيلته")
        #expect(same?.id == e?.id)
    }

    /// «علمت (الرياضي) من مصادر مؤكدة أن …»: the outlet learnt it, the
    /// sources said it.
    @Test func outletLearntFromSources() throws {
        let (s, e) = try statement("snn_2015-07-21_2315", "علمت (الرياضي) من مصادر")
        #expect(s.cue.text == "علمت")
        #expect(e?.name == "مصادر مؤكدة")
        #expect(e?.anonymity == .anonymous)
    }

    /// «وتواصلت (الرياضي) مع رئيس اللجنة الدكتور عبدالله البرقان لسؤاله …،
    /// فأكد أن …»: no speaker quoted so far agrees with the masculine verb,
    /// so it goes to the man the article just introduced.
    @Test func proDropFallsBackToAnIntroducedPerson() throws {
        let (s, e) = try statement("snn_2015-07-21_2315", "فأكد أن ما سيتخذونه")
        #expect(s.speaker.resolution == .proDrop)
        #expect(e?.name == "عبدالله البرقان")
        #expect(e?.role?.hasPrefix("رئيس اللجنة") == true)
    }

    /// A frame between a verb and its content relays the report; a frame
    /// inside the content is a source of its own (the gold does not nest it).
    @Test func sourceFramesNestByWhereTheyStand() throws {
        let id = "snn_2015-08-10_0118"
        let text = try SampleText.dev(id)
        let doc = Analyzer().analyze(SourceDocument(id: id, text: text))
        let said = try #require(doc.statement(at: "وقالت المصادر (حسب", in: text))
        let frame = try #require(doc.statements.first { $0.id == said.embeddedIn }, "«وقالت المصادر» is relayed")
        #expect(frame.cue.text == "حسب")
        #expect(doc.speaker(of: frame)?.name == "وكالة الأنباء الألمانية")

        let (cited, studies) = try statement("snn_2015-07-31_2033", "بحسب الدراسات العلمية")
        #expect(studies?.name == "الدراسات العلمية")
        #expect(cited.embeddedIn == nil)
    }

    /// «حسب قوله»: the masculine pronoun skips the plural sources quoted
    /// last and goes back to the player.
    @Test func tagAgreesWithItsPronoun() throws {
        let (s, e) = try statement("snn_2015-07-21_2315", "حسب قوله")
        #expect(s.cue.kind == .frame)
        #expect(e?.name == "عبدالعزيز الجبرين")
    }

    /// «وتابعت: قلت له في شكواي …»: after her colon the daughter tells her
    /// own story; her first-person report is nested in it.
    @Test func firstPersonReportAfterAColonIsNested() throws {
        let id = "snn_2015-07-26_1426"
        let text = try SampleText.dev(id)
        let doc = Analyzer().analyze(SourceDocument(id: id, text: text))
        let inner = try #require(doc.statement(at: "قلت له في شكواي", in: text))
        let outer = try #require(doc.statements.first { $0.id == inner.embeddedIn })
        #expect(outer.cue.text == "وتابعت")
    }

    /// «وكالة أنباء دوغان التركية» and «وكالة دوغان للأنباء» are one agency.
    @Test func agencyNamesMergeAcrossWordOrder() throws {
        let (_, first) = try statement("snn_2015-07-27_0147", "ذكرت وكالة أنباء دوغان")
        let (_, second) = try statement("snn_2015-07-27_0147", "أعلنته وكالة دوغان")
        #expect(first != nil && first?.id == second?.id)
        #expect(first?.kind == .media)
    }

    /// «تنصح المنظمة الأفراد المقبلين …»: نصح is a reporting verb, and the
    /// masculine plural after the feminine head is its object.
    @Test func objectAfterAFeminineHeadIsNotPartOfTheSubject() throws {
        let (s, e) = try statement("snn_2015-08-06_0498", "تنصح المنظمة")
        #expect(s.cue.text == "تنصح")
        #expect(s.speaker.text == "المنظمة")
        #expect(e?.name == "منظمة الصحة العالمية")
    }

    /// «وبيّن المهاجم السوري، أنه …»: a definite role with a nisba adjective
    /// is the player already named; the comma sets the content off.
    @Test func definiteRoleWithNisbaPointsBackToTheNamedPlayer() throws {
        let (s, e) = try statement("snn_2015-07-21_2397", "وبيّن المهاجم السوري")
        #expect(s.speaker.resolution == .backReference)
        #expect(e?.name == "عمر السومه")
    }

    /// «اقترح الرئيس الاسرائيلي رؤوفين ريفيلين اقامة اتحاد …»: a foreign
    /// name after a definite role, ending before the object; the headline's
    /// «الرئيس الإسرائيلي» and the later «ريفلين» are the same man.
    @Test func foreignNameAfterADefiniteRoleAndItsShortForms() throws {
        let (s, e) = try statement("snn_2015-08-08_1062", "اقترح الرئيس")
        #expect(s.speaker.text == "الرئيس الاسرائيلي رؤوفين ريفيلين")
        #expect(e?.name == "رؤوفين ريفيلين")
        let (_, later) = try statement("snn_2015-08-08_1062", "واعتبر ريفلين")
        let (_, headline) = try statement("snn_2015-08-08_1062", "يقترح إقامة")
        #expect(later?.id == e?.id)
        #expect(headline?.id == e?.id)
    }

    /// «وأعلنت ما تسمى مؤسسة الكنانة الإعلامية»: "the so-called" is not
    /// part of the speaker.
    @Test func soCalledIsSkipped() throws {
        let (_, e) = try statement("snn_2015-08-10_0011", "وأعلنت ما تسمى")
        #expect(e?.name.hasPrefix("مؤسسة الكنانة") == true)
    }

    /// «وأكد المسؤول الإعلامي للجناح العسكري للحزب، بختيار دوغان، أن …»: a
    /// name set off by commas names the office holder.
    @Test func nameBetweenCommasNamesTheOfficial() throws {
        let (_, e) = try statement("snn_2015-07-25_1160", "وأكد المسؤول الإعلامي")
        #expect(e?.name == "بختيار دوغان")
        #expect(e?.anonymity == .named)
        #expect(e?.role == "المسؤول الإعلامي للجناح العسكري للحزب")
    }

    /// «… بياناً أوضحت فيه أن …»: the verb speaks for the statement's issuer.
    @Test func verbInsideAnIssuedStatementSpeaksForTheIssuer() throws {
        let (_, e) = try statement("snn_2015-07-22_1835", "أوضحت فيه أن عدد")
        #expect(e?.name.hasPrefix("هيئة الاتصالات") == true)
    }

    /// «وعدتها «مغذية للطائفية»»: a verb of judging with an object pronoun;
    /// «اعتبروه «أحادي الجانب»»: the plural's alef drops before the pronoun,
    /// and with no plural speaker yet it goes to the protesters just named.
    @Test func judgingVerbsWithObjectPronouns() throws {
        let (s, e) = try statement("snn_2015-07-24_0348", "وعدتها «مغذية")
        #expect(s.cue.text == "وعدتها")
        #expect(e?.name == "منظمة التعاون الإسلامي")
        let (p, protesters) = try statement("snn_2015-07-22_0061", "اعتبروه «أحادي")
        #expect(p.speaker.resolution == .proDrop)
        #expect(protesters?.kind == .group)
    }

    /// «"عسيري": مناوشات …» and «تحدث عن كريري .. جورجيوس : …»: headline
    /// speakers in quotation marks and after «..»; the title's pro-drop
    /// «تحدث» looks ahead to him.
    @Test func headlineSpeakersInQuotesAndAfterABreak() throws {
        let (quoted, asiri) = try statement("snn_2015-07-23_1292", "\"عسيري\":")
        #expect(quoted.cue.kind == .headline)
        #expect(asiri?.name.contains("عسيري") == true)
        let (_, coach) = try statement("snn_2015-08-11_1297", "جورجيوس :")
        let (spoke, same) = try statement("snn_2015-08-11_1297", "تحدث عن كريري")
        #expect(spoke.speaker.resolution == .cataphora)
        #expect(same?.id == coach?.id)
    }

    /// «… بالنسبة لروسيا وكثير من الدول تعتبر انها …»: a quantifier opens
    /// the subject, an anonymous group, without the conjunction.
    @Test func quantifierOpensAnAnonymousSubject() throws {
        let (_, e) = try statement("snn_2015-07-31_1745", "تعتبر انها")
        #expect(e?.name == "كثير من الدول")
        #expect(e?.anonymity == .anonymous)
    }

    /// «… لمساعدة زميلهم الذي احترقت سيارته …؛ حيث اتهم "درباوياً" …» and,
    /// four sentences later, «زميلهم العريف فهيد حمود الشمري»: a pro-drop
    /// verb with no antecedent goes to the possessed person noun of its
    /// sentence once the article names it after the same word and a title.
    @Test func proDropWithoutAntecedentGoesToAPossessedNounNamedLater() throws {
        let (s, e) = try statement("snn_2015-07-24_2058", "اتهم \"درباوياً\"")
        #expect(s.speaker.resolution == .proDrop)
        #expect(e?.name == "فهيد حمود الشمري")
        #expect(e?.anonymity == .named)
        // The sources quoted next stay anonymous: the named colleague
        // does not take over the later verbs.
        let (_, sources) = try statement("snn_2015-07-24_2058", "وقالت مصادر")
        #expect(sources?.anonymity == .anonymous)
    }
}
