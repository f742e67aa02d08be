import Hummingbird

/// Reads credentials into the context. A share token (the path parameter of a route bound with `share_token_param`,
/// or an `X-Share-Token` header) makes the request act as that share principal, whatever else it carries; otherwise
/// the Auth.js token or the dev bypass decides, and a signed-out request carrying a claim cookie is that claim's.
struct AuthenticateMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let authenticator: Authenticator
    /// Route key (`GET /api/sharing/{token}`) → the path parameter holding the share token.
    let shareTokenParams: [String: String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let key = "\(request.method.rawValue) \(context.endpointPath ?? "")"
        if let param = shareTokenParams[key], let token = context.parameters.get(param) {
            context.authentication = .share(token: token)
        } else if let token = request.headers[.xShareToken] {
            context.authentication = .share(token: token)
        } else {
            do {
                context.authentication = try authenticator.authenticate(request.headers, logger: context.logger)
                if case .anonymous(.noCredentials) = context.authentication, let token = ClaimToken.fromCookie(request.headers) {
                    context.authentication = .claim(token: token)
                }
            } catch {
                guard case .unauthenticated = error, request.isWebSocketUpgrade else { throw error }
                context.authentication = .anonymous(reason: .rejectedCredentials)
            }
        }
        return try await next(request, context)
    }
}
