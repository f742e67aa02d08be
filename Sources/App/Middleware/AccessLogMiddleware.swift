import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Metrics

/// Request id, one structured access-log line per request, and request metrics.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let metrics: RequestMetrics

    static let requestIDHeader = HTTPField.Name("X-Request-ID")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let incoming = request.headers[Self.requestIDHeader], incoming.count <= 64,
           incoming.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            context.requestID = incoming
        }
        context.logger[metadataKey: "request_id"] = .string(context.requestID)
        let start = ContinuousClock.now
        var response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        response.headers[Self.requestIDHeader] = context.requestID
        let route = context.endpointPath ?? "NotFound"
        metrics.record(method: request.method.rawValue, route: route, status: response.status.code, duration: elapsed)
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)",
            "path": "\(Self.loggedPath(route: context.endpointPath, parameters: context.parameters, raw: request.uri.path))",
            "route": "\(route)",
            "status": "\(response.status.code)", "duration_ms": "\(String(format: "%.2f", milliseconds))",
        ])
        return response
    }

    /// Path parameters that are secrets (share tokens, invite codes): the log shows `[redacted]` in their place.
    static let secretParameters: Set<String> = ["token", "code"]

    /// The path for the log: the route template filled with its parameters, secrets redacted; the raw path when no
    /// route matched.
    static func loggedPath(route: String?, parameters: Parameters, raw: String) -> String {
        guard let route else { return raw }
        return route.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return String(segment) }
            let name = String(segment.dropFirst().dropLast())
            return secretParameters.contains(name) ? "[redacted]" : (parameters.get(name) ?? String(segment))
        }.joined(separator: "/")
    }
}
