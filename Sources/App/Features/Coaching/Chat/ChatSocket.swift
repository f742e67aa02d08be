import Coaching
import Foundation
import HummingbirdWebSocket
import Storage

/// `WS /api/coaching/{session_id}/chat` (platform.md §3.5): the same conversation as `POST …/chat`, one JSON message
/// at a time. `{"content": "…"}` gets `{"role": "assistant", "content": "…"}`; `{"type": "ping"}` gets
/// `{"type": "pong"}`. Without a report the socket says so and closes normally; more than the per-minute limit of
/// messages closes 1008; an unexpected error closes 1011.
enum ChatSocket {
    /// The largest message read (a question is at most 2,000 characters; the rest is JSON around it).
    static let maxMessageBytes = 64 * 1024

    static func route(chat: CoachingChat, located session: ResourceLocator<SessionRecord>, messagesPerMinute: Int) -> WebSocketRouteSpec {
        WebSocketRouteSpec("/api/coaching/{session_id}/chat", on: session,
                           summary: "Chat with the coach about the session's report over a WebSocket") {
            inbound, outbound, context, record in
            let caller = try context.requireCaller()
            let subject: ChatSubject
            do {
                subject = try await chat.subject(record)
            } catch CoachingError.noReportToDiscuss {
                try await send(ChatReply("There is no coaching report for this session yet: generate one, then ask me about it."), outbound)
                try await outbound.close(.normalClosure, reason: nil)
                return
            }
            var window = MessageWindow(limit: messagesPerMinute)
            var messages = inbound.messages(maxSize: maxMessageBytes).makeAsyncIterator()
            // protocol errors (a message too large, bad UTF-8) leave the loop and close with their own code
            while let message = try await messages.next() {
                guard window.admit(at: chat.clock()) else {
                    try await outbound.close(.policyViolation, reason: "Too many messages: at most \(messagesPerMinute) a minute")
                    return
                }
                guard case .text(let text) = message,
                      let incoming = try? JSONDecoder().decode(ChatSocketMessage.self, from: Data(text.utf8)) else {
                    try await send(ChatSocketEvent.unreadable, outbound)
                    continue
                }
                if incoming.type == "ping" {
                    try await send(ChatSocketEvent.pong, outbound)
                    continue
                }
                let reply: ChatReply
                do {
                    reply = try await chat.reply(to: incoming.content ?? "", about: subject, userID: caller.id)
                } catch {
                    context.logger.error("chat socket failed", metadata: ["error_type": "\(type(of: error))"])
                    try await outbound.close(.unexpectedServerError, reason: "Unexpected error")
                    return
                }
                try await send(reply, outbound)
            }
        }
    }

    static func send(_ value: some Encodable, _ outbound: WebSocketOutboundWriter) async throws {
        try await outbound.write(.text(String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self)))
    }
}
