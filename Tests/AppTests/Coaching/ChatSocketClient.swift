import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOWebSocket
import Synchronization
import TestSupport

/// A test's conversation over a live chat socket: sends each text in turn, waiting for one reply after each, and
/// reports what came back and how the server closed.
///
/// It speaks over a raw TCP connection (`RawHTTP.connect`) with NIO's frame codec (`WebSocketFrames`) rather than a
/// WebSocket client library. A refused socket gets its close frame (and the server's half-close) right after the 101;
/// WSClient now and then never surfaced that frame (the server's 4003 was on the wire in a loopback capture of such a
/// run), and a write that fails because the server closed first must not stop the client reading what arrived.
struct ChatSocketClient {
    /// Everything one connection saw.
    struct Transcript: Sendable {
        /// Text messages from the server, in order.
        var replies: [String] = []
        /// The close code the server sent, if it closed.
        var closeCode: UInt16?
    }

    /// The server answered the handshake with something other than 101.
    struct UpgradeRefused: Error, CustomStringConvertible {
        let status: Int
        var description: String { "WebSocket upgrade answered \(status)" }
    }

    /// What a connection has seen so far, kept when the client gives up half way.
    final class Seen: Sendable {
        let transcript = Mutex(Transcript())
    }

    let client: any TestClientProtocol
    let path: String
    let headers: HTTPFields
    /// How long one connection may take before the client gives up and closes it, so a server that never answers
    /// fails the test with what it saw instead of hanging the run. No speed is asserted: a normal exchange takes well
    /// under a second even on a loaded machine.
    var patience: Duration = .seconds(60)

    /// Connects, sends `messages` one by one (each waits for the server's next text message, so a message the server
    /// refuses with a close ends the exchange), then closes from the client side and reads up to the server's close.
    func exchange(_ messages: [String], awaitEach: Bool = true) async throws -> Transcript {
        guard let port = client.port else { throw UpgradeRefused(status: 0) }
        let seen = Seen()
        let (path, headers, patience) = (path, headers, patience)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await Self.converse(port: port, path: path, headers: headers, messages: messages, awaitEach: awaitEach, into: seen)
            }
            group.addTask { try await Task.sleep(for: patience) }
            try await group.next()
            group.cancelAll()
        }
        return seen.transcript.withLock { $0 }
    }

    private static func converse(port: Int, path: String, headers: HTTPFields, messages: [String], awaitEach: Bool,
                                 into seen: Seen) async throws {
        let connection = try await RawHTTP.connect(port: port)
        try await connection.executeThenClose { inbound, outbound in
            var handshake = "GET \(path) HTTP/1.1\r\nHost: localhost:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            for field in headers { handshake += "\(field.name): \(field.value)\r\n" }
            try await outbound.write(ByteBuffer(string: handshake + "\r\n"))
            var frames = WebSocketFrames.Reader(inbound.makeAsyncIterator())
            let status = try await frames.readHandshake()
            guard status == 101 else { throw UpgradeRefused(status: status) }

            var closeSent = false
            /// Sends a frame; false when the server has closed the connection already.
            func send(_ opcode: WebSocketOpcode, _ data: ByteBuffer) async -> Bool {
                do { try await outbound.write(WebSocketFrames.encode(opcode, data)); return true } catch { return false }
            }
            /// The next text message; nil when the server closed (its code kept, its close answered) or the
            /// connection ended.
            func nextText() async throws -> String? {
                while let event = try await frames.next() {
                    switch event {
                    case .text(let text): return text
                    case .ping(let data): _ = await send(.pong, data)
                    case .close(let code):
                        seen.transcript.withLock { $0.closeCode = code }
                        if !closeSent { _ = await send(.connectionClose, WebSocketFrames.closePayload(1000)) }
                        closeSent = true
                        return nil
                    }
                }
                return nil
            }
            func readRest() async throws {
                while let reply = try await nextText() { seen.transcript.withLock { $0.replies.append(reply) } }
            }
            for message in messages {
                guard await send(.text, ByteBuffer(string: message)) else { return try await readRest() }
                guard awaitEach else { continue }
                guard let reply = try await nextText() else { return }
                seen.transcript.withLock { $0.replies.append(reply) }
            }
            if awaitEach {
                _ = await send(.connectionClose, WebSocketFrames.closePayload(1000))
                closeSent = true
            }
            try await readRest()
        }
    }

    /// `{"content": question}` as the socket expects it.
    static func question(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: ["content": text]), as: UTF8.self)
    }
}
