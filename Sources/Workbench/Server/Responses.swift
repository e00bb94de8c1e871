import Foundation
import Hummingbird
import HTTPTypes

/// The few kinds of response the workbench gives: a page, JSON, plain
/// bytes with a type, a redirect after a form, and errors in the shape the
/// caller reads (a page for a browser, `{"error": "…"}` for the API).
///
///     Responses.json(["error": "no such article: x"], status: .notFound)
enum Responses {
    static func html(_ markup: Markup, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(markup.html.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        bytes(data, type: "application/json; charset=utf-8", status: status)
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{\"error\":\"cannot encode the response\"}".utf8)
        return json(data + Data("\n".utf8), status: status)
    }

    /// 303 See Other: after a form, the browser loads `location` with GET.
    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    static func apiError(_ error: WorkbenchError) -> Response {
        var response = json(["error": error.message], status: error.status)
        if error.status == .serviceUnavailable { response.headers[.retryAfter] = "1" }
        return response
    }

    static func pageError(_ error: WorkbenchError) -> Response {
        let body: Markup = """
        <h1>\(error.status.code) — \(error.status.reasonPhrase)</h1>
        \(PageLayout.message(error.message, error: true))
        <p><a href="/">العودة إلى صفحة التحليل</a></p>
        """
        var response = html(PageLayout.page(title: "خطأ", current: nil, body: body), status: error.status)
        if error.status == .serviceUnavailable { response.headers[.retryAfter] = "1" }
        return response
    }
}
