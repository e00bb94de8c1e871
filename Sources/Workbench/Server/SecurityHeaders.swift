import Hummingbird
import HTTPTypes
import Logging

/// Sets the headers every response carries, and turns every error into one
/// clear response: a page for the browser, `{"error": …}` under `/api/`.
///
/// The Content-Security-Policy allows scripts and styles only from the
/// server's own `/static/` files: nothing inline, so nothing an article
/// smuggles into a page can run even if it escaped escaping.
///
/// It also refuses, with 403, what another web page could make the
/// editor's browser send: a POST or DELETE whose `Origin` is not this
/// server (a cross-site form posting corrections), and, when the server
/// listens on loopback only, any request whose `Host` is not a loopback
/// name (DNS rebinding). Clients without a browser send no `Origin`.
///
///     router.add(middleware: SecurityHeaders(loopbackOnly: true))
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    /// The server listens on loopback only: requests must name it so.
    var loopbackOnly: Bool

    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            try Self.checkSender(request, loopbackOnly: loopbackOnly)
            response = try await next(request, context)
        } catch {
            let failure = Self.workbenchError(error)
            if failure.status == .internalServerError {
                context.logger.error("\(request.method) \(request.uri.path): \(error)")
            }
            response = request.uri.path.hasPrefix("/api/") ? Responses.apiError(failure) : Responses.pageError(failure)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` even on its own forms.
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// Loopback host names, as a `Host` header spells them (port aside).
    static var loopbackNames: Set<String> { ["127.0.0.1", "localhost", "[::1]", "::1"] }

    static func checkSender(_ request: Request, loopbackOnly: Bool) throws(WorkbenchError) {
        // HTTP/1's Host header is the request's authority in HTTPTypes.
        let host = request.head.authority ?? ""
        if loopbackOnly {
            var name = host.lowercased()
            if name.hasPrefix("[") {
                name = name.firstIndex(of: "]").map { String(name[...$0]) } ?? name
            } else if let colon = name.lastIndex(of: ":") {
                name = String(name[..<colon])
            }
            guard loopbackNames.contains(name) else {
                throw WorkbenchError(.forbidden, "this server answers only to 127.0.0.1 or localhost, not to '\(host)'")
            }
        }
        guard request.method != .get, request.method != .head, let origin = request.headers[.origin] else { return }
        guard origin.lowercased() == "http://\(host.lowercased())" else {
            throw WorkbenchError(.forbidden, "refused: a request from another site ('\(origin)') cannot change the workspace")
        }
    }

    static func workbenchError(_ error: any Error) -> WorkbenchError {
        switch error {
        case let error as WorkbenchError: return error
        case let error as HTTPResponseError:
            let message: String
            switch error.status {
            case .notFound: message = "no such page"
            case .methodNotAllowed: message = "this address does not take that method"
            case .contentTooLarge: message = "the request is too large"
            default: message = error.status.reasonPhrase
            }
            return WorkbenchError(error.status, message)
        case is AnalysisGate.Busy:
            return WorkbenchError(.serviceUnavailable, "the server is busy with other analyses; try again in a moment")
        default:
            return WorkbenchError(.internalServerError, "the server could not do this (\(type(of: error)))")
        }
    }
}
