/// One role a function word (or a pronoun suffix) plays for the speaker
/// finder, as `roles.tsv` lists it: a word may play several.
///
///     في	notopener	officepreposition	sourceplace	closesclause
///     lexicon.roles("في").contains(.sourcePlace)     // «مصدر في الوزارة»
///     facts[i].roles.contains(.clauseOpener)         // «وهو»، «ولا»
///
/// The column in `roles.tsv` is the case name in lower case
/// (`clauseOpener` → `clauseopener`); a role not listed here is a load
/// error naming the file and line. To add a role: add a case here (a
/// suffix role also to `isSuffixRole`), describe it at the top of
/// `roles.tsv`, give it to its words there, then test it where the Swift
/// needs it. The bit is the case's position (at most 64 roles).
///
/// Most roles are named for the construction that reads them: the word
/// lists differ by construction («في» opens an office, «عن» does not end
/// one), and each list is the column of one role.
public enum WordRole: UInt8, CaseIterable, Sendable {
    // MARK: Words

    /// «وهو»، «ولا»، «نحن»: opens a clause about the speaker, not part of
    /// his name («وقال نيلز مويزنيكس وهو مواطن من لاتفيا»).
    case clauseOpener
    /// «في»، «هو»، «بل»: a preposition, personal pronoun or negation never
    /// opens a speaker noun phrase («من جهته يقول …»).
    case notOpener
    /// «عن»، «إلى»، «خلال»، «الذي»: ends a speaker phrase wherever it
    /// stands («وقال الوزير خلال لقائه …»).
    case boundary
    /// «عن»، «في»، «من»، «لدى»، «على»: a preposition that may continue an
    /// office («المسؤول عن الطوارئ») and ends a role's construct («مسؤول
    /// في الوزارة» is anyone there).
    case officePreposition
    /// «في»، «من»، «لدى»: says where a source or an office is («مصدر في
    /// الوزارة»، «مسؤول من موسكو»).
    case sourcePlace
    /// «الذي»، «اللذين»، «في»: closes the clause before a verb's subject
    /// («… في طليعة اللاعبين الذين أعلنوا»).
    case closesClause
    /// «بن»، «ابن»، «أبو»: a word inside a personal name («عبدالله بن
    /// عبدالعزيز»، «أبو محمد الجولاني»).
    case nameLink
    /// «بن»، «بنت»، «ابن»: «X بن Y», a name counted from X.
    case nasab
    /// «باسم»: the spokesman's body follows («المتحدث باسم الوزارة»).
    case spokesFor
    /// «له»، «لها»، «لهم»: the one spoken to, a pronoun («وقال له»).
    case recipientPronoun
    /// «الصحفيين»، «وسائل»: after ل, the press spoken to («وقال للصحفيين»).
    case press
    /// «قد»، «لقد» between a subject and its verb («وكان الوزير قد أعلن»).
    case perfectParticle
    /// «ذلك» right after a verb, before its subject: the object («أوضح
    /// ذلك المتحدث الرسمي»).
    case objectBeforeSubject
    /// «كل» of «كل من»: "each of" before the subject («وقال كل من …»).
    case distributive
    /// «من» of «كل من»، «كثير من الدول»: "of" after a quantifier.
    case partitive
    /// «ما» of «ما تسمى»، «ما يعرف بـ»: "the so-called".
    case namedAsOpener
    /// «على» / «علي»: the preposition or the name Ali, one key; the
    /// spelling and the words around tell them apart.
    case alaOrAli
    /// «أمام» / «إمام»: "in front of" or "imam", one key; the hamza seat
    /// tells them apart when the writer kept it.
    case imamHomograph
    /// «أحد»، «إحدى»: one unnamed member of a group («أحد المسؤولين»).
    case oneOf
    /// «إحدى»: a word whose agreement is feminine.
    case feminine
    /// «وسائل»، «صحف»، «مواقع»: a vague source that is the media («وسائل
    /// الإعلام»).
    case mediaNoun
    /// «مع»: the one spoken with, not the speaker («… مع الرئيس الفرنسي»).
    case spokenWith
    /// «عن» after a role or a source noun: whom it represents («النائب عن
    /// كتلة …»), not the end of the phrase.
    case represents
    /// «نفس» before its noun: the speaker just quoted («نفس المصدر»).
    case sameBefore
    /// «ما»، «بما»، «مما» before a verb: a relative clause («ما قاله
    /// الوزير»), the verb's object is what was said.
    case relativeMa
    /// «ما»، «لما» after a frame: the relative clause whose verb is the
    /// frame's cue («بحسب ما أعلن»، «وفقاً لما ذكرته الوكالة»).
    case frameRelative
    /// «لم»، «لن»، «لا» right before a verb: a negated verb («لم يعلن»), whose
    /// present-tense subject may still be a thing.
    case verbNegator
    /// «لن» before a verb: an announcement still to come, no report («لن
    /// تعلن أسماء المرشحين»).
    case futureNegator
    /// «عن»، «على»، «من»، «ما»، «لما»، «بما»: object nouns after which a cue
    /// word is still a verb («ما قاله»), unlike «عدم ذكر اسمه».
    case leavesVerb
    /// «ثم»، «كما»، «فيما»: a verb after it still opens a main clause («ثم
    /// قال»، «كما أكد»), not a subordinate one.
    case mainClauseOpener
    /// «في»، «خلال»، «عقب»، «أثناء»، «لدى»: an adverbial phrase between a
    /// cue and its content («وأعرب في الختام عن …»).
    case adverbialOpener
    /// «إلى»، «على»، «عن»، «من»، «ب» before a complementiser: writers swap
    /// the prepositions of reporting verbs («أفاد إلى أن»، «أكد على أن»).
    case swappedPreposition
    /// «إلى»، «على»، «عن»، «من»: skipped where the content opens («أشار إلى
    /// أن …»).
    case contentPreposition
    /// «ل»، «إلى» after a frame: the preposition before its source («وفقاً
    /// لـ…»، «استناداً إلى …»).
    case frameLink
    /// «فيه»، «فيها» after an issued document: the verb before it is the
    /// document's («أصدرت جامعة تبوك بياناً تبرأت فيه»).
    case inDocument
    /// «حول»، «بشأن» in a title before its colon: the topic after it is not
    /// the speaker's («مورينيو حول علاقته مع بوغبا: …»).
    case topicPreposition
    /// «بعد»، «عن»، «خلال»، «تعليقا»: opens an adjunct between a subject and
    /// its content («وقال غوارديولا بعد الهزيمة أمام ليفربول إن …»)
    /// (SubjectAdjunct).
    case subjectAdjunct
    /// «الملك»، «الأمير»: a title that names bodies and places after their
    /// noun («جامعة الملك سعود»، «مستشفى الملك فيصل»): the name it opens
    /// is the body's, not the speaker's (MentionPersonName.namesAPlace).
    case eponymTitle
    /// «البالغ»، «البالغة»: opens an age after a name («البالغ عمره 33
    /// عاما»), skipped before the content (SpeakerPhraseParser.agePhrase).
    case ageOpener
    /// «عاما»، «سنة»: the years that close an age (`ageOpener`).
    case years

