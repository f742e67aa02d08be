import Foundation
import HTTPTypes
import HummingbirdTesting
import HummingbirdWSTesting
import NIOWebSocket
import Synchronization
import WSClient

/// A test's conversation over a live chat socket: sends each text in turn, waiting for one reply after each, and
/// reports what came back and how the server closed.
struct ChatSocketClient {
    /// Everything one connection saw.
    struct Transcript: Sendable {
        /// Text messages from the server, in order.
        var replies: [String] = []
        /// The close code the server sent, if it closed.
        var closeCode: UInt16?
    }

    let client: any TestClientProtocol
    let path: String
    let headers: HTTPFields
    /// How long one connection may take before the client closes the socket itself (`goingAway`), so a server that
    /// never answers fails the test with what it saw instead of hanging the run. No speed is asserted: a normal
    /// exchange takes well under a second even on a loaded machine.
    var patience: Duration = .seconds(30)

    /// Connects, sends `messages` one by one (each waits for the server's next text message, so a message the server
    /// refuses with a close ends the exchange), then closes from the client side.
    ///
    /// A connection that saw neither a reply nor a close is tried once more. This client (WSClient) now and then loses
    /// a close frame that arrives in the same read as the 101 response: a loopback capture of a run where a refused
    /// socket "got nothing" showed the server's 4003 close on the wire like every other. A server that really never
    /// answers still fails, twice.
    func exchange(_ messages: [String], awaitEach: Bool = true) async throws -> Transcript {
        let first = try await attempt(messages, awaitEach: awaitEach)
        guard first.replies.isEmpty, first.closeCode == nil else { return first }
        return try await attempt(messages, awaitEach: awaitEach)
    }

    private func attempt(_ messages: [String], awaitEach: Bool) async throws -> Transcript {
        let replies = Mutex<[String]>([])
        let patience = self.patience
        let close = try await client.ws(path, configuration: WebSocketClientConfiguration(additionalHeaders: headers)) {
            inbound, outbound, _ in
            let watchdog = Task {
                try await Task.sleep(for: patience)
                try await outbound.close(.goingAway, reason: "test client gave up waiting")
            }
            defer { watchdog.cancel() }
            var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
            for message in messages {
                do { try await outbound.write(.text(message)) } catch { return }
                guard awaitEach else { continue }
                guard let reply = try await iterator.next() else { return }
                if case .text(let text) = reply { replies.withLock { $0.append(text) } }
            }
            if !awaitEach {
                while let reply = try await iterator.next() {
                    if case .text(let text) = reply { replies.withLock { $0.append(text) } }
                }
            }
        }
        return Transcript(replies: replies.withLock { $0 }, closeCode: close.map { UInt16(webSocketErrorCode: $0.closeCode) })
    }

    /// `{"content": question}` as the socket expects it.
    static func question(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: ["content": text]), as: UTF8.self)
    }
}
