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
    var patience: Duration = .seconds(60)

    /// Connects, sends `messages` one by one (each waits for the server's next text message, so a message the server
    /// refuses with a close ends the exchange), then closes from the client side.
    ///
    /// A refused socket gets its close frame and the server's half-close right after the 101, often before the first
    /// message is written; the write then fails on the closed channel, and the frames already received (the close)
    /// are still read.
    func exchange(_ messages: [String], awaitEach: Bool = true) async throws -> Transcript {
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
            func readRest() async throws {
                while let reply = try await iterator.next() {
                    if case .text(let text) = reply { replies.withLock { $0.append(text) } }
                }
            }
            for message in messages {
                do { try await outbound.write(.text(message)) } catch { return try await readRest() }
                guard awaitEach else { continue }
                guard let reply = try await iterator.next() else { return }
                if case .text(let text) = reply { replies.withLock { $0.append(text) } }
            }
            if !awaitEach { try await readRest() }
        }
        return Transcript(replies: replies.withLock { $0 }, closeCode: close.map { UInt16(webSocketErrorCode: $0.closeCode) })
    }

    /// `{"content": question}` as the socket expects it.
    static func question(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: ["content": text]), as: UTF8.self)
    }
}
