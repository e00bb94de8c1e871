import Testing
@testable import Attribution

/// Speaker names keep their quotation marks and brackets paired, whatever
/// the phrase's cut: the names below are the bench corpus's («رويترز"»
/// alone was the speaker of 85 statements before).
struct SpeakerNameTests {
    @Test(arguments: [
        ("رويترز\"", "رويترز"),
        ("عكاظ»", "عكاظ"),
        ("وكالة أنباء الإمارات (وام", "وكالة أنباء الإمارات (وام)"),
        ("مصادر «عين اليوم", "مصادر «عين اليوم»"),
        ("مصادر \"دنيا الرياضة", "مصادر دنيا الرياضة"),
        ("الخليفة» وخطته للمعركة", "الخليفة وخطته للمعركة"),
        ("وكالة «تاس»", "وكالة «تاس»"),
        ("\"الاقتصادية\"", "\"الاقتصادية\""),
        ("سيرغي لافروف", "سيرغي لافروف"),
    ])
    func marksArePaired(name: String, expected: String) {
        #expect(MentionClassifier.balancedName(name) == expected)
    }
}
