/// One message a client sends on the chat socket: `{"content": "…"}`, or `{"type": "ping"}`.
struct ChatSocketMessage: Decodable, Sendable {
    var type: String?
    var content: String?
}