    // MARK: Suffixes (written «-ها» in roles.tsv)

    /// «-ها»، «-هم»، «-هما»: a noun with a possessive pronoun follows a
    /// complete speaker phrase and is not part of it («صلتها بوفاة …»).
    case adjunctPossessive
    /// «-ته»، «-ها»، «-هم»: a possessive marks a common noun, not a name
    /// word («في نهاية خطبته»).
    case commonPossessive
    /// «-نا»، «-ها»: a possessive dropped from a head noun («مصادرنا» →
    /// «مصادر»).
    case headPossessive
    /// «-ه» after ل: a purpose adjunct («لسؤاله»، «لزيارته»), not a name.
    case purposePossessive
    /// «-ه»، «-ها»، «-هم»، «-هما» on a person noun: «زميلهم»، «شقيقه» (see
    /// `NamedLater`).
    case personPossessive
    /// «-ه»، «-ها»، «-هم» on the noun after a frame: a common noun, no
    /// source («وفقاً لرغبتها»).
    case framedPossessive

    // MARK: Names and story matching (Identity, Compare)

    /// «تعالى»، «سبحانه»، «عز وجل»: an epithet of God; a speaker phrase of
    /// these alone («قال تعالى»، «يقول سبحانه») is «الله تعالى»: two words,
    /// so that it joins no «رسول الله» or «عبد الله» (MentionClassifier).
    case divineEpithet
    /// «صلى» of «صلى الله عليه وسلم»: the blessing said only of the
    /// Prophet; right after a reporting verb with no subject it names
    /// him («قال صلى الله عليه وسلم: …», VerbReport).
    case prophetBlessing
    /// «عبد»، «أبو»، «آل»: joins the next word into one name word («عبد
    /// الله» = «عبدالله»، «آل الشيخ»), in `PersonName`.
    case nameCompound
    /// «الحاج»، «الملا»، «سموه»: an honorific that speakers.tsv does not list
    /// as a title, dropped before a name by `PersonName`.
    case nameTitle
    /// «باسم»، «في»، «عن»، «و»: hangs on a title or office dropped before a
    /// name («المتحدث باسم الخارجية …»), in `PersonName`.
    case titleLink
    /// «قوله»، «أمس»، «اليوم»: left after a name by the analyser («عن
    /// كوناشنكوف قوله»), dropped from its end by `PersonName`.
    case afterName
    /// «من»، «في»، «بن»: a function word left out of a name's matching key
    /// («المتحدث باسم الوزارة» → متحدث، وزاره), in `NameKeys`.
    case notNameWord
    /// «في»، «التي»، «قال»، «أيضا»: a function word or reporting verb left
    /// out when two outlets' statements are compared (Compare's
    /// `MatchingWords`).
    case matchStop
    /// «وزير»، «فريق»: a word whose first و or ف is a root letter, not a
    /// conjunction to strip (Compare's `MatchingWords`).
    case rootInitial
    /// «الذي»، «التي»، «والذين»: a relative pronoun; a reporting verb right
    /// after it with no subject of its own speaks for the noun phrase the
    /// pronoun follows (`RelativeClause`: «جوزيبي كونتي، الذي أعلن أن»).
    case relativePronoun
    /// «التي»، «اللتان»: a feminine pronoun; the verb of a relative clause
    /// on its subject agrees with it (`RelativeClause`).
    case femininePronoun
    /// «آخر»، «أحدث»: a superlative before a source noun, which is the
    /// phrase's head («كشفت آخر التقارير» is vague, like «التقارير»).
    case headAfter
    /// «من»، «عن» right after a document noun: its issuer follows («وفقا
    /// لبيان من كوين-تشيك»).
    case issuedBy
    /// «صادر»، «الصادرة»، «صدر» between a document noun and its «عن»/«من»:
    /// the issuer follows («بيان صادر عن وزارة الداخلية»).
    case issuedParticiple
    /// «الشهر»، «العام»، «الأسبوع»: a noun of time, which with a word of
    /// role `timeadjective` after it is a time phrase («الشهر الماضي»).
    case timeNoun
    /// «الماضي»، «المقبلة»، «الجاري»: after a noun of time.
    case timeAdjective
    /// «أما»: opens a topic that is the subject of the verb in ف after it
    /// («أما مالمستورم فتوقعت أن …»).
    case topicOpener
    /// «آخر»، «أخرى»، «آخرون» after an indefinite noun: "another", "other";
    /// the phrase is a common noun, never a name («صحفي آخر»).
    case another

