import Testing
import Attribution

/// `ProDrop`: a verb with no overt subject goes to the last speaker who
/// agrees with it.
struct ProDropTests {
    @Test func aContinuationGoesToTheLastSpeaker() throws {
        let p = ResolutionProbe("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. وأضاف أن موسكو لن تتخلى عن حلفائها.")
        #expect(try p.resolution("وأضاف") == .proDrop)
        #expect(try p.speaker("وأضاف") == p.speaker("وقال"))
    }

    @Test func theVerbsGenderSkipsASpeakerWhoDoesNotAgree() throws {
        let p = ResolutionProbe("وقالت الوزيرة هيلين كلارك إن البرنامج ناجح. وقال المتحدث باسم الحكومة إن الميزانية جاهزة. وأضافت أن النتائج ستعلن قريباً.")
        #expect(try p.speaker("وأضافت") == p.speaker("وقالت"))
    }

    @Test func aPluralVerbGoesToTheGroupJustMentioned() throws {
        let p = ResolutionProbe("وتجمع المحتجون أمام مبنى البلدية صباح اليوم، وأكدوا أن مطالبهم لم تتحقق.")
        let s = try p.statement("وأكدوا")
        #expect(p.doc.speaker(of: s)?.kind == .group)
    }

    /// «وشاهد» with its subject after it is the verb "watched", not the
    /// group word «شاهد»; the plural verb after it goes to its subject,
    /// «العلماء» (a group of speakers.tsv). (dev-ant, Sky News Arabia, then
    /// France 24's «وأضافوا»; the article's own «علما أن» was the plural
    /// verb of this test until «علما» became `notcue`.)
    @Test func aVerbSpeltLikeAGroupWordIsNoGroup() throws {
        let p = ResolutionProbe("وشاهد العلماء المجرة على الهيئة التي باتت عليها بعد قرابة 550 مليون سنة من الانفجار العظيم، "
            + "الذي تسبب في نشأة الكون قبل حوالي 13.8 مليار سنة. "
            + "وأضافوا أنه \"في كل حالة، كانت الالتزامات مدعمة برسائل موقعة على مستوى سياسي عال\".")
        #expect(try p.speaker("وأضافوا") == "العلماء")
        #expect(!p.doc.statements.contains { $0.cue.text == "علما" })
    }

    /// The noun «شاهد» stands bare: «وكان شاهد عيان ومصدر طبي … قالا».
    @Test func aWitnessStillSpeaksForAPluralVerb() throws {
        let p = ResolutionProbe("وكان شاهد عيان ومصدر طبي، ابلغا عن ثلاثة تفجيرات، قالا ان حصيلة القتلى 13 شخصا.")
        #expect(p.doc.speaker(of: try p.statement("قالا"))?.anonymity == .anonymous)
    }

    /// Al Arabiya (../shared/corpus/ant, unseen): a person named between
    /// commas after an office, and not quoted, is the cast member a
    /// following pro-drop verb goes to; his given name «خالد» counts as
    /// after a role («وزير … خالد»). The article's first statement was the
    /// Yemenis' (its line before «ووجه» is left out here).
    @Test func aNameBetweenCommasAfterAnOfficeCarriesItsGivenName() throws {
        let p = ResolutionProbe("أثار تشويه ميليشيا الحوثي لمدينة صنعاء القديمة حفيظة اليمنيين الذين وصفوا ذلك العمل بـ \"المتعمد والممنهج\".\n"
            + "ووجه وزير الثقافة اليمني السابق، خالد الرويشان، نداء استغاثة عاجلا إلى منظمة اليونسكو ومنظمة التراث العالمي، والعالم، لإنقاذ مدينة صنعاء.\n"
            + "وقال في منشور على صفحته بموقع \"فيسبوك\"، \" انقلابيو صنعاء يشوهون مدينة صنعاء القديمة\".")
        #expect(try p.speaker("وقال") == "خالد الرويشان")
    }
    /// Saudi bench (a Friday sermon): God quoted by the preacher continues
    /// none of the preacher's verbs: «وشدد» after a verse is the preacher's.
    @Test func scriptureQuotedIsNoAntecedent() throws {
        let p = ResolutionProbe("""
            وقال الشيخ سعود الشريم إن الأمن نعمة. قال تعالى: (ولا تفسدوا في الأرض بعد إصلاحها). وشدد على أن الدماء معصومة.
            """)
        #expect(try p.speaker("قال") == "الله تعالى")
        #expect(try p.speaker("وشدد") == "سعود الشريم")
    }
}
