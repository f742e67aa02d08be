import Crypto
import Foundation
import Hummingbird
import NIOCore

/// A public response of data that changes only with a release: `Cache-Control: public, max-age=86400` and a strong
/// ETag (SHA-256 of the body); a matching `If-None-Match` answers 304 without a body.
enum CacheableJSON {
    static let cacheControl = "public, max-age=86400"

    static func response(_ value: some Encodable, request: Request) throws -> Response {
        let data = try JSONCoding.encoder.encode(value)
        let tag = "\"" + SHA256.hash(data: data).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        var headers: HTTPFields = [.cacheControl: cacheControl, .eTag: tag]
        let presented = request.headers[.ifNoneMatch]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        if presented.contains(tag) || presented.contains("*") {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
