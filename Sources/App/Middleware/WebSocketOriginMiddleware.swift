import Hummingbird

/// Refuses a WebSocket upgrade sent by a page of another origin (cross-site WebSocket hijacking): browsers attach
/// the session cookie to the handshake whatever page opens it, and CORS does not apply to sockets. An upgrade goes
/// on when every `Origin` it carries is allowed (none: not a browser). A refusal happens before authentication and
/// is logged with the origin; the client sees a failed handshake (Hummingbird answers a declined upgrade with a
/// redirect and closes the connection).
struct WebSocketOriginMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let allowlist: OriginAllowlist

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let refused = request.headers[values: .origin].first(where: {
            !Self.isAllowed(origin: $0, host: request.head.authority, allowlist: allowlist)
        }) else { return try await next(request, context) }
        context.logger.notice("WebSocket upgrade refused", metadata: ["origin": "\(refused.prefix(200))"])
        return ErrorResponse.make(.forbidden("WebSocket connections from origin '\(refused.prefix(200))' are not allowed"))
    }

    /// Allowed: a listed origin (or `*`), the server's own host (the origin's authority equals `Host`, compared
    /// case-insensitively, whatever the scheme), or a `ws:`/`wss:` origin, which no web page has: non-browser clients
    /// label themselves so, and could send any origin anyway. Everything else, `null` included, is refused.
    static func isAllowed(origin: String, host: String?, allowlist: OriginAllowlist) -> Bool {
        if allowlist.allows(origin) { return true }
        guard let schemeEnd = origin.range(of: "://") else { return false }
        let scheme = origin[..<schemeEnd.lowerBound].lowercased()
        if scheme == "ws" || scheme == "wss" { return true }
        guard let host else { return false }
        return origin[schemeEnd.upperBound...].lowercased() == host.lowercased()
    }
}
