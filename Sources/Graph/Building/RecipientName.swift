import Foundation

/// A recipient or affiliation as a label: the analyser gives them as written
/// («لـ«الشرق الأوسط»»), so the preposition and the quotation marks go.
enum RecipientName {
    static func clean(_ text: String) -> String {
        var name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["لـ", "ل«", "ل\""] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.hasSuffix("ـ") ? 2 : 1))
        }
        let marks = CharacterSet(charactersIn: "«»\"“”'‘’").union(.whitespacesAndNewlines)
        return name.trimmingCharacters(in: marks)
    }
}
