/// What the coach says back, over HTTP and over the WebSocket: `{"role": "assistant", "content": "…"}`.
struct ChatReply: Codable, Sendable, Equatable {
    var role = "assistant"
    var content: String

    init(_ content: String) { self.content = content }
}
