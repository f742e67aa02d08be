import Hummingbird
import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

/// `Expect: 100-continue` (curl sends it for every upload over 1 MB): `100 Continue` goes out the moment a handler
/// first reads the body, so a request refused before its body (401, 404, 413 from `Content-Length`, 429) gets its
/// final status at once and the client never sends the body; without this, curl waits a full second and then sends
/// the body anyway.
struct ExpectContinueMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.headers[.expect]?.lowercased() == "100-continue", let channel = context.channel else {
            return try await next(request, context)
        }
        var request = request
        request.body = RequestBody(asyncSequence: ContinueOnDemand(base: request.body, channel: channel))
        return try await next(request, context)
    }
}
