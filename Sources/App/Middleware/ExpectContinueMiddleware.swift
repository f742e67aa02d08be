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

/// A request body that writes `100 Continue` to the connection before its first chunk is awaited.
struct ContinueOnDemand: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let base: RequestBody
    let channel: any Channel
    private let sent = NIOLockedValueBox(false)

    init(base: RequestBody, channel: any Channel) {
        self.base = base
        self.channel = channel
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let owner: ContinueOnDemand

        mutating func next() async throws -> ByteBuffer? {
            try await owner.sendContinueOnce()
            return try await base.next()
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: base.makeAsyncIterator(), owner: self) }

    func sendContinueOnce() async throws {
        guard sent.withLockedValue({ old in defer { old = true }; return !old }) else { return }
        try await channel.writeAndFlush(HTTPResponsePart.head(HTTPResponse(status: .continue))).get()
    }
}
