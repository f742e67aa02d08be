import Foundation
import Hummingbird

/// The one JSON encoder/decoder configuration of the API: sorted keys (deterministic bytes), ISO-8601 dates with offset.
enum JSONCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.iso8601(date))
        }
        return encoder
    }()

    static let decoder = JSONDecoder()

    /// A JSON response with the given status.
    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        response(encoded: try encoder.encode(value), status: status)
    }

    /// A response carrying JSON that is already encoded (a cached analysis, a stored comparison report).
    static func response(encoded data: Data, status: HTTPResponse.Status = .ok) -> Response {
        response(encoded: ByteBuffer(bytes: data), status: status)
    }

    /// A response carrying JSON already encoded into a buffer (shared, not copied).
    static func response(encoded buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: buffer))
    }
}
