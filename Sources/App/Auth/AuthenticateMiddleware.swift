import Hummingbird

/// Reads credentials (Auth.js token, dev bypass; share tokens come from the sharing module's locator) into the context.
struct AuthenticateMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let authenticator: Authenticator

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.authentication = try authenticator.authenticate(request.headers, logger: context.logger)
        return try await next(request, context)
    }
}
