/// The role a function word of `words.tsv` plays for the speaker and
/// content finders.
///
///     lexicon.category(ArabicNormalizer.normalize("بأن"))   // .complementiser
///     lexicon.category("مقتل")         // .objectNoun: «أكد مقتل …» names no speaker
///
/// (Keys are normalised, as tokens' `norm` is: hamza seats folded.)
///
/// The raw value is the category as `words.tsv` writes it; a row with a
/// category not listed here is a load error naming the file and line
/// (`Lexicon.init(directory:)`). To add a category: add a case here with
/// its raw value, describe it at the top of `words.tsv`, then use it where
/// the Swift needs it.
public enum WordCategory: String, CaseIterable, Sendable, Hashable {
    /// Opens a content clause after a cue (أن، إن، بأن …).
    case complementiser
    /// A time expression or an adverb of manner between a verb and its
    /// subject (وقال أمس وزير …، «انتقدت بشدة المستشارة»).
    case time
    /// Opens a frame phrase after the speaker (في تصريح، في بيان): it ends
    /// the speaker noun phrase.
    case frameNoun = "framenoun"
    /// A discourse word before a cue (كما، فيما، بدوره).
    case particle
    /// An object of the cue, never its speaker (أكد مقتل …، أعلن بدء …).
    case objectNoun = "objectnoun"
    /// A head that refers back to an earlier speaker (المذكور، نفسه).
    case anaphor
    /// «فضيلته»، «معاليه»: the dignitary the article last introduced.
    case honorific
    /// A form of كان opening a clause whose subject precedes its verb.
    case kana
    /// «ما تسمى»، «ما يعرف بـ»: skipped before the speaker phrase.
    case namedAs = "namedas"
    /// A verb that issues a document (أصدر، نشر، وزّع).
    case issuing
    /// A common noun for a place; the word after it is the place's name.
    case placeNoun = "placenoun"
    /// A rule, plan or standard: a frame over it names no source (وفق الخطة).
    case normNoun = "normnoun"
    /// A marker line of site residue («اقرأ أيضاً»), see `Residue`.
    case residue
    /// Opens a paragraph continuing the article (يذكر أن، أما).
    case continuation
    /// «قوله»، «قولها»: a noun of saying after a relay («ونقل عنه قوله»).
    case relayNoun = "relaynoun"
    /// «رحمه الله»: a formula inside a speaker phrase, not its end.
    case formula
    /// هذا، هذه، ذلك …
    case demonstrative
    /// «مضى يقول»، «عاد وأكد»: a verb carrying the reporting verb after it.
    case auxiliary
    /// «تنظيم»، «جماعة»، «حركة»: the words after it are a name.
    case nameHead = "namehead"
    /// «العام»، «الأول»: extends a role (الأمين العام، النائب الأول).
    case roleWord = "roleword"
    /// «به»، «بها»، «هو»: a pronoun, never a speaker phrase's head.
    case pronoun
    /// «كيف»، «لماذا»: a question word, never a speaker phrase's head
    /// («يبيّن كيف أن …»).
    case interrogative
    /// «عادة»، «داعية»: spelt like a cue form but never one.
    case notCue = "notcue"
    /// «رابط»: a site's boilerplate word; a line opening so reports nothing.
    case boilerplate
    /// «كأس»، «قضية»، «قمة»: a noun that labels a story's topic before a
    /// title's colon («كأس العالم 2018: …»), which names no speaker.
    case topicNoun = "topicnoun"
    /// «يمكن»، «يجب»، «ينبغي»: a verb of ability or obligation; a cue word
    /// right after it is a verbal noun, its complement, never a report
    /// («لا يمكن وصفها بأنها …»، «ينبغي تذكّر أن …»).
    case modal
}
