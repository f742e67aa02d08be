import Hummingbird

/// Cache-Control for successful GETs that set none (platform.md §12.2 with the "New" private rules).
struct CacheControlMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.method == .get, response.status.code < 400, response.headers[.cacheControl] == nil else { return response }
        response.headers[.cacheControl] = CacheControlRules.value(request.uri.path)
        return response
    }

}

/// The path-prefix table of platform.md §12.2; per-user responses are `private`.
public enum CacheControlRules {
    public static func value(_ path: String) -> String {
        let noCachePrefixes = ["/api/coaching", "/api/equipment", "/api/leaderboards", "/api/notes", "/api/stickies",
                               "/api/sessions/upload"]
        if noCachePrefixes.contains(where: { path.hasPrefix($0) }) { return "no-cache" }
        if path.hasPrefix("/api/sessions/") {
            if path.hasSuffix("/tags") || path.hasSuffix("/weather") { return "no-cache" }
            return "private, max-age=60"
        }
        if path.hasPrefix("/api/trends") { return "private, max-age=60" }
        if path.hasPrefix("/api/tracks") { return "private, max-age=3600" }
        return "no-cache"
    }
}
