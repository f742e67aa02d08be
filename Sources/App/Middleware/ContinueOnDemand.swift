import Hummingbird
import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

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
