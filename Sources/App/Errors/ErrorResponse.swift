import Foundation
import Hummingbird
import NIOCore
import Storage
import TelemetryCore

/// Builds the JSON error response for an AppError.
enum ErrorResponse {
    static func make(_ error: AppError) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if case .rateLimited(_, let seconds) = error { headers[.retryAfter] = String(seconds) }
        if case .methodNotAllowed(let allowed) = error { headers[.allow] = allowed.joined(separator: ", ") }
        let body = (try? JSONCoding.encoder.encode(ErrorEnvelope(detail: error.detail))) ?? Data(#"{"detail":"Internal server error"}"#.utf8)
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
