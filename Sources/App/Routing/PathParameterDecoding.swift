import Hummingbird

/// Percent-decodes path parameter values once, before anything reads them (locators, handlers): a track named
/// `Barber Motorsports Park` arrives as `Barber%20Motorsports%20Park`. A value that is not valid percent-encoding is
/// left as it came.
struct PathParameterDecoding: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.parameters.contains(where: { $0.value.contains("%") }) else { return try await next(request, context) }
        var context = context
        context.coreContext.parameters = Parameters(context.parameters.map { key, value in
            (key, value.removingPercentEncoding.map { Substring($0) } ?? value)
        })
        return try await next(request, context)
    }
}
