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
