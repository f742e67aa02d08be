import App
import Foundation
import HummingbirdTesting

extension TestResponse {
    /// The body decoded as `type` with the API's date format (ISO-8601 with offset, `2026-03-01T10:30:00+00:00`).
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try TestJSON.decoder.decode(type, from: Data(body.readableBytesView))
        } catch {
            throw TestWorldError(description: "a \(status.code) body is not \(T.self): \(error); body: \(text.prefix(300))")
        }
    }

    /// The message of an error envelope `{"detail": "…"}`, or nil.
    public var detail: String? { try? decode(ErrorBody.self).detail }

    /// The issues of a 422 validation body `{"detail": [issue, …]}`, or nil.
    public var issues: [ValidationIssue]? { try? decode(ValidationFailure.self).detail }

    /// The body as text.
    public var text: String { String(buffer: body) }

    /// The body parsed as JSON of any shape: for documents that are not feature responses (the OpenAPI document).
    public var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed]) }
}

/// The decoder matching the API's encoder.
enum TestJSON {
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxxxx"
            guard let date = formatter.date(from: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a timestamp: \(text)"))
            }
            return date
        }
        return decoder
    }()
}
