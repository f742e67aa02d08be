import Foundation
import NIOCore

/// `GET /health`.
struct HealthResponse: Codable {
    var status: String
    var db: String

    /// The two possible answers, encoded once: a load balancer polls this route more than any other.
    static let healthy = encoded(HealthResponse(status: "ok", db: "ok"))
    static let degraded = encoded(HealthResponse(status: "degraded", db: "error"))

    private static func encoded(_ response: HealthResponse) -> ByteBuffer {
        ByteBuffer(bytes: (try? JSONCoding.encoder.encode(response)) ?? Data())
    }
}
