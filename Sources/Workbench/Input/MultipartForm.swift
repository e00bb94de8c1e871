import Foundation

/// A `multipart/form-data` body (RFC 7578), as a browser sends the analyse
/// form: its fields and files, bytes untouched.
///
///     let form = try MultipartForm(body: data, contentType: "multipart/form-data; boundary=XyZ")
///     form.fields["text"]            // the pasted text
///     form.files.map(\.name)         // ["a.txt", "b.jsonl.gz"]
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var body: Data
    }

    private(set) var parts: [Part] = []

    var fields: [String: String] {
        var out: [String: String] = [:]
        for p in parts where p.filename == nil { out[p.name] = String(decoding: p.body, as: UTF8.self) }
        return out
    }

    /// Files chosen in file inputs; an empty file input sends a part with
    /// an empty name and no bytes, which is left out.
    var files: [Upload] {
        parts.compactMap { p in
            guard let filename = p.filename, !(filename.isEmpty && p.body.isEmpty) else { return nil }
            return Upload(name: filename.isEmpty ? "upload" : filename, bytes: p.body)
        }
    }

    struct Malformed: Error { var reason: String }

    init(body: Data, contentType: String) throws(Malformed) {
        guard let boundary = Self.boundary(of: contentType) else {
            throw Malformed(reason: "the form has no multipart boundary")
        }
        let delimiter = Data("--\(boundary)".utf8)
        let bytes = body
        guard var cursor = bytes.range(of: delimiter)?.upperBound else {
            throw Malformed(reason: "the form body has no parts")
        }
        while true {
            // After a delimiter: "--" ends the body, otherwise CRLF and a part.
            if bytes[cursor...].starts(with: Data("--".utf8)) { break }
            guard bytes[cursor...].starts(with: Data("\r\n".utf8)) else { throw Malformed(reason: "a form part is malformed") }
            cursor += 2
            guard let headerEnd = bytes.range(of: Data("\r\n\r\n".utf8), in: cursor..<bytes.endIndex) else {
                throw Malformed(reason: "a form part has no end of headers")
            }
            let headers = String(decoding: bytes[cursor..<headerEnd.lowerBound], as: UTF8.self)
            let contentStart = headerEnd.upperBound
            guard let next = bytes.range(of: Data("\r\n--\(boundary)".utf8), in: contentStart..<bytes.endIndex) else {
                throw Malformed(reason: "a form part is not terminated")
            }
            let (name, filename) = Self.disposition(headers)
            if let name {
                parts.append(Part(name: name, filename: filename, body: Data(bytes[contentStart..<next.lowerBound])))
            }
            cursor = next.upperBound
        }
    }

    static func boundary(of contentType: String) -> String? {
        for piece in contentType.split(separator: ";") {
            let p = piece.trimmingCharacters(in: .whitespaces)
            if p.lowercased().hasPrefix("boundary=") {
                var b = String(p.dropFirst("boundary=".count))
                if b.hasPrefix("\""), b.hasSuffix("\""), b.count >= 2 { b = String(b.dropFirst().dropLast()) }
                return b.isEmpty || b.count > 200 ? nil : b
            }
        }
        return nil
    }

    /// `name` and `filename` of `Content-Disposition: form-data; name="files"; filename="a.txt"`.
    static func disposition(_ headers: String) -> (String?, String?) {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            var name: String?, filename: String?
            for piece in line.split(separator: ";").dropFirst() {
                let p = piece.trimmingCharacters(in: .whitespaces)
                guard let eq = p.firstIndex(of: "=") else { continue }
                let key = p[..<eq].lowercased()
                var value = String(p[p.index(after: eq)...])
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                if key == "name" { name = value }
                if key == "filename" { filename = value }
            }
            return (name, filename)
        }
        return (nil, nil)
    }
}
