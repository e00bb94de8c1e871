import Attribution
import Foundation

/// `AnalyzedDocument`'s Codable encoding as the scorer and other tools read
/// it: keys sorted (the same input gives the same bytes), Arabic written as
/// UTF-8 rather than `\u` escapes, and URLs without escaped slashes.
///
///     {"entities":[{"anonymity":"anonymous","id":"e2","name":"مصدر من موسكو",…}],"id":"asharq-moscow-idlib",…}
public struct DocumentJSONEncoder: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    public func encode<T: Encodable>(_ value: T) throws(OutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw OutputError("cannot encode JSON (\(error))")
        }
    }
}
