/// What the chat socket sends besides replies: `{"type": "pong"}`, or `{"type": "error", "detail": "…"}` for a
/// message it could not read (the socket stays open).
struct ChatSocketEvent: Encodable, Sendable {
    var type: String
    var detail: String?

    static let pong = ChatSocketEvent(type: "pong")
    static let unreadable = ChatSocketEvent(
        type: "error", detail: #"Send a JSON text message: {"content": "your question"} (or {"type": "ping"})"#)
}
