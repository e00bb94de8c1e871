import HTTPTypes

/// A request the workbench refuses: an HTTP status and one clear sentence,
/// shown on the page or returned as `{"error": "…"}` by the API.
///
///     throw WorkbenchError(.contentTooLarge, "the request is larger than 8 MB")
public struct WorkbenchError: Error, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.code): \(message)" }
}
