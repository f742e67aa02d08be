import Hummingbird

/// CORS with an origin allowlist, credentials, and pre-flight answered here (platform.md §12.3).
struct AllowlistCORSMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let allowlist: OriginAllowlist

    static let allowMethods = "GET, POST, PUT, PATCH, DELETE, OPTIONS"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin] else { return try await next(request, context) }
        let isPreflight = request.method == .options && request.headers[.accessControlRequestMethod] != nil
        guard allowlist.allows(origin) else {
            if isPreflight { return ErrorResponse.make(.forbidden("Disallowed CORS origin")) }
            return try await next(request, context)
        }
        if isPreflight {
            var headers = corsHeaders(origin: origin)
            headers[.accessControlAllowMethods] = Self.allowMethods
            headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders] ?? "*"
            headers[.accessControlMaxAge] = "600"
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        for field in corsHeaders(origin: origin) { response.headers[field.name] = field.value }
        return response
    }

    private func corsHeaders(origin: String) -> HTTPFields {
        [.accessControlAllowOrigin: origin, .accessControlAllowCredentials: "true", .vary: "Origin",
         .accessControlExposeHeaders: "X-Request-ID, Retry-After, Content-Disposition"]
    }
}
