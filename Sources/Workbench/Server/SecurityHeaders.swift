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
///     router.add(middleware: SecurityHeaders())
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
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
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
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