    /// The column name in `roles.tsv`: the case name in lower case.
    public var name: String { String(describing: self).lowercased() }

    /// Whether `roles.tsv` gives this role to suffixes («-ها») rather
    /// than words.
    public var isSuffixRole: Bool {
        switch self {
        case .adjunctPossessive, .commonPossessive, .headPossessive, .purposePossessive, .personPossessive, .framedPossessive: true
        default: false
        }
    }

    /// The role named so in `roles.tsv`.
    public init?(name: String) {
        guard let role = Self.byName[name] else { return nil }
        self = role
    }

    private static let byName: [String: WordRole] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}

/// The roles one word plays, as bits (`WordRole.rawValue` is the bit):
/// what `Lexicon.roles(_:)` and `facts[i].roles` answer, tested with one
/// AND.
///
///     lexicon.roles("لا").contains(.clauseOpener)   // true
///     lexicon.roles("مصدر")                         // [] (no role)
public struct WordRoles: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    @inline(__always)
    public init(_ role: WordRole) { rawValue = 1 << UInt64(role.rawValue) }

    /// Whether the word plays `role`.
    @inline(__always)
    public func contains(_ role: WordRole) -> Bool { rawValue & (1 << UInt64(role.rawValue)) != 0 }

    /// The roles, in `WordRole` order.
    public var roles: [WordRole] { WordRole.allCases.filter { contains($0) } }
}
