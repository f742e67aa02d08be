import Hummingbird

/// Percent-decodes path parameter values once, before anything reads them (locators, handlers): a track named
/// `Barber Motorsports Park` arrives as `Barber%20Motorsports%20Park`. A value that is not valid percent-encoding is
/// left as it came.
struct PathParameterDecoding: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.parameters.contains(where: { $0.value.contains("%") }) else { return try await next(request, context) }
        var context = context
        var decoded: [(Substring, Substring)] = []
        for (key, value) in context.parameters {
            guard let text = value.removingPercentEncoding else { decoded.append((key, value)); continue }
            guard !text.contains("\u{0}") else { throw AppError.notFound("Not Found") }
            decoded.append((key, Substring(text)))
        }
        context.coreContext.parameters = Parameters(decoded)
        return try await next(request, context)
    }
}
