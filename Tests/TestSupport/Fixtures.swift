import Attribution
import Foundation

/// Analysed documents built by hand, with the speakers of
/// `Samples/asharq-moscow-idlib.txt`, and hostile ones.
///
///     let graph = CitationGraph(documents: [Fixtures.seed, Fixtures.second])
public enum Fixtures {
    public static let seedTitle = "موسكو تعلن مقتل «دواعش» من القوقاز في قصف الميادين"

    /// The seed article: the Kremlin (one statement, one refusal), an
    /// anonymous «مصدر من موسكو» talking to «الشرق الأوسط» and relaying «وليد
    /// المعلم», the defence ministry, and its spokesman «إيغر كوناشينكوف».
    public static let seed = AnalyzedDocument(
        id: "asharq-moscow-idlib", title: seedTitle, outlet: "الشرق الأوسط", date: "2017-10-09",
        url: "https://aawsat.com/node/1048146", length: 3000,
        statements: [
            statement("t1", "e1", cue: "وقال", lemma: "قال"),
            statement("t2", "e1", cue: "لم يعلق", lemma: "لم يعلق", kind: .negation, negated: true),
            statement("t3", "e2", cue: "وقال", lemma: "قال", form: .direct, recipient: "«الشرق الأوسط»"),
            statement("t4", "e2", cue: "وأضاف", lemma: "أضاف", form: .direct),
            statement("t5", "e2", cue: "لافتاً", lemma: "لفت", kind: .participle),
            statement("t6", "e2", cue: "قال", lemma: "قال"),
            statement("t7", "e3", cue: "ما قاله", lemma: "قال", embeddedIn: "t6"),
            statement("t8", "e2", cue: "وأعرب", lemma: "أعرب", form: .mixed),
            statement("t9", "e2", cue: "وأكد", lemma: "أكد", form: .direct),
            statement("t10", "e4", cue: "أعلنت", lemma: "أعلن"),
            statement("t11", "e5", cue: "وقال", lemma: "قال"),
            statement("t12", "e5", cue: "وأكد", lemma: "أكد"),
            statement("t13", "e5", cue: "وقال", lemma: "قال"),
            statement("t14", "e5", cue: "وأضاف", lemma: "أضاف", form: .direct),
            statement("t15", "e5", cue: "كما أكد", lemma: "أكد"),
        ],
        entities: [
            Entity(id: "e1", name: "الكرملين", kind: .institution, anonymity: .named),
            Entity(id: "e2", name: "مصدر من موسكو", kind: .person, anonymity: .anonymous, gender: "m"),
            Entity(id: "e3", name: "وليد المعلم", kind: .person, anonymity: .named, gender: "m",
                   role: "وزير الخارجية"),
            Entity(id: "e4", name: "وزارة الدفاع الروسية", kind: .institution, anonymity: .named),
            Entity(id: "e5", name: "إيغر كوناشينكوف", kind: .person, anonymity: .named, gender: "m",
                   role: "المتحدث الرسمي", affiliation: "وزارة الدفاع الروسية"),
        ])

    /// A second article that names the same people differently, and has its
    /// own anonymous sources (one with the seed's very description).
    public static let second = AnalyzedDocument(
        id: "rt-idlib", title: "الكرملين يعلّق على عملية إدلب", outlet: "روسيا اليوم", length: 800,
        statements: [
            statement("u1", "f1", cue: "وقال", lemma: "قال", form: .direct),
            statement("u2", "f2", cue: "وقال", lemma: "قال"),
            statement("u3", "f3", cue: "بحسب", lemma: "بحسب", kind: .frame, embeddedIn: "u2"),
            statement("u4", "f4", cue: "وأكد", lemma: "أكد"),
            statement("u5", "f5", cue: "وقال", lemma: "قال", recipient: "لـ«روسيا اليوم»"),
            statement("u6", nil, cue: "وقيل", lemma: "قيل", speakerText: ""),
        ],
        entities: [
            Entity(id: "f1", name: "الكرملينُ", kind: .institution, anonymity: .named),
            Entity(id: "f2", name: "مصدر مطلع", kind: .person, anonymity: .anonymous),
            Entity(id: "f3", name: "المعلم", kind: .person, anonymity: .named),
            Entity(id: "f4", name: "المتحدث الرسمي باسم وزارة الدفاع الروسيّة", kind: .person, anonymity: .role,
                   role: "المتحدث الرسمي", affiliation: "وزارة الدفاع الروسيّة"),
            Entity(id: "f5", name: "مصدر من موسكو", kind: .person, anonymity: .anonymous),
        ])

    public static let scriptName = "<script>alert(1)</script>"
    public static let breakout = "\"];evil=[label=\"pwned"
    public static let longName = String(repeating: "مصدر ", count: 2000)

    /// Every kind of text that could break a format, in names, roles,
    /// affiliations, recipients, cues, title and id.
    public static let hostile = AnalyzedDocument(
        id: "x\"];<b>&amp;\\", title: "عنوان\n\"quoted\" \\ <i>&lt;</i>\u{202E}txt.exe\u{0}", outlet: "<o>&",
        url: "javascript:alert(1)", length: 10,
        statements: [
            statement("h1", "x1", cue: "قال", lemma: "قال<script>", recipient: "\u{202E}<a href=x>"),
            statement("h2", "x2", cue: "قال", lemma: "\\N\\G\"", embeddedIn: "h1"),
            statement("h3", "x3", cue: "قال", lemma: "قال"),
            statement("h4", "x4", cue: "قال", lemma: "قال"),
        ],
        entities: [
            Entity(id: "x1", name: scriptName, kind: .person, anonymity: .named,
                   role: "role\nwith newline", affiliation: "وزارة <b>&\"\\"),
            Entity(id: "x2", name: breakout, kind: .institution, anonymity: .anonymous),
            Entity(id: "x3", name: longName, kind: .group, anonymity: .vague),
            Entity(id: "x4", name: "\u{2067}مصدر\u{2069} \u{1}\\\u{200F}C:\\temp\\\" & \u{202D}", kind: .media,
                   anonymity: .named),
        ])

    public static func statement(_ id: String, _ speaker: String?, cue: String, lemma: String, kind: CueKind = .verb,
                          form: ContentForm = .indirect, negated: Bool = false, embeddedIn: String? = nil,
                          recipient: String? = nil, speakerText: String = "") -> Statement {
        Statement(id: id, cue: Cue(span: TextSpan(0, 0), text: cue, lemma: lemma, kind: kind),
                  speaker: SpeakerReference(entity: speaker, text: speakerText, resolution: .overt),
                  content: Content(span: TextSpan(0, 0), form: form, text: ""),
                  negated: negated, embeddedIn: embeddedIn, recipient: recipient)
    }

    /// When QUOTEGRAPH_RENDER_DIR is set, tests leave their renderings there to be looked at.
    public static func keep(_ data: Data, as name: String) {
        guard let dir = ProcessInfo.processInfo.environment["QUOTEGRAPH_RENDER_DIR"] else { return }
        try? data.write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
    }
}
